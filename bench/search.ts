import type { Library } from '../core/library/types';
import { buildSearchIndex, type SearchIndex } from '../core/search/buildSearchIndex';
import { search } from '../core/search/search';
import type { SearchQuery } from '../core/search/types';
import { seededRandom } from '../tests/support/seededRandom';

/**
 * Single-query latency of library search, on the bundled library and on a synthetic one 100
 * times its size (copies with suffixed IDs and words shuffled by a seeded PRNG, so the
 * vocabulary and text lengths stay realistic). Targets: p95 < 5 ms bundled, < 50 ms synthetic.
 */

export interface LatencyStats {
  p50: number;
  p95: number;
  n: number;
}

export interface SearchBench {
  bundled: LatencyStats;
  synthetic: LatencyStats & { items: number };
  buildMs: { bundled: number; synthetic: number };
}

const SCALE = 100;

function shuffleWords(text: string, random: () => number): string {
  const words = text.split(/\s+/u);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return words.join(' ');
}

/** The library plus SCALE - 1 shuffled copies; the same input always gives the same output. */
export function syntheticLibrary(library: Library, scale = SCALE): Library {
  const random = seededRandom(20240601);
  const span = Math.max(0, ...library.excerpts.map((e) => e.order)) + 1;
  const excerpts = [...library.excerpts];
  const recommendations = [...library.recommendations];
  for (let k = 1; k < scale; k++) {
    for (const e of library.excerpts) {
      excerpts.push({ ...e, id: `${e.id}~${k}`, order: e.order + k * span, text: shuffleWords(e.text, random) });
    }
    for (const r of library.recommendations) {
      recommendations.push({ ...r, id: `${r.id}~${k}`, excerptId: `${r.excerptId}~${k}`, text: shuffleWords(r.text, random) });
    }
  }
  return { ...library, excerpts, recommendations };
}

/** What users type: topics, names, half-typed words, typos, phrases, and filtered browsing. */
export function benchQueries(index: SearchIndex): SearchQuery[] {
  const sources = index.facets.source.values.map((v) => v.value);
  const authors = index.facets.author.values.map((v) => v.value);
  const regions = index.facets.region.values.map((v) => v.value);
  const horizons = index.facets.horizon.values.map((v) => v.value);
  const pick = (list: string[], i: number): string | undefined => list[i % Math.max(1, list.length)];
  const texts = [
    'libya', 'nato partnerships', 'mediterranean dialogue', 'istanbul cooperation initiative', 'projecting stability',
    'security sector reform', 'migration crisis europe', 'counterterrorism cooperation gulf', 'russia wagner sahel',
    'defence capacity building', 'crisis management', 'arab spring', 'training mission iraq', 'climate change security',
    'Wehrey', 'Borsari', 'Quercia', 'Samaan', 'Steiner', 'Aybet',
    'partne', 'Mediterr', 'neighbourh', 'counterterr', 'stabil', 'li', 'nato par', 'southern neighb',
    'partnreship', 'Meditteranean', 'secuirty', 'Qadafi', 'Libia', 'neighborhoods',
    '"projecting stability"', '"Mediterranean Dialogue"', '"southern neighbourhoods"', '"security sector reform"',
    '"the alliance"', 'nato "crisis management"',
  ];
  const queries: SearchQuery[] = texts.map((text) => ({ text, limit: 20 }));
  queries.push(
    { text: '', kind: 'recommendation', limit: 20 },
    { text: '', sourceId: pick(sources, 4), limit: 20 },
    { text: 'nato', kind: 'recommendation', limit: 20 },
    { text: 'partnership', sourceId: pick(sources, 3), limit: 20 },
    { text: 'libya', author: pick(authors, 2), limit: 20 },
    { text: '', kind: 'recommendation', horizon: pick(horizons, 0), limit: 20 },
    { text: 'cooperation', region: pick(regions, 0), limit: 20 },
    { text: 'security', kind: 'excerpt', sourceId: pick(sources, 0), limit: 20 },
    { text: 'dialogue', offset: 20, limit: 20 },
    { text: 'nato', limit: 20 },
  );
  return queries;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] as number;
}

function measure(index: SearchIndex, rounds: number): LatencyStats {
  const queries = benchQueries(index);
  // Steady state, as in the app after a few keystrokes: let the JIT optimise the hot loops first.
  for (let w = 0; w < 3; w++) for (const q of queries) search(index, q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      search(index, q);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), n: samples.length };
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, Math.round(performance.now() - t0)];
}

export async function benchSearch(library: Library): Promise<SearchBench> {
  const [bundledIndex, bundledMs] = timed(() => buildSearchIndex(library));
  const bundled = measure(bundledIndex, 20);
  const big = syntheticLibrary(library);
  const [syntheticIndex, syntheticMs] = timed(() => buildSearchIndex(big));
  const synthetic = measure(syntheticIndex, 3);
  return {
    bundled,
    synthetic: { ...synthetic, items: big.excerpts.length + big.recommendations.length },
    buildMs: { bundled: bundledMs, synthetic: syntheticMs },
  };
}
