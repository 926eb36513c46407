import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from './buildLibrary';
import { LibraryMetadata } from './metadata';
import { PROFILES } from './profiles/registry';
import { FURNITURE, sweepLibrary } from './sweepLibrary';
import { toSourceLines } from './toSourceLines';

const dir = new URL('../../assets/sources/', import.meta.url);
const metadata = LibraryMetadata.parse(JSON.parse(readFileSync(new URL('metadata.json', dir), 'utf8')));
const inputs = metadata.sources.map((s) => ({ file: s.file, text: readFileSync(new URL(s.file, dir), 'utf8') }));
const { library, report } = buildLibrary(inputs, metadata);
const texts = [...library.excerpts.map((e) => e.text), ...library.recommendations.map((r) => r.text)];

describe('whole-library sweeps', () => {
  it('leaves no digit glued to a word, except where explained', () => {
    const glued = report.anomalies.filter((a) => a.kind === 'digit-glued');
    expect(glued.filter((a) => !a.reason)).toEqual([]);
    // Every /[a-z]\d+\b/ match is either in a URL or reported with a reason.
    const urlFree = library.excerpts.flatMap((e) => e.text.split(/\s+/).filter((w) => /[a-z]\d+\b/.test(w) && !/https?:|www\.|\.[a-z]{2,4}\//.test(w)));
    expect(urlFree.length).toBe(glued.length);
  });

  it('gives no recommendation a heading that repeats its text (it would print twice)', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    expect(library.recommendations.filter((r) => norm(r.heading) === norm(r.text)).map((r) => r.id)).toEqual([]);
  });

  it('leaves no word ending in a line-end hyphen, except where explained', () => {
    expect(report.anomalies.filter((a) => a.kind === 'hyphen-at-word-end' && !a.reason)).toEqual([]);
    expect(texts.filter((t) => /\p{L}-$/u.test(t))).toEqual([]);
  });

  it('has no furniture, private-use glyphs, superscript markers or markdown anywhere', () => {
    for (const t of texts) {
      for (const f of FURNITURE) expect(t.includes(f), `${f} in ${t.slice(0, 80)}`).toBe(false);
      expect(/[\ue000-\uf8ff⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(t)).toBe(false);
      expect(/\*\S[^*]*\*/.test(t)).toBe(false);
    }
    const all = texts.join('\n');
    for (const f of ['January 2017', 'Sign up to receive', 'About the Authors', 'PISM POLSKI', 'International Visegrad Fund', 'Dynamic Change']) {
      expect(all.includes(f), f).toBe(false);
    }
  });

  it('gives every excerpt of a paginated source a page', () => {
    const paged = new Set(library.sources.filter((s) => s.pages > 0).map((s) => s.id));
    expect(library.excerpts.filter((e) => paged.has(e.sourceId) && !e.locator.page)).toEqual([]);
    expect(library.excerpts.filter((e) => !paged.has(e.sourceId) && e.locator.page)).toEqual([]);
  });

  it('has pages that only move forward in reading order', () => {
    for (const s of library.sources) {
      let last = 0;
      for (const e of library.excerpts.filter((x) => x.sourceId === s.id && x.locator.page)) {
        const first = Number(e.locator.page?.split('-')[0]);
        expect(first, `${e.id} ${e.text.slice(0, 50)}`).toBeGreaterThanOrEqual(last);
        last = Number(e.locator.page?.split('-').pop());
      }
    }
  });

  it('numbers paragraphs 1..n within each section', () => {
    const seen = new Map<string, number>();
    for (const e of library.excerpts) {
      const key = `${e.sourceId}|${e.partId}|${e.locator.section.join('>')}`;
      const expected = (seen.get(key) ?? 0) + 1;
      expect(e.locator.paragraph).toBe(expected);
      seen.set(key, expected);
    }
  });

  it('counts numbered recommendations as the documents print them', () => {
    const count = (id: string) => library.recommendations.filter((r) => r.sourceId === id && r.number).length;
    expect(count('nato-south-2024')).toBe(115); // 1-114, with 44 printed twice
    expect(count('iai-dynamic-change')).toBe(11); // Aybet's "Policy Recommendations" 1-10, Reynolds' "1."
    expect(count('gmf-2017')).toBe(2); // Samaan, two pillars
    expect(count('pism-2016') + count('cepa-borsari')).toBe(0);
  });

  it('links every recommendation to an excerpt of its own source that prints it (or its heading)', () => {
    const byId = new Map(library.excerpts.map((e) => [e.id, e]));
    for (const r of library.recommendations) {
      const e = byId.get(r.excerptId);
      expect(e?.sourceId).toBe(r.sourceId);
      const start = r.text.split('\n')[0]?.slice(0, 40) ?? '';
      expect(`${e?.locator.section.join('\n')}\n${e?.text}`).toContain(start);
      expect(r.locators[0]).toEqual(e?.locator);
    }
  });

  it('quotes the source verbatim: each excerpt is source text in a few runs (page breaks, notes, moved columns)', () => {
    // Compare without white space, hyphens, digits and list glyphs: what cleaning may change.
    const squash = (t: string) => t.replace(/[\s\-\d⁰¹²³⁴⁵⁶⁷⁸⁹*\uf0b7•]/gu, '');
    const sources = new Map(library.sources.map((s) => [s.id, squash(readFileSync(new URL(s.file, dir), 'utf8'))]));
    const runsOf = (text: string, source: string, minRun: number): number => {
      let rest = text;
      let runs = 0;
      while (rest.length > 0) {
        let lo = 0;
        let hi = rest.length;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (source.includes(rest.slice(0, mid))) lo = mid;
          else hi = mid - 1;
        }
        if (lo < minRun) return Infinity; // text that is not in the source at all
        rest = rest.slice(lo);
        runs++;
      }
      return runs;
    };
    const worst = library.excerpts
      // 000's pull quotes were interleaved with narrow body lines of a few words: many short runs.
      .map((e) => ({ e, gmf: e.sourceId === 'gmf-2017' }))
      .map(({ e, gmf }) => ({ id: e.id, runs: runsOf(squash(e.text), sources.get(e.sourceId) ?? '', gmf ? 3 : 8), limit: gmf ? 24 : 4 }))
      .filter((r) => r.runs > r.limit);
    expect(worst).toEqual([]);
  });

  it('puts every note on a page of the excerpt that marks it (pages and markers agree)', () => {
    const mismatches: string[] = [];
    for (const p of PROFILES) {
      const prepared = p.prepare(toSourceLines(readFileSync(new URL(p.file, dir), 'utf8')));
      const pageOf = new Map(prepared.notes.map((n) => [`${n.partKey}|${n.marker}`, n.page]));
      for (const e of library.excerpts.filter((x) => x.sourceId === p.sourceId && x.locator.page)) {
        const [lo, hi] = (e.locator.page ?? '').split('-').map(Number);
        for (const note of e.notes) {
          const page = pageOf.get(`${p.noteNumbering === 'part' ? e.partId : p.sourceId}|${note.marker}`);
          if (page === undefined || page < (lo ?? 0) || page > (hi ?? lo ?? 0)) mismatches.push(`${e.id} note ${note.marker} p.${page}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('finds what the sweep is for on a doctored library', () => {
    const doctored = structuredClone(library);
    const e = doctored.excerpts[0];
    if (!e) throw new Error('empty library');
    e.text = 'See G|M|F and the Summit in Wales1 and the long- ';
    const kinds = sweepLibrary(doctored).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['digit-glued', 'furniture', 'hyphen-at-word-end']));
  });
});
