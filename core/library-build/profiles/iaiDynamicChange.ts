import type { ExcerptDraft, RecommendationDraft } from '../excerptDraft';
import { joinNoteLine } from '../joinNoteLine';
import { clean, isBlank } from '../lineTools';
import { TERMINAL } from '../paragraphs';
import type { Anomaly, FootnoteText, SourceLine } from '../pipelineTypes';
import type { SourceProfile } from '../sourceProfile';
import { IAI_HEADINGS, IAI_NOT_HEADINGS, IAI_PARTS } from './iaiLayout';
import { paginateBook, RUNNING_HEAD } from './iaiPages';
import { withoutNumber } from './recommendationTools';

const NOTE_START = /^(\d{1,2})\s{2,}(\S.*)$/;

/** Indexes of each part's first title line; checks the whole title block is there. */
function findParts(lines: SourceLine[], anomalies: Anomaly[]): { id: string; index: number; length: number; missingDivider: boolean }[] {
  const out: { id: string; index: number; length: number; missingDivider: boolean }[] = [];
  let from = 0;
  for (const p of IAI_PARTS) {
    let found = -1;
    for (let i = from; i < lines.length && found < 0; i++) {
      if (clean(lines[i]?.text ?? '') !== p.title[0]) continue;
      // The rest of the title block follows, blank lines aside.
      let k = i;
      let ok = true;
      for (const t of p.title.slice(1)) {
        k++;
        while (k < lines.length && isBlank(lines[k] as SourceLine)) k++;
        if (clean(lines[k]?.text ?? '') !== t) ok = false;
      }
      if (ok) {
        found = i;
        out.push({ id: p.id, index: i, length: k - i + 1, missingDivider: p.missingDivider === true });
      }
    }
    if (found < 0) anomalies.push({ sourceId: 'iai-dynamic-change', kind: 'part-missing', message: p.title.join(' / ') });
    else from = found + 1;
  }
  return out;
}

/**
 * The end of each page: the author note after "---" (dropped: it is a bio) and, before it, the
 * footnotes, single-spaced where the body is double-spaced. A run at a page's top that has no
 * number continues the last note of the page before.
 */
function takePageBottoms(lines: SourceLine[], pageStarts: number[], partOf: (i: number) => string): { drop: Set<number>; notes: FootnoteText[] } {
  const drop = new Set<number>();
  const notes: FootnoteText[] = [];
  const bounds = [...pageStarts, lines.length];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const lo = bounds[p] ?? 0;
    let hi = (bounds[p + 1] ?? lines.length) - 1;
    for (let i = lo; i <= hi; i++) {
      if (clean(lines[i]?.text ?? '') === '---' || clean(lines[i]?.text ?? '') === '----') {
        for (let k = i; k <= hi; k++) drop.add(k);
        hi = i - 1;
        break;
      }
    }
    while (hi > lo && (isBlank(lines[hi] as SourceLine) || RUNNING_HEAD.test(clean(lines[hi]?.text ?? '')))) hi--;
    let top = hi;
    while (top - 1 > lo && !isBlank(lines[top - 1] as SourceLine)) top--;
    const run = lines.slice(top, hi + 1).map((l) => clean(l.text));
    const firstNumbered = run.findIndex((t) => NOTE_START.test(t));
    if (firstNumbered < 0 && run.length < 2) continue;
    if (firstNumbered < 0 && notes.length === 0) continue;
    let note: FootnoteText | undefined = firstNumbered === 0 ? undefined : notes[notes.length - 1];
    run.forEach((t, k) => {
      const m = NOTE_START.exec(t);
      if (m) {
        note = { partKey: partOf(top + k), marker: m[1] ?? '', text: m[2] ?? '', page: lines[top + k]?.page };
        notes.push(note);
      } else if (note) {
        note.text = joinNoteLine(note.text, t);
      }
      drop.add(top + k);
    });
  }
  // Two-column reports print a column's notes at its foot, mid-page: a single-spaced run that
  // opens with a note number (body lines are double-spaced, never consecutive).
  for (let i = 0; i < lines.length; i++) {
    const m = NOTE_START.exec(clean(lines[i]?.text ?? ''));
    if (!m || drop.has(i) || (i > 0 && !isBlank(lines[i - 1] as SourceLine) && !drop.has(i - 1))) continue;
    const note: FootnoteText = { partKey: partOf(i), marker: m[1] ?? '', text: m[2] ?? '', page: lines[i]?.page };
    notes.push(note);
    drop.add(i);
    for (let k = i + 1; k < lines.length && !isBlank(lines[k] as SourceLine) && !lines[k]?.pageStart; k++) {
      const t = clean(lines[k]?.text ?? '');
      if (NOTE_START.test(t)) break;
      note.text = joinNoteLine(note.text, t);
      drop.add(k);
    }
  }
  for (const n of notes) n.text = n.text.replace(/\s+/g, ' ').trim();
  return { drop, notes };
}

const FUNCTION_WORD = /\b(?:the|of|a|an|and|to|in|that|for|with|on|by|as|at|from|which|who|is|are|was|were|be|or|its|their|his|her|this|these|not)$/i;
const isReport = (l: SourceLine): boolean => /-wg\d$/.test(l.partId ?? '');

/**
 * Width-mode headings: a short line between a finished paragraph and a capitalised line, not
 * itself ending a sentence. Consecutive such lines (no blank between) are one heading.
 */
function markHeadings(lines: SourceLine[]): void {
  const byPage = new Map<number, number[]>();
  for (const l of lines) {
    const n = clean(l.text).length;
    if (n === 0 || l.page === undefined) continue;
    byPage.set(l.page, [...(byPage.get(l.page) ?? []), n]);
  }
  const width = (page: number | undefined): number => {
    const arr = [...(byPage.get(page ?? -1) ?? [80])].sort((a, b) => a - b);
    return arr[Math.floor((arr.length - 1) * 0.85)] ?? 80;
  };
  let prevEnded = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    const t = clean(l.text);
    if (!t) continue;
    let n = i + 1;
    while (n < lines.length && isBlank(lines[n] as SourceLine)) n++;
    const next = clean(lines[n]?.text ?? '');
    const prev = lines[i - 1];
    const joined = prev !== undefined && !isBlank(prev) && prev.heading !== undefined;
    const candidate =
      (prevEnded || joined) &&
      (t.length < 0.75 * width(l.page) || t.length > 1.06 * width(l.page) || (isReport(l) && t.split(/\s+/).length <= 10 && !FUNCTION_WORD.test(t))) &&
      t.split(/\s+/).length <= 14 &&
      !/[.,;:!\-–]$/.test(t) &&
      !TERMINAL.test(t) &&
      /^[\p{Lu}\d‘“'"]/u.test(t) &&
      !/^\d{1,2}\.\s/.test(t) &&
      (/^[\p{Lu}\d‘“'"(]/u.test(next) || next === '');
    const forced = IAI_HEADINGS[t];
    if (forced !== undefined && isReport(l)) l.heading = forced;
    else if (candidate && !IAI_NOT_HEADINGS.has(t)) l.heading = 1;
    // Run-in headings of the reports' lists ("Regional capability targets: One partici-") start paragraphs.
    else if (prevEnded && isReport(l) && /^[\p{Lu}][^.:;]{2,90}: \S/u.test(t)) l.breakBefore = true;
    prevEnded = l.heading !== undefined || TERMINAL.test(t) || /[.?!]\d{0,3}$/.test(t);
  }
}

/**
 * 003: the IAI volume "Dynamic Change", double-spaced, with two-column working-group reports.
 * Footnote numbering restarts in each part.
 */
export const iaiDynamicChange: SourceProfile = {
  sourceId: 'iai-dynamic-change',
  file: '003_d98d9a45434f83ae.txt',
  paragraphMode: 'width',
  noteNumbering: 'part',
  markdown: false,
  prepare(input) {
    const anomalies: Anomaly[] = [];
    const lines = input.slice();
    const parts = findParts(lines, anomalies);
    const starts = paginateBook(
      lines,
      new Set(parts.map((p) => p.index)),
      anomalies,
      new Set(parts.filter((p) => p.missingDivider).map((p) => p.index)),
    );
    starts.forEach((s, k) => {
      const end = starts[k + 1]?.start ?? lines.length;
      for (let i = s.start; i < end; i++) {
        const l = lines[i];
        if (l) l.page = s.page;
      }
      const first = lines[s.start];
      if (first) first.pageStart = true;
    });
    const partAt: string[] = [];
    let cur = parts[0]?.id ?? 'iai-dynamic-change';
    lines.forEach((_, i) => {
      const p = parts.find((x) => x.index === i);
      if (p) cur = p.id;
      partAt[i] = cur;
    });
    const { drop, notes } = takePageBottoms(lines, starts.map((s) => s.start), (i) => partAt[i] ?? cur);
    let inDivider = false;
    lines.forEach((l, i) => {
      const t = clean(l.text);
      if (RUNNING_HEAD.test(t)) drop.add(i);
      if (t.startsWith('Focus Area')) inDivider = true;
      if (parts.some((p) => p.index === i)) inDivider = false;
      if (inDivider) drop.add(i);
      l.partId = partAt[i];
    });
    for (const p of parts) for (let k = 0; k < p.length; k++) drop.add(p.index + k);
    const body = lines.filter((_, i) => !drop.has(i));
    markHeadings(body);
    const pageCount = new Set(starts.map((s) => s.page)).size;
    return { lines: body, notes, anomalies, pages: pageCount };
  },
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[] {
    const recs: RecommendationDraft[] = [];
    const seen = new Set<string>();
    excerpts.forEach((e, i) => {
      const marker = e.listMarker ?? '';
      if (e.partId === 'iai-dynamic-change-aybet' && e.headings.includes('Policy Recommendations') && /^\d{1,2}\.$/.test(marker)) {
        recs.push({ number: marker.replace('.', ''), heading: 'Policy Recommendations', theme: 'NATO partnerships with the Middle East and North Africa', addressee: 'NATO', text: withoutNumber(e.text), excerpt: i });
      }
      // Reynolds et al. announce "six ideas" for policymakers; five are section titles, one a numbered item.
      if (e.partId === 'iai-dynamic-change-reynolds') {
        const idea = e.headings[0];
        if (idea && REYNOLDS_IDEAS.includes(idea) && !seen.has(idea)) {
          seen.add(idea);
          recs.push({ heading: 'Six ideas for NATO partnerships', theme: idea, addressee: 'NATO policymakers', text: idea, excerpt: i });
        }
        if (marker === '1.') {
          const text = /^1\.\s*(.*?‘distance\.’)/.exec(e.text)?.[1] ?? withoutNumber(e.text);
          recs.push({ number: '1', heading: 'Six ideas for NATO partnerships', theme: 'Re-think distance', addressee: 'NATO policymakers', text, excerpt: i });
        }
      }
      // Working Group I's "Solutions": proposals put forward, each under a run-in heading.
      if (e.partId === 'iai-dynamic-change-wg1' && e.headings[0] === 'Solutions' && /^[^.:]{3,90}: /.test(e.text) && !/unresolved:/.test(e.text)) {
        recs.push({ heading: 'Solutions', theme: e.text.slice(0, e.text.indexOf(':')), text: e.text, excerpt: i });
      }
    });
    return recs;
  },
};

const REYNOLDS_IDEAS = [
  'Redefine ‘Partner” to reflect the reality of today and tomorrow',
  'Re-marry economics & security',
  'Embrace clusters, both conceptually and operationally',
  'Minimise the commitment-capability gap',
  'Assess Risk Properly',
];
