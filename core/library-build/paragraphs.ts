import { joinHyphenated, type HyphenDecision } from './dehyphenate';
import type { Lexicon } from './lexicon';
import { BULLET, clean } from './lineTools';
import type { Block, SourceLine } from './pipelineTypes';

/** Ends a sentence: full stop, colon, semicolon, question or exclamation mark, maybe closed by a quote. */
export const TERMINAL = /[.!?:;…]["”’)\]]*\d{0,3}$/;
const LIST_START = /^(?:\d{1,3}\.(?:\s|$)|[ivx]{1,4}\.\s|[a-z]\)\s|[ivx]{1,4}\)\s)/;

export interface ParagraphOptions {
  mode: 'blank' | 'width';
  lexicon: Lexicon;
  /** `width` mode: a blank line after a finished sentence ends the paragraph (single-spaced sources). */
  blankEndsParagraph?: boolean;
  /** Records every line-end hyphen decision (for the report). */
  onHyphen?: (d: HyphenDecision, line: number) => void;
}

function startsItem(text: string): boolean {
  return BULLET.test(text) || LIST_START.test(text);
}

/** Typical full-line length per page, for `width` mode: the 85th percentile of line lengths. */
function lineWidths(lines: SourceLine[]): Map<string, number> {
  const byPage = new Map<string, number[]>();
  for (const l of lines) {
    const t = clean(l.text);
    if (!t || l.heading) continue;
    const key = `${l.partId ?? ''}:${l.page ?? ''}`;
    const arr = byPage.get(key) ?? [];
    arr.push(t.length);
    byPage.set(key, arr);
  }
  const widths = new Map<string, number>();
  for (const [k, arr] of byPage) {
    arr.sort((a, b) => a - b);
    widths.set(k, arr[Math.floor((arr.length - 1) * 0.85)] ?? 80);
  }
  return widths;
}

/**
 * Groups lines into paragraphs and headings. A paragraph split by a page break (or by a
 * footnote block the profile removed) is joined: the break is ignored when the text before it
 * does not end a sentence and the text after it does not start a new item.
 */
export function assembleParagraphs(lines: SourceLine[], opts: ParagraphOptions): Block[] {
  const blocks: Block[] = [];
  const widths = opts.mode === 'width' ? lineWidths(lines) : new Map<string, number>();
  let cur: Block | undefined;
  let lastLine: SourceLine | undefined;
  let sawBlank = false;

  const flush = (): void => {
    if (cur) blocks.push(cur);
    cur = undefined;
  };
  const open = (l: SourceLine, text: string, kind: Block['kind'], level: number): void => {
    cur = { kind, level, text, partId: l.partId ?? '', pages: l.page === undefined ? [] : [l.page], line: l.no, lineNos: [l.no] };
    if (l.resetSections) cur.resetSections = true;
  };
  const append = (l: SourceLine, text: string): void => {
    if (!cur) return;
    if (/-$/.test(cur.text)) {
      const d = joinHyphenated(cur.text, text, opts.lexicon);
      opts.onHyphen?.(d, l.no);
      cur.text = d.text;
    } else {
      cur.text = `${cur.text} ${text}`;
    }
    if (l.page !== undefined && !cur.pages.includes(l.page)) cur.pages.push(l.page);
    cur.lineNos.push(l.no);
  };

  for (const l of lines) {
    const text = clean(l.text).replace(/\s+/g, ' ');
    if (!text) {
      sawBlank = true;
      continue;
    }
    if (l.heading) {
      const continues = cur?.kind === 'heading' && lastLine?.heading === l.heading && !l.breakBefore;
      if (continues && cur) append(l, text);
      else {
        flush();
        open(l, text, 'heading', l.heading);
      }
      lastLine = l;
      sawBlank = false;
      continue;
    }
    let breakHere = !cur || cur.kind === 'heading' || cur.partId !== (l.partId ?? '') || l.breakBefore === true || l.resetSections === true || startsItem(text);
    if (!breakHere && cur && !/^\d{1,3}\.$/.test(cur.text)) {
      const ended = TERMINAL.test(cur.text);
      if (opts.mode === 'blank') {
        if (sawBlank) {
          const joinAcross = (!ended && /^[\p{Ll}(]/u.test(text)) || /-$/.test(cur.text);
          breakHere = !joinAcross;
        }
      } else if (lastLine) {
        const w = widths.get(`${lastLine.partId ?? ''}:${lastLine.page ?? ''}`) ?? 80;
        const short = clean(lastLine.text).length < w * 0.9 && !lastLine.narrow;
        const veryShort = clean(lastLine.text).length < w * 0.6 && !lastLine.narrow && /^[\p{Lu}“‘]/u.test(text);
        breakHere = (ended && (short || (sawBlank && opts.blankEndsParagraph === true))) || veryShort;
      }
    }
    if (breakHere) {
      flush();
      open(l, text, 'para', 0);
    } else append(l, text);
    lastLine = l;
    sawBlank = false;
  }
  flush();
  return blocks;
}
