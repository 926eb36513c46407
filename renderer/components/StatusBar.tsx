import type { JSX } from 'react';
import { useEditorDigest } from '../editor/useEditorDigest';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { usePack } from '../state/packStore';
import { countWords } from '../../core/pack/wordCount';
import { formatSpeakingTime, packSpokenWords, speakingSeconds } from '../../core/pack/speakingTime';
import { $getBody } from '../editor/packConversion';

/**
 * Word count, and speaking time at the pack's words per minute from the words a speaker reads
 * aloud (not headings or guidance), by the function printed talking points use.
 */
export function StatusBar(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const wpm = usePack((s) => s.file?.pack.settings.wordsPerMinute ?? 140);
  const path = usePack((s) => s.path);
  const dirty = usePack((s) => s.dirty);
  const { words, spoken } = useEditorDigest(editor, $countWords, { words: 0, spoken: 0 });
  return (
    <footer className="bp-status" aria-live="polite">
      <span>{words.toLocaleString('en-GB')} words</span>
      <span title={`${spoken.toLocaleString('en-GB')} words spoken: headings and guidance are not read aloud`}>
        Speaking time {formatSpeakingTime(speakingSeconds(spoken, wpm))} at {wpm} wpm
      </span>
      <span className="bp-status-path">{path ?? 'Not saved yet'}{dirty ? ' • unsaved changes' : ''}</span>
    </footer>
  );
}

function $countWords(): { words: number; spoken: number } {
  return { words: countWords($getRoot().getTextContent()), spoken: packSpokenWords($getBody()) };
}
