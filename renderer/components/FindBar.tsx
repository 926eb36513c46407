import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $setSelection, SKIP_DOM_SELECTION_TAG, type BaseSelection, type NodeKey } from 'lexical';
import { $findMatches, $matchFrom, $replaceAll, $replaceMatch, type FindOptions, type Match } from '../editor/findReplace';
import { clearMatches, revealRange, showMatches } from '../editor/findHighlights';

const PLACE: Record<Match['place'], string> = { text: '', note: ' (in a footnote)', quotation: ' (in a quotation, which replace leaves alone)' };

function summary(matches: Match[], index: number): string {
  if (!matches.length) return 'No matches';
  const where = matches[index] ? `${index + 1} of ${matches.length}${PLACE[matches[index].place]}` : `${matches.length} found`;
  return where;
}

/**
 * Ctrl+F: find in the whole pack as in Word. Enter and Shift+Enter step through matches
 * without touching the text (matches are painted, the caret stays put); Escape closes and puts
 * the caret back where it was. Replace never changes a quotation and says how many it skipped.
 */
export function FindBar({ onClose, focusRequest }: { onClose: () => void; focusRequest: number }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<Match[]>([]);
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const reveal = useRef(false);
  // Where the caret was when Find opened; Escape puts it back there.
  const [caret] = useState<BaseSelection | null>(() => editor.getEditorState().read(() => $getSelection()?.clone() ?? null));
  const close = () => {
    if (caret) editor.update(() => $setSelection(caret.clone()), { discrete: true });
    onClose();
  };

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // After a replace: where the replacement ends, to go on from there.
  const resume = useRef<{ key: NodeKey; offset: number } | null>(null);

  useEffect(() => {
    const read = () =>
      editor.getEditorState().read(() => {
        const found = $findMatches(query, options);
        setMatches(found);
        const from = resume.current;
        resume.current = null;
        if (from) setIndex($matchFrom(found, from.key, from.offset));
      });
    read();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size || dirtyLeaves.size) read();
    });
  }, [editor, query, options]);

  // Paint after React has drawn the quotations (decorators render after the editor update).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const range = showMatches(editor, matches, Math.min(index, matches.length - 1));
      if (range && reveal.current) revealRange(range);
      reveal.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, matches, index]);
  useEffect(() => clearMatches, []);

  const step = (by: 1 | -1) => {
    if (!matches.length) return;
    reveal.current = true;
    setMessage('');
    setIndex((i) => (Math.min(i, matches.length - 1) + by + matches.length) % matches.length);
  };
  const replaceOne = () => {
    const match = matches[index];
    if (!match) return;
    if (match.place === 'quotation') {
      setMessage('That match is in a quotation from the library, which stays as the source wrote it. Moved to the next match.');
      step(1);
      return;
    }
    reveal.current = true;
    resume.current = { key: match.key, offset: match.start + replacement.length };
    editor.update(() => void $replaceMatch(match, replacement), { tag: SKIP_DOM_SELECTION_TAG });
    setMessage('Replaced 1.');
  };
  const replaceAll = () => {
    let result = { replaced: 0, skipped: 0 };
    editor.update(() => void (result = $replaceAll(query, replacement, options)), { tag: SKIP_DOM_SELECTION_TAG, discrete: true });
    const skipped = result.skipped ? ` ${result.skipped} in quotations left unchanged: quotations stay as the source wrote them.` : '';
    setMessage(`Replaced ${result.replaced}.${skipped}`);
  };
  const onFindKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  };

  return (
    <div
      className="bp-findbar"
      role="search"
      aria-label="Find and replace"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <input ref={input} aria-label="Find" placeholder="Find" value={query} onKeyDown={onFindKey} onChange={(e) => { setQuery(e.target.value); setIndex(0); setMessage(''); reveal.current = true; }} />
      <span className="bp-find-count" aria-live="polite">{query ? summary(matches, index) : ''}</span>
      <button type="button" onClick={() => step(-1)} disabled={!matches.length} title="Previous match (Shift+Enter)">Previous</button>
      <button type="button" onClick={() => step(1)} disabled={!matches.length} title="Next match (Enter)">Next</button>
      <label className="bp-check">
        <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />
        Match case
      </label>
      <label className="bp-check">
        <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })} />
        Whole words
      </label>
      <input aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); replaceOne(); } }} />
      <button type="button" disabled={!matches.length} onClick={replaceOne} title="Replace this match and go to the next (Enter in the replace box)">Replace</button>
      <button type="button" disabled={!matches.length} onClick={replaceAll}>Replace all</button>
      <span className="bp-find-note" role="status">{message || 'Searches your text, footnotes and quotations; replace never changes a quotation.'}</span>
      <button type="button" aria-label="Close find (Escape)" onClick={close}>×</button>
    </div>
  );
}
