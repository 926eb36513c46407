import type { ExcerptDraft, RecommendationDraft } from '../excerptDraft';
import { joinNoteLine } from '../joinNoteLine';
import { clean, findLine } from '../lineTools';
import type { Anomaly, FootnoteText, SourceLine } from '../pipelineTypes';
import { removePullQuotes } from '../pullQuotes';
import { moveLines, splitLine } from '../readingOrder';
import type { SourceProfile } from '../sourceProfile';
import { withoutNumber } from './recommendationTools';
import { GMF_BREAKS, GMF_HEADINGS, GMF_MOVES, GMF_PAGE_STARTS, GMF_PARTS, GMF_PULL_QUOTES, GMF_SPLIT } from './gmf2017Layout';

const FURNITURE = [/^G\|M\|F$/, /^January 2017$/, /^\d{1,2}$/, /^“$/];
const NOTE_START = /^(\d{1,2}) (\S.*)$/;

function paginate(lines: SourceLine[], anomalies: Anomaly[]): void {
  let from = 0;
  const starts: { index: number; page: number }[] = [];
  for (const s of GMF_PAGE_STARTS) {
    const i = findLine(lines, s.startsWith, from);
    if (i < 0) {
      anomalies.push({ sourceId: 'gmf-2017', kind: 'page-start-missing', message: `page ${s.page}: "${s.startsWith}" not found` });
      continue;
    }
    starts.push({ index: i, page: s.page });
    from = i + 1;
  }
  let k = 0;
  let page = 1;
  lines.forEach((l, i) => {
    while (k < starts.length && (starts[k]?.index ?? Infinity) <= i) {
      page = starts[k]?.page ?? page;
      if (starts[k]?.index === i) l.pageStart = true;
      k++;
    }
    l.page = page;
  });
}

/** Takes the footnote blocks out: a note starts with its number; a blank line or a new page ends the block. */
function takeNotes(lines: SourceLine[]): { body: SourceLine[]; notes: FootnoteText[] } {
  const notes: FootnoteText[] = [];
  const seen = new Set<number>();
  const body: SourceLine[] = [];
  let note: FootnoteText | undefined;
  const lowestUnseen = (): number => {
    let n = 1;
    while (seen.has(n)) n++;
    return n;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    const t = clean(l.text);
    const m = NOTE_START.exec(t);
    const n = m ? Number(m[1]) : NaN;
    if (m && !seen.has(n) && n >= lowestUnseen() && n <= lowestUnseen() + 8) {
      seen.add(n);
      note = { partKey: 'gmf-2017', marker: String(n), text: m[2] ?? '', page: l.page };
      notes.push(note);
      continue;
    }
    const columnStart = l.pageStart === true || /^ \S/.test(l.text);
    if (note && t && !columnStart) {
      note.text = joinNoteLine(note.text, t);
      continue;
    }
    if (!t && note) {
      const next = lines.slice(i + 1).find((x) => clean(x.text));
      if (next && NOTE_START.test(clean(next.text)) && !next.pageStart && !/^ \S/.test(next.text)) continue;
    }
    note = undefined;
    body.push(l);
  }
  for (const x of notes) x.text = x.text.replace(/\s+/g, ' ').trim();
  return { body, notes };
}

/**
 * 000: GMF collection of three papers and an unsigned introduction, two columns per page,
 * extracted line by line. Page numbers are printed on only some pages, so the page starts are
 * listed by their first line (see gmf2017Layout.ts for the evidence). Pull quotes are
 * interleaved word-group by word-group with the body column beside them.
 */
export const gmf2017: SourceProfile = {
  sourceId: 'gmf-2017',
  file: '000_bb7d80a77a2e6b56.txt',
  paragraphMode: 'width',
  blankEndsParagraph: true,
  noteNumbering: 'document',
  markdown: false,
  mergedLineWidth: 75,
  prepare(input) {
    const anomalies: Anomaly[] = [];
    let lines = input.slice();
    paginate(lines, anomalies);
    lines = lines.filter((l) => !FURNITURE.some((re) => re.test(clean(l.text))));
    const pq = removePullQuotes(lines, GMF_PULL_QUOTES);
    lines = pq.lines;
    for (const q of pq.missing) anomalies.push({ sourceId: 'gmf-2017', kind: 'pull-quote-missing', message: q });
    const { body, notes } = takeNotes(lines);
    lines = body;
    if (!splitLine(lines, GMF_SPLIT)) anomalies.push({ sourceId: 'gmf-2017', kind: 'split-missing', message: GMF_SPLIT.line });
    for (const fix of GMF_MOVES) {
      if (!moveLines(lines, fix)) anomalies.push({ sourceId: 'gmf-2017', kind: 'reorder-missing', message: fix.first });
    }
    // Parts: drop each title block (title, author, affiliation) and start the part there.
    const drop = new Set<SourceLine>();
    let part = GMF_PARTS[0]?.id ?? 'gmf-2017';
    let p = 0;
    for (const l of lines) {
      const next = GMF_PARTS[p];
      if (next && clean(l.text) === next.title[0]) {
        part = next.id;
        p++;
        const at = lines.indexOf(l);
        for (let k = 0; k < next.title.length; k++) {
          const x = lines[at + k];
          if (x && clean(x.text) === next.title[k]) drop.add(x);
        }
      }
      l.partId = part;
    }
    if (p !== GMF_PARTS.length) anomalies.push({ sourceId: 'gmf-2017', kind: 'part-missing', message: `${GMF_PARTS.length - p} part titles not found` });
    lines = lines.filter((l) => !drop.has(l));
    for (const h of GMF_HEADINGS) {
      const i = lines.findIndex((l, k) => h.lines.every((t, j) => clean(lines[k + j]?.text ?? '') === t) && l === lines[k]);
      if (i < 0) {
        anomalies.push({ sourceId: 'gmf-2017', kind: 'heading-missing', message: h.lines.join(' ') });
        continue;
      }
      h.lines.forEach((_, j) => {
        const x = lines[i + j];
        if (x) x.heading = h.level;
      });
    }
    for (const l of lines) {
      const t = clean(l.text);
      if (t.startsWith('In Brief:') || GMF_BREAKS.some((b) => t.startsWith(b))) l.breakBefore = true;
    }
    return { lines, notes, anomalies, pages: 16 };
  },
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[] {
    return excerpts.flatMap((e, i) =>
      e.partId === 'gmf-2017-samaan' && /^\d\.$/.test(e.listMarker ?? '')
        ? [{ number: (e.listMarker ?? '').replace('.', ''), heading: 'Conclusion', theme: 'NATO’s Middle East partnerships: two pillars', text: withoutNumber(e.text), excerpt: i }]
        : [],
    );
  },
};
