import { useEffect, type JSX, type ReactNode } from 'react';
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
import { NoteKeyboardPlugin } from './plugins/NoteKeyboardPlugin';
import { CaretOnOpenPlugin } from './plugins/CaretOnOpenPlugin';
import { DecoratorControlsPlugin } from './plugins/DecoratorControlsPlugin';
import { KeepCaretPlugin } from './plugins/KeepCaretPlugin';
import { usePack } from '../state/packStore';
import { watchForChanges } from './dirtyTracking';
import { editorTheme } from './editorTheme';
import { setActiveEditor } from './activeEditor';

/**
 * The Lexical editor of one pack, around the whole editor screen so the toolbar, outline,
 * status bar and library panel take it from context. Remount (new key) to load another pack.
 */
export function PackComposer({ body, children }: { body: Block[]; children: ReactNode }): JSX.Element {
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
      {children}
    </LexicalComposer>
  );
}

/** The pack's body text and the plugins that keep it numbered, droppable and tracked. */
export function PackEditor(): JSX.Element {
  return (
    <>
      <RichTextPlugin
        contentEditable={<ContentEditable className="bp-editable" aria-label="Pack text" spellCheck />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ListPlugin />
      <NoteNumberingPlugin />
      <LibraryDropPlugin />
      <NoteKeyboardPlugin />
      <DecoratorControlsPlugin />
      <KeepCaretPlugin />
      <TrackEditorPlugin />
      <CaretOnOpenPlugin isNew={usePack.getState().path === null} />
    </>
  );
}

/** Makes the editor reachable from commands and tells the store when the pack really changes. */
function TrackEditorPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    setActiveEditor(editor);
    const off = watchForChanges(editor);
    return () => {
      off();
      setActiveEditor(null);
    };
  }, [editor]);
  return null;
}
