import type { JSX } from 'react';
import { useEditorDigest } from '../editor/useEditorDigest';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { usePack } from '../state/packStore';
import { countWords } from '../../core/pack/wordCount';

/** Word count and reading/speaking time at the pack's words per minute. */
export function StatusBar(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const wpm = usePack((s) => s.file?.pack.settings.wordsPerMinute ?? 140);
  const path = usePack((s) => s.path);
  const dirty = usePack((s) => s.dirty);
  const words = useEditorDigest(editor, $countDocumentWords, 0);
  const minutes = words / wpm;
  return (
    <footer className="bp-status" aria-live="polite">
      <span>{words.toLocaleString('en-GB')} words</span>
      <span>Speaking time {formatMinutes(minutes)} at {wpm} wpm</span>
      <span className="bp-status-path">{path ?? 'Not saved yet'}{dirty ? ' • unsaved changes' : ''}</span>
    </footer>
  );
}

function formatMinutes(m: number): string {
  const total = Math.round(m * 60);
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
}

function $countDocumentWords(): number {
  return countWords($getRoot().getTextContent());
}
