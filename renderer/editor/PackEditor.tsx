import { useEffect, type JSX } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Block } from '../../core/pack/schema';
import { BRIEFPACK_NODES } from './nodes';
import { $setBody } from './packConversion';
import { NoteNumberingPlugin } from './plugins/NoteNumberingPlugin';
import { LibraryDropPlugin } from './plugins/LibraryDropPlugin';
import { usePack } from '../state/packStore';
import { watchForChanges } from '../state/dirtyTracking';
import { editorTheme } from './editorTheme';

/** The Lexical editor for a pack's body. Remount (new key) to load another pack. */
export function PackEditor({ body }: { body: Block[] }): JSX.Element {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'briefpack',
        nodes: BRIEFPACK_NODES,
        theme: editorTheme,
        onError: (e) => {
          throw e;
        },
        editorState: () => $setBody(body),
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable className="bp-editable" aria-label="Pack text" spellCheck />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ListPlugin />
      <NoteNumberingPlugin />
      <LibraryDropPlugin />
      <TrackEditorPlugin />
    </LexicalComposer>
  );
}

/** Hands the editor to the store and tells it when the pack really changes. */
function TrackEditorPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    usePack.getState().setEditor(editor);
    const off = watchForChanges(editor);
    return () => {
      off();
      usePack.getState().setEditor(null);
    };
  }, [editor]);
  return null;
}
