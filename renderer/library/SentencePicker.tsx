import { useState, type JSX, type KeyboardEvent } from 'react';
import { sentenceSpans } from '../../core/pack/quotation';

/**
 * The passage as sentences to quote from: arrows move, Space (or a click) chooses a sentence,
 * Enter inserts the chosen ones (or the whole passage when none is chosen). A multi-select
 * listbox, so the whole passage is one Tab stop however long it is.
 */
export function SentencePicker({ id, text, chosen, onChange, onInsert }: { id: string; text: string; chosen: ReadonlySet<number>; onChange: (chosen: Set<number>) => void; onInsert: () => void }): JSX.Element {
  const spans = sentenceSpans(text);
  const [active, setActive] = useState(0);
  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    onChange(next);
  };
  const onKey = (e: KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      const at = Math.max(0, Math.min(spans.length - 1, to));
      setActive(at);
      if (e.shiftKey) onChange(new Set(chosen).add(active).add(at));
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(active + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(spans.length - 1);
    else if (e.key === ' ') {
      e.preventDefault();
      toggle(active);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onInsert();
    }
  };
  const parts: (JSX.Element | string)[] = [];
  let at = 0;
  spans.forEach(([s, end], i) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <span
        key={i}
        id={`${id}-s${i}`}
        role="option"
        aria-selected={chosen.has(i)}
        className={`bp-sentence${i === active ? ' active' : ''}`}
        onClick={() => {
          setActive(i);
          toggle(i);
        }}
      >
        {text.slice(s, end)}
      </span>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <blockquote
      className="bp-preview-text"
      role="listbox"
      aria-multiselectable="true"
      aria-label="Sentences of the passage: Space chooses, Enter inserts"
      aria-activedescendant={spans.length ? `${id}-s${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKey}
    >
      {parts}
    </blockquote>
  );
}
