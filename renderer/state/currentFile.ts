import type { PackFile } from '../../core/pack/schema';
import { $getBody } from '../editor/packConversion';
import { usePack } from './packStore';

/** The pack as it stands now: cover and settings from the store, body from the editor. */
export function currentFile(): PackFile | null {
  const { file, editor } = usePack.getState();
  if (!file) return null;
  if (!editor) return file;
  const body = editor.getEditorState().read(() => $getBody());
  return { ...file, pack: { ...file.pack, body } };
}
