import { useEffect, useRef, useState, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $countMatches, $replaceAll, $selectMatch } from '../editor/findReplace';

/** Ctrl+F: find in the pack's own text, step through matches, replace all. */
export function FindBar({ onClose }: { onClose: () => void }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [count, setCount] = useState(0);
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (!editor) return;
    const read = () => setCount(editor.getEditorState().read(() => $countMatches(query)));
    read();
    return editor.registerTextContentListener(read);
  }, [editor, query]);

  const next = () => {
    editor?.update(() => void $selectMatch(query, index));
    setIndex((i) => i + 1);
  };
  return (
    <div className="bp-findbar" role="search" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <input ref={input} aria-label="Find" placeholder="Find" value={query} onChange={(e) => { setQuery(e.target.value); setIndex(0); }} onKeyDown={(e) => e.key === 'Enter' && next()} />
      <span className="bp-find-count" aria-live="polite">{query ? `${count} found` : ''}</span>
      <button type="button" onClick={next} disabled={!count}>Next</button>
      <input aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      <button type="button" disabled={!count} onClick={() => editor?.update(() => void $replaceAll(query, replacement))}>Replace all</button>
      <span className="bp-find-note">Quotations from the library are never changed.</span>
      <button type="button" aria-label="Close find" onClick={onClose}>×</button>
    </div>
  );
}
