import type { ExcerptDraft, RecommendationDraft } from '../excerptDraft';
import { clean } from '../lineTools';
import { stripMarkdown } from '../markup';
import type { Anomaly, FootnoteText } from '../pipelineTypes';
import type { SourceProfile } from '../sourceProfile';
import { markIsolatedHeadings } from './profileTools';

const NOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/;
const DIGIT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/**
 * 001: PISM Policy Paper No. 11 (152). One long line per paragraph, blank lines between, page
 * numbers not printed (pages cannot be determined: footnote blocks show where some pages end,
 * not which page a line is on). Footnotes are lines opening with a Unicode superscript number;
 * `*emphasis*` is markdown from the extractor. Masthead before the title; author bios and the
 * funder's line after the conclusion.
 */
export const pism2016: SourceProfile = {
  sourceId: 'pism-2016',
  file: '001_e51c3ba18fa06b3a.txt',
  paragraphMode: 'blank',
  noteNumbering: 'document',
  markdown: true,
  prepare(lines) {
    const anomalies: Anomaly[] = [];
    const authors = lines.findIndex((l) => clean(l.text).startsWith('Paolo Quercia, Patrycja Sasnal'));
    const bios = lines.findIndex((l) => clean(l.text) === 'About the Authors:');
    const body = lines.slice(authors + 1, bios < 0 ? lines.length : bios);
    const notes: FootnoteText[] = [];
    const kept = body.filter((l) => {
      const m = NOTE_LINE.exec(clean(l.text));
      if (!m) return true;
      const marker = [...(m[1] ?? '')].map((c) => DIGIT[c] ?? '').join('');
      notes.push({ partKey: 'pism-2016', marker, text: stripMarkdown(m[2] ?? '') });
      return false;
    });
    for (const l of kept) l.partId = 'pism-2016';
    markIsolatedHeadings(kept, () => 1);
    // The summary box ends where the introduction starts; the introduction has no heading.
    const intro = kept.find((l) => clean(l.text).startsWith('For months leading up to the Warsaw Summit'));
    if (intro) intro.resetSections = true;
    return {
      lines: kept,
      notes,
      anomalies,
      pages: 0,
      unattachedNotes: { '1': 'the acknowledgement note is marked on the author line (“Kurt Volker¹”), which is title matter, not an excerpt' },
    };
  },
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[] {
    const recs: RecommendationDraft[] = [];
    const seen = new Set<string>();
    excerpts.forEach((e, i) => {
      if (e.listMarker === '-' && e.headings[0] === 'SUMMARY') {
        recs.push({ heading: 'Summary', theme: 'NATO engagement in Libya', addressee: 'NATO', text: e.text, excerpt: i });
      }
      // The body's section titles state its recommendations ("NATO should assist the GNA's anti-IS campaign ...").
      const title = e.headings[0];
      if (title && !seen.has(title) && /\b(?:should|may train|best bet)\b/.test(title)) {
        seen.add(title);
        const horizon = /short term/i.test(title) ? 'short term' : /long-term/i.test(title) ? 'long term' : undefined;
        // The title is the recommendation's text; a heading repeating it would print it twice.
        recs.push({ heading: 'Recommendation', theme: 'NATO engagement in Libya', addressee: 'NATO', text: title, excerpt: i, ...(horizon ? { horizon } : {}) });
      }
    });
    return recs;
  },
};
