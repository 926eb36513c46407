import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library, type LibraryItem } from '../library/types';
import { buildSearchIndex } from './buildSearchIndex';
import { FIXTURE_EXCERPTS as X, fixtureLibrary } from './__fixtures__/fixtureLibrary';
import { phraseForm } from './normalizeText';
import { resolveAuthors } from './resolveAuthors';
import { search } from './search';
import type { SearchQuery } from './types';

/**
 * Relevance: for each query a user would type, the passage they want must be in the top three.
 * Run on the fixture (always) and on the built library (when it exists and validates).
 */

const TOP = 3;

describe('relevance on the fixture library', () => {
  const index = buildSearchIndex(Library.parse(fixtureLibrary));
  const cases: [string, string[]][] = [
    ['projecting stability', [X.cepa2.id, X.iaiAybet.id]],
    ['Wehrey', [X.gmfWehrey1.id, X.gmfWehrey2.id]],
    ['Borsari climate change', [X.cepa1.id]],
    ['Quercia training mission', [X.pismSummary2.id, 'pism-rec-training']],
    ['militias Libya', [X.gmfWehrey2.id]],
    ['Warsaw Summit Crimea', [X.gmfSamaan.id]],
    ['Wagner Sahel', [X.natoNorthAfrica.id]],
    ['people-smuggling border control', [X.pismSummary.id]],
    ['Mediterranean Dialogue Istanbul Cooperation Initiative flexible formats', [X.natoPartnerships.id]],
    ['Secretary General visit partner countries', ['nato-rec-2']],
    ['Soviet Union aggression', [X.iaiIntro.id]],
    ['"herald a new form of humanitarian intervention"', [X.gmfWehrey1.id]],
    ['Aybet post-Communist', [X.iaiAybet.id]],
    ['migrants Italy departure', [X.pismSea.id]],
    ['Union for the Mediterranean synergies', ['nato-rec-14']],
    ['Qadafi revolution', [X.gmfWehrey1.id]],
    ['Samaan partnrships', [X.gmfSamaanBrief.id]],
  ];
  it.each(cases)('%s', (text, wanted) => {
    const top = search(index, { text, limit: TOP }).hits.map((h) => h.id);
    expect(top.filter((id) => wanted.includes(id)), `top ${TOP}: ${top.join(', ')}`).not.toEqual([]);
  });
});

// BRIEFPACK_LIBRARY_JSON points the check at another build (a preview, say).
const LIBRARY_PATH =
  process.env.BRIEFPACK_LIBRARY_JSON ?? fileURLToPath(new URL('../../assets/library/library.json', import.meta.url));

function loadBuiltLibrary(): { library: Library | null; reason: string } {
  if (!existsSync(LIBRARY_PATH)) return { library: null, reason: 'assets/library/library.json not built yet' };
  try {
    const parsed = Library.safeParse(JSON.parse(readFileSync(LIBRARY_PATH, 'utf8')));
    if (parsed.success) return { library: parsed.data, reason: '' };
    const issue = parsed.error.issues[0];
    return { library: null, reason: `library.json does not validate: ${issue?.path.join('.')} ${issue?.message}` };
  } catch (e) {
    return { library: null, reason: `library.json unreadable: ${(e as Error).message}` };
  }
}

/** A wanted passage, named by what it says and who wrote it, since built IDs are not ours to know. */
interface Wanted {
  /** Words the passage contains (compared case- and punctuation-free). */
  fragment?: string;
  /** Family name of its author. */
  author?: string;
}

const built = loadBuiltLibrary();

describe(`relevance on the built library${built.library ? '' : ` (skipped: ${built.reason})`}`, () => {
  const library = built.library;
  const index = library ? buildSearchIndex(library) : null;
  const authors = library ? resolveAuthors(library) : new Map<string, { family: string }[]>();
  const items = new Map<string, LibraryItem>(
    library ? [...library.excerpts, ...library.recommendations].map((i) => [i.id, i]) : [],
  );
  const fits = (id: string, w: Wanted): boolean => {
    const item = items.get(id);
    if (!item) return false;
    const byAuthor = w.author === undefined || (authors.get(item.partId) ?? []).some((a) => a.family === w.author);
    const byText = w.fragment === undefined || phraseForm(item.text).includes(phraseForm(w.fragment));
    return byAuthor && byText;
  };
  const cases: [string, Omit<SearchQuery, 'text'>, Wanted][] = [
    ['Wehrey', {}, { author: 'Wehrey' }],
    ['Borsari', {}, { author: 'Borsari' }],
    ['Quercia', {}, { author: 'Quercia' }],
    ['Samaan Warsaw Summit', {}, { author: 'Samaan', fragment: 'latest Summit in Warsaw' }],
    ['"projecting stability"', {}, { fragment: 'projecting stability' }],
    ['Wagner forces Libya', {}, { fragment: 'deployment of Wagner forces' }],
    ['seven-month NATO campaign humanitarian intervention', {}, { fragment: 'seven-month NATO campaign' }],
    ['Gulf Cooperation Council Bahrain Kuwait Qatar', {}, { fragment: 'Bahrain, Kuwait, Qatar' }],
    ['Libya migrants departure Italy', {}, { fragment: 'first point of departure' }],
    ['Special Envoy for the Southern Neighbourhoods', {}, { fragment: 'Special Envoy for the Southern Neighbourhoods' }],
    ['Soviet Union aggression', {}, { fragment: 'revolving around the Soviet Union' }],
    ['annexation of Crimea', {}, { fragment: 'annexation of Crimea' }],
    ['NATO Mission Iraq training', {}, { fragment: 'NATO Mission Iraq' }],
    ['Aybet post-Communist', {}, { author: 'Aybet', fragment: 'post-Communist space' }],
    ['visit southern partner countries', { kind: 'recommendation' }, { fragment: 'visit southern partner countries' }],
    ['Meditteranean Dialogue', {}, { fragment: 'Mediterranean Dialogue' }],
    ['Qadafi militias', {}, { author: 'Wehrey', fragment: 'Qadhafi had long marginalized' }],
    ['counterterr', {}, { fragment: 'counterterrorism' }],
    ['smart defence pooling sharing', {}, { fragment: 'pooling and sharing' }],
    ['Libya weapons embargo', {}, { fragment: 'arms embargo' }],
  ];
  it.skipIf(!index).each(cases)('%s', (text, filters, wanted) => {
    if (!index) return;
    const present = [...items.keys()].some((id) => fits(id, wanted));
    expect(present, `the built library has no passage matching ${JSON.stringify(wanted)}`).toBe(true);
    const top = search(index, { text, ...filters, limit: TOP }).hits.map((h) => h.id);
    expect(top.some((id) => fits(id, wanted)), `top ${TOP}: ${top.join(', ')}`).toBe(true);
  });
});
