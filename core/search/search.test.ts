import { describe, expect, it } from 'vitest';
import { Library } from '../library/types';
import { buildSearchIndex } from './buildSearchIndex';
import { FIXTURE_EXCERPTS as X, fixtureLibrary } from './__fixtures__/fixtureLibrary';
import { foldText, phraseForm } from './normalizeText';
import { search } from './search';
import type { FacetCount, SearchQuery } from './types';

const library = Library.parse(fixtureLibrary);
const index = buildSearchIndex(library);
const ids = (q: SearchQuery): string[] => search(index, { limit: 100, ...q }).hits.map((h) => h.id);
const count = (facet: FacetCount[], value: string): number | undefined => facet.find((f) => f.value === value)?.count;
const allItems = [...library.excerpts, ...library.recommendations];

describe('search: matching', () => {
  it('matches a prefix of the last word as the user types', () => {
    const hits = search(index, { text: 'partne', limit: 100 }).hits;
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.map((h) => h.id)).toContain(X.iaiAybet.id);
    expect(hits.some((h) => /partnership/iu.test(h.text))).toBe(true);
    // Once a space follows, the word is complete: only typo distance reaches "partner(s)".
    expect(search(index, { text: 'partne ' }).total).toBeLessThan(hits.length);
    expect(ids({ text: 'Wehr' }).sort()).toEqual([X.gmfWehrey1.id, X.gmfWehrey2.id].sort());
  });

  it('does not narrow on a stopword still being typed', () => {
    expect(ids({ text: 'militias the' })).toEqual(ids({ text: 'militias ' }));
    expect(ids({ text: 'militias the' }).length).toBeGreaterThan(0);
  });

  it('tolerates typos', () => {
    const typo = ids({ text: 'partnreship ' });
    expect(typo).toContain(X.iaiAybet.id);
    expect(typo).toContain(X.natoPartnerships.id);
    expect(ids({ text: 'Qadafi ' })).toContain(X.gmfWehrey1.id);
    // Short words get no typo allowance: "GMA" must not find "GNA".
    expect(search(index, { text: 'gma ' }).total).toBe(0);
  });

  it('matches a quoted phrase exactly, ignoring case and punctuation', () => {
    expect(ids({ text: '"projecting stability"' }).sort()).toEqual([X.cepa2.id, X.iaiAybet.id].sort());
    expect(ids({ text: '"Projecting, STABILITY"' }).sort()).toEqual([X.cepa2.id, X.iaiAybet.id].sort());
    expect(ids({ text: '"stability projecting"' })).toEqual([]);
  });

  it('rejects items that have the phrase words apart', () => {
    const phrase = 'regional partners';
    const apart = allItems.filter(
      (i) => /\bregional\b/iu.test(i.text) && /\bpartners\b/iu.test(i.text) && !phraseForm(i.text).includes(` ${phrase} `),
    );
    expect(apart.length).toBeGreaterThan(0); // otherwise this test proves nothing
    const hits = search(index, { text: `"${phrase}"`, limit: 100 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(phraseForm(h.text)).toContain(` ${phrase} `);
  });

  it('lets the last word of an unclosed phrase grow', () => {
    expect(ids({ text: '"projecting stab' }).sort()).toEqual([X.cepa2.id, X.iaiAybet.id].sort());
  });

  it('finds items by author, resolving chapter authors and corporate names', () => {
    expect(ids({ text: 'Wehrey' }).sort()).toEqual([X.gmfWehrey1.id, X.gmfWehrey2.id].sort());
    expect(ids({ text: 'Borsari' })).toEqual([X.cepa1.id, X.cepa2.id, X.cepa3.id]);
    const quercia = ids({ text: 'Quercia' });
    expect(quercia).toContain(X.pismSea.id);
    expect(quercia).not.toContain(X.cepa1.id);
    expect(ids({ text: 'independent expert group' })).toContain(X.natoNorthAfrica.id);
  });

  it('folds diacritics in queries and in the library', () => {
    expect(ids({ text: 'Gulnur' })).toEqual(ids({ text: 'Gülnur' }));
    expect(ids({ text: 'gulnur aybet' })).toContain(X.iaiAybet.id);
  });

  it('ranks a match in a heading or author above one in the body', () => {
    // "Wehrey" is only ever an author; "Libya" in Wehrey's section heading lifts his passage.
    const hits = ids({ text: 'libya militias' });
    expect(hits[0]).toBe(X.gmfWehrey2.id);
  });

  it('returns nothing for a word the library lacks', () => {
    expect(search(index, { text: 'zeppelin ' }).total).toBe(0);
  });
});

describe('search: hits', () => {
  it('carries the full text, section, formatted locator and a highlighted snippet', () => {
    const [hit] = search(index, { text: 'Wagner forces', limit: 1 }).hits;
    expect(hit?.id).toBe(X.natoNorthAfrica.id);
    expect(hit?.text).toBe(X.natoNorthAfrica.text);
    expect(hit?.section).toEqual(X.natoNorthAfrica.locator.section);
    expect(hit?.locator).toBe('11');
    const snippet = hit?.snippet;
    expect(snippet && snippet.text.length).toBeLessThanOrEqual(210);
    const marked = snippet?.highlights.map(([s, e]) => foldText(snippet.text.slice(s, e)));
    expect(marked).toEqual(expect.arrayContaining(['wagner', 'forces']));
  });

  it('prints section and paragraph where the source has no pages, and joins page ranges', () => {
    expect(search(index, { text: '"three core tasks"' }).hits[0]?.locator).toBe('para. 2');
    expect(search(index, { text: '"first point of departure"' }).hits[0]?.locator).toBe('4–5');
  });

  it('cuts a long text to a window around the best match, offsets into the snippet', () => {
    const [hit] = search(index, { text: '"absorption of the partners"', limit: 1 }).hits;
    const snippet = hit?.snippet;
    expect(snippet?.text.startsWith('…')).toBe(true);
    const [first] = snippet?.highlights ?? [];
    expect(first && snippet?.text.slice(first[0], first[1])).toBe('absorption of the partners');
  });

  it('breaks equal scores by reading order, so every front door agrees', () => {
    expect(ids({ text: 'Borsari' })).toEqual([X.cepa1.id, X.cepa2.id, X.cepa3.id]);
    expect(ids({ text: 'Borsari' })).toEqual(ids({ text: 'Borsari' }));
  });

  it('leaves nothing behind for the next query (its work arrays are reused)', () => {
    const queries: SearchQuery[] = [{ text: 'libya' }, { text: 'nato partne' }, { text: '"projecting stability"' }, { text: 'zeppelin ' }];
    const fresh = queries.map((q) => search(buildSearchIndex(library), q));
    const reused = queries.map((q) => search(index, q));
    expect(reused).toEqual(fresh);
    expect(queries.map((q) => search(index, q))).toEqual(fresh);
  });

  it('selects a page among many matches exactly as a full sort would', () => {
    // Ten copies make ties everywhere and enough matches for the selection path (k·8 < n).
    const copies = Array.from({ length: 10 }, (_, k) => k);
    const big: Library = {
      ...library,
      excerpts: copies.flatMap((k) => library.excerpts.map((e) => ({ ...e, id: `${e.id}~${k}`, order: e.order + k * 100 }))),
      recommendations: copies.flatMap((k) =>
        library.recommendations.map((r) => ({ ...r, id: `${r.id}~${k}`, excerptId: `${r.excerptId}~${k}` })),
      ),
    };
    const bigIndex = buildSearchIndex(big);
    const all = search(bigIndex, { text: 'nato', limit: 10_000 }).hits.map((h) => h.id);
    expect(all.length).toBeGreaterThan(100);
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      paged.push(...search(bigIndex, { text: 'nato', offset, limit: 7 }).hits.map((h) => h.id));
    }
    expect(paged).toEqual(all);
  });

  it('pages with offset and limit', () => {
    const all = ids({ text: 'nato' });
    expect(ids({ text: 'nato', offset: 2, limit: 3 })).toEqual(all.slice(2, 5));
    expect(search(index, { text: 'nato', offset: 2, limit: 3 }).total).toBe(all.length);
    // A page near the end (sorted whole rather than selected) agrees with the first pages.
    expect(ids({ text: 'nato', offset: all.length - 2, limit: 5 })).toEqual(all.slice(-2));
    expect(search(index, { text: 'nato', limit: 0 }).hits).toEqual([]);
  });
});

describe('search: facets', () => {
  it('lists everything in reading order for an empty query', () => {
    const listed = ids({ text: '  ' });
    expect(listed.length).toBe(allItems.length);
    // Sources in library order; a recommendation right after the excerpt it sits in.
    expect(listed.slice(0, 2)).toEqual([X.gmfIntro.id, X.gmfSamaan.id]);
    expect(listed.indexOf('nato-rec-1')).toBe(listed.indexOf(X.natoPartnerships.id) + 1);
  });

  it('filters an empty query and keeps reading order', () => {
    const recs = ids({ text: '', kind: 'recommendation', horizon: 'short term' });
    expect(recs).toEqual(['nato-rec-1', 'nato-rec-2', 'nato-rec-4', 'nato-rec-16', 'nato-rec-17']);
  });

  it('counts each facet with every other filter applied but its own', () => {
    const unfiltered = search(index, { text: 'libya' });
    const excerpts = count(unfiltered.facets.kind, 'excerpt') ?? 0;
    const recs = count(unfiltered.facets.kind, 'recommendation') ?? 0;
    expect(excerpts + recs).toBe(unfiltered.total);

    const onlyRecs = search(index, { text: 'libya', kind: 'recommendation' });
    expect(onlyRecs.total).toBe(recs);
    // The kind facet ignores the kind filter, so the user sees what switching would give...
    expect(count(onlyRecs.facets.kind, 'excerpt')).toBe(excerpts);
    // ...while the other facets count only recommendations.
    const sourceTotal = onlyRecs.facets.source.reduce((n, f) => n + f.count, 0);
    expect(sourceTotal).toBe(recs);
    expect(count(onlyRecs.facets.source, 'gmf-2017')).toBeUndefined();
  });

  it('filters by author by family or full name, any case and accent', () => {
    const byFamily = ids({ text: 'libya', author: 'wehrey' });
    expect(byFamily.sort()).toEqual([X.gmfWehrey1.id, X.gmfWehrey2.id].sort());
    expect(ids({ text: 'libya', author: 'Frederic Wehrey' }).sort()).toEqual(byFamily);
    expect(ids({ text: '', author: 'Gulnur Aybet' })).toContain(X.iaiAybet.id);
    const r = search(index, { text: 'libya', author: 'Wehrey' });
    // Other authors stay in the author facet with their own counts.
    expect(count(r.facets.author, 'Paolo Quercia')).toBe(count(search(index, { text: 'libya' }).facets.author, 'Paolo Quercia'));
    expect(count(r.facets.source, 'gmf-2017')).toBe(2);
  });

  it('combines filters and shows a selected value even when nothing matches it', () => {
    const r = search(index, { text: 'libya', sourceId: 'cepa-borsari', kind: 'recommendation' });
    expect(r.total).toBe(0);
    expect(count(r.facets.source, 'cepa-borsari')).toBe(0);
    expect(count(r.facets.kind, 'recommendation')).toBe(0);
  });

  it('offers region and horizon facets from recommendations', () => {
    const r = search(index, { text: '', kind: 'recommendation' });
    expect(r.facets.horizon).toEqual([
      { value: 'short term', label: 'short term', count: 5 },
      { value: 'medium term', label: 'medium term', count: 1 },
      { value: 'long term', label: 'long term', count: 1 },
    ]);
    expect(ids({ text: '', region: 'North Africa' })).toEqual(['nato-rec-16', 'nato-rec-17']);
    expect(count(search(index, { text: '', region: 'North Africa' }).facets.region, 'Libya')).toBe(1);
  });

  it('treats an unknown filter value as matching nothing', () => {
    expect(search(index, { text: 'nato', sourceId: 'no-such-source' }).total).toBe(0);
    expect(search(index, { text: 'nato', author: 'Nobody' }).total).toBe(0);
  });
});
