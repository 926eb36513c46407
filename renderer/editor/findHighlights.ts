import type { LexicalEditor } from 'lexical';
import type { Match } from './findReplace';

const ALL = 'bp-find';
const CURRENT = 'bp-find-current';

function firstText(el: Element | null): Text | null {
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** The stretch of the page showing a match: its words, or for a footnote its marker. */
export function matchRange(editor: LexicalEditor, match: Match): Range | null {
  const el = editor.getElementByKey(match.key);
  const range = document.createRange();
  if (match.place === 'note') {
    const sup = el?.querySelector('sup');
    if (!sup) return null;
    range.selectNodeContents(sup);
    return range;
  }
  const text = firstText(match.place === 'quotation' ? (el?.querySelector('.bp-quote-text') ?? null) : el);
  if (!text || match.end > text.length) return null;
  range.setStart(text, match.start);
  range.setEnd(text, match.end);
  return range;
}

/**
 * Marks the matches on the page with the CSS Custom Highlight API, which paints ranges without
 * touching the selection or the DOM: the caret stays where the user left it, and Enter in the
 * find box can never type into the text.
 */
export function showMatches(editor: LexicalEditor, matches: Match[], current: number): Range | null {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return null;
  const ranges = matches.map((m) => matchRange(editor, m));
  CSS.highlights.set(ALL, new Highlight(...ranges.filter((r): r is Range => r !== null)));
  const here = ranges[current] ?? null;
  if (here) CSS.highlights.set(CURRENT, new Highlight(here));
  else CSS.highlights.delete(CURRENT);
  return here;
}

export function clearMatches(): void {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/** Scrolls the current match to the middle of the document pane, unless it is in view already. */
export function revealRange(range: Range): void {
  const box = range.getBoundingClientRect();
  const target = range.startContainer.parentElement;
  if (!target) return;
  if (box.top < 80 || box.bottom > window.innerHeight - 60) target.scrollIntoView({ block: 'center' });
}
