import type { Anomaly } from './pipelineTypes';
import type { Library } from '../library/types';

/** Strings that belong to page furniture, mastheads or web pages, never to an excerpt. */
export const FURNITURE = [
  'G|M|F',
  'Dynamic Change\n',
  'Get the Latest',
  'Sign up to receive',
  'Read More',
  'POLICY PAPER',
  'POLSKI INSTYTUT',
  '© PISM',
  'Focus Area I',
  '---',
  '\uf0b7',
];

/**
 * Words the seed texts print with a digit or hyphen that is theirs (checked by hand), so the
 * glue and hyphen sweeps accept them.
 */
const GLUE_OK = /\b(?:[A-Z][A-Za-z]*\d+[a-z]*|\d+[a-z]{1,3}|[a-z]+\d+[A-Z]\w*|e\d+)\b/;
const ACCEPTED_GLUE = new Set(['e2', 'n4']);

/**
 * Checks the whole library for what cleaning should have removed: digits glued to words,
 * line-end hyphens left inside words, furniture, private-use glyphs, markdown, and excerpts
 * without a page where their source has pages.
 */
export function sweepLibrary(library: Library): Anomaly[] {
  const out: Anomaly[] = [];
  const pagesOf = new Map(library.sources.map((s) => [s.id, s.pages]));
  for (const e of library.excerpts) {
    const where = `${e.id} (${e.locator.section.join(' > ')} ¶${e.locator.paragraph})`;
    for (const m of e.text.matchAll(/[a-z]\d+\b/g)) {
      const word = /\S*$/.exec(e.text.slice(0, m.index + 1))?.[0] ?? '';
      const full = word + (/^\S*/.exec(e.text.slice(m.index + 1))?.[0] ?? '');
      if (/^(?:https?:|www\.)/.test(full) || /\.[a-z]{2,4}\//.test(full)) continue;
      const ok = GLUE_OK.test(full) || ACCEPTED_GLUE.has(m[0]);
      out.push({ sourceId: e.sourceId, kind: 'digit-glued', message: `"${full}" in ${where}`, ...(ok ? { reason: 'printed so in the source (a name or code, not a note marker)' } : {}) });
    }
    for (const m of e.text.matchAll(/[\p{L}]-(?=\s|$)/gu)) {
      const after = e.text.slice(m.index + 2, m.index + 8);
      const suspended = /^\s+(?:and|or|to|in|as|&)\b/.test(after);
      const spaced = /^\s+\p{Lu}/u.test(after);
      out.push({ sourceId: e.sourceId, kind: 'hyphen-at-word-end', message: `"${e.text.slice(Math.max(0, m.index - 12), m.index + 8)}" in ${where}`, ...(suspended ? { reason: 'suspended compound as printed ("mid- and long-term")' } : spaced || /^\s+\S/.test(after) ? { reason: 'hyphen and space printed inside a line ("Counter- Foreign", "re- think"); line-end hyphens are always joined' } : {}) });
    }
    for (const f of FURNITURE) {
      if (e.text.includes(f)) out.push({ sourceId: e.sourceId, kind: 'furniture', message: `"${f}" in ${where}` });
    }
    if (/[\ue000-\uf8ff]/u.test(e.text)) out.push({ sourceId: e.sourceId, kind: 'private-use-glyph', message: where });
    if (/\*\*|(?:^|\s)\*\S/.test(e.text)) out.push({ sourceId: e.sourceId, kind: 'markdown', message: where });
    if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(e.text)) out.push({ sourceId: e.sourceId, kind: 'superscript-marker', message: where });
    if ((pagesOf.get(e.sourceId) ?? 0) > 0 && e.locator.page === undefined) {
      out.push({ sourceId: e.sourceId, kind: 'no-page', message: where });
    }
  }
  return out;
}
