import type { Library } from '../library/types';
import { formatLibraryLocator } from '../library/libraryLocator';
import { buildPostings, type Postings } from './buildPostings';
import { foldText } from './normalizeText';
import { resolveAuthors } from './resolveAuthors';
import { isUserSourceId } from '../library/userSourceFile';
import type { FacetName, IndexedItem } from './types';

/** The fields indexed, and how much a match in each counts. */
export const FIELD_BOOST = { text: 1, heading: 3, section: 2, authors: 3, title: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];

export interface FacetDictionary {
  values: { value: string; label: string }[];
  ids: Map<string, number>;
}

/** Each document's facet value ids, -1 where it has none; authors as ranges into `authorIds`. */
export interface DocFacets {
  source: Int32Array;
  kind: Int32Array;
  region: Int32Array;
  horizon: Int32Array;
  origin: Int32Array;
  authorStart: Int32Array;
  authorIds: Int32Array;
}

export interface SearchIndex {
  /** By document id (excerpts, then recommendations, as in the library). */
  readonly items: readonly IndexedItem[];
  /** Position of each document in reading order (source order, then `order`). */
  readonly rank: Int32Array;
  /** Document ids in reading order. */
  readonly byRank: Int32Array;
  readonly postings: Postings;
  readonly facets: Readonly<Record<FacetName, FacetDictionary>>;
  readonly docFacets: DocFacets;
  /** Per author facet id: the folded names a filter may use (display name, family name). */
  readonly authorKeys: readonly string[][];
  /** By document id: the item's place exactly as its note prints it ("12–13", "under “Summary,” para. 3"). */
  readonly locators: readonly string[];
}

function dictionary(): FacetDictionary {
  return { values: [], ids: new Map() };
}

function intern(dict: FacetDictionary, value: string | undefined, label?: string): number {
  if (value === undefined || value === '') return -1;
  const known = dict.ids.get(value);
  if (known !== undefined) return known;
  const id = dict.values.length;
  dict.values.push({ value, label: label ?? value });
  dict.ids.set(value, id);
  return id;
}

const KIND_LABEL = { excerpt: 'Excerpt', recommendation: 'Recommendation' } as const;
const ORIGIN_LABEL = { mine: 'My sources', bundled: 'Bundled' } as const;

function readingOrder(library: Library, items: readonly IndexedItem[]): Int32Array {
  const sourceIndex = new Map(library.sources.map((s, i) => [s.id, i]));
  const excerptOrder = new Map(library.excerpts.map((e) => [e.id, e.order]));
  const LAST = Number.MAX_SAFE_INTEGER;
  const keys = items.map((item): [number, number, number] => [
    sourceIndex.get(item.sourceId) ?? LAST,
    item.kind === 'excerpt' ? item.order : (excerptOrder.get(item.excerptId) ?? LAST),
    // A recommendation follows the excerpt it sits in.
    item.kind === 'excerpt' ? 0 : 1,
  ]);
  const ids = Array.from(items, (_, i) => i).sort((a, b) => {
    const ka = keys[a] as [number, number, number];
    const kb = keys[b] as [number, number, number];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || a - b;
  });
  return Int32Array.from(ids);
}

/** Build once when the library loads; `search` only reads it. */
/** The documents of the index, by document id: excerpts, then recommendations, as in the library. */
export function indexedItems(library: Library): IndexedItem[] {
  return [...library.excerpts, ...library.recommendations];
}

export function buildSearchIndex(library: Library): SearchIndex {
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  const parts = new Map(library.parts.map((p) => [p.id, p]));
  const authorsByPart = resolveAuthors(library);
  const items = indexedItems(library);
  const N = items.length;

  const facets: Record<FacetName, FacetDictionary> = {
    source: dictionary(), author: dictionary(), kind: dictionary(), region: dictionary(), horizon: dictionary(), origin: dictionary(),
  };
  // Values are interned in reading order, so equal counts list them as the library does.
  for (const s of library.sources) intern(facets.source, s.id, s.csl['title-short'] ?? s.title);
  intern(facets.kind, 'excerpt', KIND_LABEL.excerpt);
  intern(facets.kind, 'recommendation', KIND_LABEL.recommendation);
  intern(facets.origin, 'mine', ORIGIN_LABEL.mine);
  intern(facets.origin, 'bundled', ORIGIN_LABEL.bundled);
  const byRank = readingOrder(library, items);
  const rank = new Int32Array(N);
  byRank.forEach((doc, r) => (rank[doc] = r));

  const docFacets: DocFacets = {
    source: new Int32Array(N), kind: new Int32Array(N), region: new Int32Array(N), horizon: new Int32Array(N), origin: new Int32Array(N),
    authorStart: new Int32Array(N + 1), authorIds: new Int32Array(0),
  };
  const authorIds: number[][] = new Array<number[]>(N);
  const authorKeys: string[][] = [];
  const fields = new Array<string[]>(N);
  const locators = new Array<string>(N);
  for (const doc of byRank) {
    const item = items[doc] as IndexedItem;
    const part = parts.get(item.partId);
    const source = sources.get(item.sourceId);
    const names = authorsByPart.get(item.partId) ?? authorsByPart.get(item.sourceId) ?? [];
    authorIds[doc] = [...new Set(names.map((n) => {
      const id = intern(facets.author, n.display);
      authorKeys[id] ??= [...new Set([foldText(n.display), foldText(n.family)])];
      return id;
    }))];
    docFacets.source[doc] = intern(facets.source, item.sourceId);
    docFacets.kind[doc] = intern(facets.kind, item.kind);
    docFacets.origin[doc] = intern(facets.origin, isUserSourceId(item.sourceId) ? 'mine' : 'bundled');
    docFacets.region[doc] = item.kind === 'recommendation' ? intern(facets.region, item.region) : -1;
    docFacets.horizon[doc] = item.kind === 'recommendation' ? intern(facets.horizon, item.horizon) : -1;
    const places = item.kind === 'excerpt' ? [item.locator] : item.locators;
    locators[doc] = formatLibraryLocator(item, part?.csl.title ?? source?.csl.title);
    const byField: Record<Field, string> = {
      text: item.text,
      heading:
        item.kind === 'recommendation'
          ? [item.heading, item.region, item.theme, item.addressee].filter((s) => s !== undefined).join(' · ')
          : '',
      section: [...new Set(places.map((l) => l.section.join(' › ')))].join(' · '),
      authors: names.map((n) => n.display).join(' · '),
      title: [...new Set([part?.title, source?.title].filter((s) => s !== undefined))].join(' · '),
    };
    fields[doc] = FIELDS.map((f) => byField[f]);
  }
  let at = 0;
  const flat: number[] = [];
  for (let doc = 0; doc < N; doc++) {
    docFacets.authorStart[doc] = at;
    for (const id of authorIds[doc] ?? []) flat.push(id);
    at = flat.length;
  }
  docFacets.authorStart[N] = at;
  docFacets.authorIds = Int32Array.from(flat);

  const postings = buildPostings(fields, FIELDS.map((f) => FIELD_BOOST[f]));
  return { items, rank, byRank, postings, facets, docFacets, authorKeys, locators };
}
