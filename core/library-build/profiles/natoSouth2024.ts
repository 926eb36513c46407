import type { ExcerptDraft, RecommendationDraft } from '../excerptDraft';
import { joinNoteLine } from '../joinNoteLine';
import { clean } from '../lineTools';
import type { FootnoteText, SourceLine } from '../pipelineTypes';
import type { SourceProfile } from '../sourceProfile';
import { markIsolatedHeadings } from './profileTools';
import { overlap, subItems, withoutNumber } from './recommendationTools';

/** The first page of the text (the Preface) is printed page 3: one page number ("28") is printed, 26 pages on. */
const FIRST_PAGE = 3;
const TOP_HEADINGS = new Set([
  'Preface',
  'Executive Summary',
  'Guiding Principles for NATO’s Approach to the Southern',
  'Neighbourhoods',
  'Regional Approach',
  'Thematic Areas for Cooperation',
  'Cooperation with International and Regional Organisations',
  'NATO’s Internal Structures',
]);
const REGIONS = new Set(['North Africa', 'Middle East', 'Sahel and Sub-Saharan Africa']);
const HORIZON = /^In the (short|medium|long) term$/;
const SEPARATOR = /^\s{20,}$/;
const NOTE_START = /^(\d{1,3}) (.*)$/;

/**
 * 004: NATO expert-group report, converted from Word. Each page starts with a line opening
 * with one space; the footnote block of a page follows a long run of spaces. Bullets are the
 * Symbol-font private-use glyph U+F0B7. Recommendations are numbered 1-114 (44 twice, as
 * printed) under "Recommendations" headings, by horizon; the executive summary repeats some.
 */
export const natoSouth2024: SourceProfile = {
  sourceId: 'nato-south-2024',
  file: '004_f661a83f6f79cf80.txt',
  paragraphMode: 'blank',
  noteNumbering: 'document',
  markdown: false,
  prepare(lines) {
    let page = FIRST_PAGE - 1;
    let afterNumber = false;
    const body: SourceLine[] = [];
    const notes: FootnoteText[] = [];
    let inNotes = false;
    let note: FootnoteText | undefined;
    for (const l of lines) {
      const starts = /^ \S/.test(l.text) || (afterNumber && l.text.length > 0);
      if (starts || l.no === 1) {
        page++;
        inNotes = false;
        afterNumber = false;
        l.pageStart = true;
      }
      l.page = page;
      l.partId = 'nato-south-2024';
      if (/^\d{1,3}\s*$/.test(l.text)) {
        afterNumber = true; // a printed page number ends its page
        continue;
      }
      if (SEPARATOR.test(l.text)) {
        inNotes = true;
        continue;
      }
      if (inNotes) {
        const t = clean(l.text);
        const m = NOTE_START.exec(t);
        if (m) {
          note = { partKey: 'nato-south-2024', marker: m[1] ?? '', text: m[2] ?? '', page };
          notes.push(note);
        } else if (t && note) note.text = joinNoteLine(note.text, t);
        continue;
      }
      body.push(l);
    }
    for (const n of notes) n.text = n.text.replace(/\s+/g, ' ').trim();
    markIsolatedHeadings(body, (t) => {
      if (TOP_HEADINGS.has(t)) return 1;
      if (t === 'NATO’s Southern Neighbourhoods: Regions of Strategic Interest to NATO') return 2;
      if (REGIONS.has(t)) return 3;
      if (/^Recommendations\s*:?\s*\d*$/.test(t)) return 4;
      if (HORIZON.test(t)) return 5;
      return 2;
    });
    // The two-line heading is not isolated line by line.
    for (const l of body) if (TOP_HEADINGS.has(clean(l.text))) l.heading = 1;
    return { lines: body, notes, anomalies: [], pages: page - FIRST_PAGE + 1 };
  },
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[] {
    const recs: RecommendationDraft[] = [];
    const numbered: number[] = [];
    excerpts.forEach((e, i) => {
      const recAt = e.headings.findIndex((h) => /^Recommendations/.test(h));
      if (recAt < 0 || !/^\d{1,3}\.$/.test(e.listMarker ?? '')) return;
      const horizon = e.headings.find((h) => HORIZON.test(h));
      const heading = e.headings[recAt - 1] ?? 'Recommendations';
      const items = subItems(excerpts, i).map((k) => excerpts[k]?.text ?? '');
      const region = REGIONS.has(heading) || heading === 'Existing Partnerships' ? heading : undefined;
      recs.push({
        number: (e.listMarker ?? '').replace('.', ''),
        heading,
        ...(region ? { region } : { theme: heading }),
        ...(horizon ? { horizon: horizon.replace(/^In the /, '') } : {}),
        addressee: 'NATO',
        text: [withoutNumber(e.text), ...items].join('\n'),
        excerpt: i,
      });
      numbered.push(recs.length - 1);
    });
    // Executive-summary bullets repeat body recommendations: one block, both places.
    excerpts.forEach((e, i) => {
      if (e.headings[0] !== 'Executive Summary' || e.listMarker !== '\uf0b7') return;
      let best = -1;
      let score = 0;
      for (const r of numbered) {
        const s = overlap(e.text, recs[r]?.text ?? '');
        if (s > score) [best, score] = [r, s];
      }
      const match = recs[best];
      if (match && score >= 0.55) {
        match.alsoIn = [...(match.alsoIn ?? []), i];
        return;
      }
      recs.push({ heading: 'Key recommendations (Executive Summary)', addressee: 'NATO', text: e.text, excerpt: i });
    });
    return recs;
  },
};
