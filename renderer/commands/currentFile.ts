import type { PackFile } from '../../core/pack/schema';
import { $getBody } from '../editor/packConversion';
import { usePack } from '../state/packStore';
import { activeEditor } from '../editor/activeEditor';

/** The pack as it stands now: cover and settings from the store, body from the editor. */
export function currentFile(): PackFile | null {
  const { file } = usePack.getState();
  const editor = activeEditor();
  if (!file) return null;
  if (!editor) return file;
  const body = editor.getEditorState().read(() => $getBody());
  return { ...file, pack: { ...file.pack, body } };
}
