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
  const counts = useEditorDigest<{ words: number; spoken: number } | null>(editor, $countWords, null);
  return (
    <footer className="bp-status" aria-live="polite">
      {counts ? (
        <>
          <span>{grouped(counts.words)} words</span>
          <span title={`${grouped(counts.spoken)} words spoken: headings and guidance are not read aloud`}>
            Speaking time {formatSpeakingTime(speakingSeconds(counts.spoken, wpm))} at {wpm} wpm
          </span>
        </>
      ) : (
        // Until the pack has painted and been counted (useEditorDigest).
        <span>Counting words…</span>
      )}
      <span className="bp-status-path">{path ?? 'Not saved yet'}{dirty ? ' • unsaved changes' : ''}</span>
    </footer>
  );
}

/**
 * "12,345", as en-GB prints it. Not toLocaleString: its first call loads the locale's number
 * data, about 15 ms in Chromium, all of it inside the frame that opens a pack.
 */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function $countWords(): { words: number; spoken: number } {
  return { words: countWords($getRoot().getTextContent()), spoken: packSpokenWords($getBody()) };
}
