import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from './buildLibrary';
import { LibraryMetadata } from './metadata';
import type { Excerpt, Recommendation } from '../library/types';

const dir = new URL('../../assets/sources/', import.meta.url);
const metadata = LibraryMetadata.parse(JSON.parse(readFileSync(new URL('metadata.json', dir), 'utf8')));
const inputs = metadata.sources.map((s) => ({ file: s.file, text: readFileSync(new URL(s.file, dir), 'utf8') }));
const { library } = buildLibrary(inputs, metadata);

/** The one excerpt of `sourceId` containing `fragment` (fails if none or several). */
function excerpt(sourceId: string, fragment: string): Excerpt {
  const found = library.excerpts.filter((e) => e.sourceId === sourceId && e.text.includes(fragment));
  expect(found.map((e) => e.text.slice(0, 60)), fragment).toHaveLength(1);
  return found[0] as Excerpt;
}
function rec(sourceId: string, number: string): Recommendation[] {
  return library.recommendations.filter((r) => r.sourceId === sourceId && r.number === number);
}

const SAMAAN = 'NATO’s Middle East Partnership Policy after the Warsaw Summit: Time for a Realistic Agenda?';
const WEHREY = 'Transatlantic Security Assistance in Fractured States: The Troubling Case of Libya';
const PISM = 'NATO in Libya: A Long-Term Plan for Stability';
const AYBET = 'The Four Stages of NATO’s Partnership Frameworks: Rethinking Regional Partnerships with the Middle East and North Africa';
const REPORT = '[Final report of the independent expert group on NATO’s southern neighbourhoods]';

describe('000 gmf-2017 (two-column brief)', () => {
  it('removes a glued footnote marker and carries the note ("Wales.1")', () => {
    const e = excerpt('gmf-2017', 'Despite the European media frenzy');
    expect(e.text.endsWith('a “reviewing summit” following up on major initiatives launched at the previous Summit in Wales.')).toBe(true);
    expect(e.notes).toEqual([
      { marker: '1', text: 'Julian Lindley-French, “The Warsaw Summit and the NATO Christmas Tree,” Carnegie Europe, 11 July 2016. Available at: http://carnegieeurope.eu/strategiceurope/?fa=64052' },
    ]);
    expect(e.partId).toBe('gmf-2017-samaan');
    expect(e.locator).toEqual({ page: '3', section: [SAMAAN], paragraph: 2 });
  });

  it('removes a pull quote interleaved with the body column', () => {
    const e = excerpt('gmf-2017', 'Indeed, the artificial distinction between the South');
    expect(e.text).toBe(
      'Indeed, the artificial distinction between the South and the East has only lead to further regional fragmentation within the transatlantic partnership since 2014. The challenges stemming from crises in the Southern neighborhood are a reminder of the security ecosystem in which transatlantic powers operate. Rather than opposing the two “flanks,” the transatlantic narrative should highlight the constant linkage between the different threats. It is in the interest of all transatlantic partners to reinforce the security of their neighbors, and not only focus on the security of the transatlantic territory. Although NATO no longer aims at a “360 vision,” all 28 allies are necessary to face both Eastern and Southern issues. It also requires a more proactive understanding of the neighbors’ needs and factors of instability. For instance, the migration crisis affecting Iraq, Jordan, and Lebanon cannot be overlooked, as it already weakens these societies and could eventually create a new political turmoil with security implications for Europe.',
    );
    expect(e.locator).toEqual({ page: '1', section: ['Introduction'], paragraph: 5 });
    expect(library.excerpts.some((x) => x.text.includes('The next NATO Summit in 2017 should provide'))).toBe(false);
  });

  it('repairs reading order: a paragraph split around another column, under its own heading', () => {
    const e = excerpt('gmf-2017', 'NATO’s core strength remains its ability');
    expect(e.text).toContain('a rare currency in the diplomatic world. For instance, on December 3rd, 2014, NATO hosted the first meeting between the foreign ministers from the countries forming the U.S.-led coalition against ISIS.');
    expect(e.text).toContain('NATO “only provided the building” according to participants. The argument was a simple one');
    expect(e.locator).toEqual({ page: '5', section: [SAMAAN, 'Defining a Realistic Agenda for Partnership', 'NATO as a collective security forum'], paragraph: 1 });
    expect(e.notes.map((n) => n.marker)).toEqual(['4']);
  });

  it('splits a line the extractor merged from a box and a column', () => {
    const brief = excerpt('gmf-2017', 'In Brief: However successful');
    expect(brief.locator).toEqual({ page: '14', section: [WEHREY], paragraph: 1 });
    const body = excerpt('gmf-2017', 'which outside observers deemed transparent');
    expect(body.text.endsWith('on July 7, 2012, which outside observers deemed transparent, fair and, with scattered exceptions, free from violence.')).toBe(true);
  });

  it('restores a hyphen the extractor lost when it merged two lines, only with corpus evidence', () => {
    expect(excerpt('gmf-2017', 'the expansion of the self-proclaimed Islamic State have provided').partId).toBe('gmf-2017-steiner');
    expect(excerpt('gmf-2017', 'Second, NATO decision-makers should reflect').locator.page).toBe('7');
  });

  it('finds the numbered recommendations, across the page break', () => {
    const [one] = rec('gmf-2017', '1');
    const [two] = rec('gmf-2017', '2');
    expect(one?.text).toBe('The conduct of a NATO Middle East strategic dialogue. This would help revise and reinforce the political agenda of the partnerships and build channels to address disagreements among allies and partners;');
    expect(one?.locators[0]).toEqual({ page: '6', section: [SAMAAN, 'Conclusion'], paragraph: 3 });
    expect(two?.locators[0]?.page).toBe('7');
    expect(two?.text.endsWith('it is in this specific niche that the Atlantic Alliance can make a difference')).toBe(true);
  });
});

describe('001 pism-2016 (policy paper, no printed pages)', () => {
  it('joins a summary bullet split by a footnote block', () => {
    const e = excerpt('pism-2016', 'As the key global security alliance');
    expect(e.text).toContain('NATO could ensure that states bordering Libya refrain from any form of military interference in Libyan affairs and respect its territorial integrity.');
    expect(e.locator).toEqual({ section: [PISM, 'SUMMARY'], paragraph: 4 });
  });

  it('keeps a hyphenated compound broken across a page ("long-" + "term")', () => {
    const e = excerpt('pism-2016', 'the development of mid- and long-term strategies for the development of force capabilities');
    expect(e.locator.section).toEqual([PISM, 'NATO should engage in long-term Security Sector Reform in smart cooperation with the EU']);
    expect(e.locator.page).toBeUndefined();
  });

  it('removes superscript markers and markdown emphasis', () => {
    const e = excerpt('pism-2016', 'Derna in the east.');
    expect(e.notes).toEqual([
      { marker: '2', text: 'For an update about the situation in Libya, see: "Report of the Secretary-General on the United Nations Support Mission in Libya," United Nations Security Council, 16 May 2016.' },
    ]);
    expect(excerpt('pism-2016', 'General National Congress (Al Mutamar Al Watani Al Aam, or the GNC)').text).not.toContain('*');
  });

  it('takes the recommending section titles as blocks, with their horizon', () => {
    const titled = library.recommendations.filter((r) => r.sourceId === 'pism-2016' && r.heading !== 'Summary');
    expect(titled.map((r) => [r.text.slice(0, 40), r.horizon])).toEqual([
      ['In the short term, NATO may train Libyan', 'short term'],
      ['NATO should engage in long-term Security', 'long term'],
      ['NATO should assist the GNA\'s anti-IS cam', undefined],
      ['NATO\'s best bet for successful direct in', undefined],
      ['Protection of the Mediterranean Sea shou', 'long term'],
    ]);
  });

  it('makes each summary bullet one recommendation block', () => {
    const recs = library.recommendations.filter((r) => r.sourceId === 'pism-2016' && r.heading === 'Summary');
    expect(recs).toHaveLength(8);
    expect(recs[7]?.text).toBe("Diplomatically, NATO member states should consider re-establishing diplomatic missions in support of the GNA, once Libya's House of Representatives fully endorses its composition.");
  });
});

describe('002 cepa-borsari (web article)', () => {
  it('drops sign-up furniture, bio and masthead, keeping the paragraph after them', () => {
    const e = excerpt('cepa-borsari', 'So, does this mean NATO’s efforts have been useless? Certainly not.');
    expect(e.locator).toEqual({ section: ['[NATO cooperative security in the Middle East, North Africa and Sahel]'], paragraph: 8 });
    const all = library.excerpts.filter((x) => x.sourceId === 'cepa-borsari').map((x) => x.text).join('\n');
    for (const f of ['Get the Latest', 'Sign up to receive', 'Leonardo Fellow', 'online journal', 'Read More']) expect(all).not.toContain(f);
  });

  it('turns the bullet list of measures into five recommendations', () => {
    const recs = library.recommendations.filter((r) => r.sourceId === 'cepa-borsari');
    expect(recs.map((r) => r.text.split(' ')[0])).toEqual(['Show', 'Prioritize', 'Ensure', 'Create', 'Consider']);
    expect(recs[4]?.addressee).toBe('NATO');
  });
});

describe('003 iai-dynamic-change (book)', () => {
  it('joins a paragraph split by a page break and a running head', () => {
    const e = excerpt('iai-dynamic-change', 'Yet, as Alcaro argues, for all its difficulties');
    expect(e.text).toContain('because of what they get in return, notably the US’ lingering commitment to the defense of Europe.');
    expect(e.locator).toEqual({ page: '12-13', section: ['Introduction'], paragraph: 16 });
  });

  it('removes line-break hyphens and keeps compounds', () => {
    const first = excerpt('iai-dynamic-change', 'The North Atlantic Treaty Organization (NATO) has much to boast about.');
    expect(first.text).toContain('to re-enter the international stage as responsible players rather than would-be conquerors.');
    expect(first.locator).toEqual({ page: '7', section: ['Introduction'], paragraph: 1 });
    expect(excerpt('iai-dynamic-change', 'Daniel Keohane from the Madrid-based FRIDE think tank').locator.page).toBe('10-11');
    expect(excerpt('iai-dynamic-change', 'the lessons from NATO’s operation').partId).toBe('iai-dynamic-change-introduction');
  });

  it('numbers notes per chapter and carries them', () => {
    const e = excerpt('iai-dynamic-change', 'a further real term reduction of 2.8% took place. At the same time');
    expect(e.partId).toBe('iai-dynamic-change-giegerich');
    expect(e.locator).toEqual({ page: '19', section: ['NATO’s Smart Defence Agenda: From Concepts to Implementation'], paragraph: 1 });
    expect(e.notes[0]).toEqual({ marker: '1', text: 'IISS, The Military Balance 2012. Abingdon, Routledge for the IISS, 2012.' });
    expect(e.notes[1]?.text).toBe('EDA, Defense Data: EDA Participating Member States in 2010, March 7, 2012, http://www.eda.europa.eu/publications/12-03-07/National_Defense_Data_2010, .');
  });

  it('separates a marker glued to a year ("200221")', () => {
    const e = excerpt('iai-dynamic-change', 'as available in 2002. As a');
    expect(e.notes.map((n) => n.marker)).toContain('21');
  });

  it('corrects the page count at a running head (working group report on an even page)', () => {
    // "46 Dynamic Change" closes the report's first page: its summary is on p. 46, the next page 47.
    const summary = library.excerpts.find((x) => x.partId === 'iai-dynamic-change-wg1');
    expect(summary?.locator).toMatchObject({ page: '46', paragraph: 1 });
    const e = excerpt('iai-dynamic-change', 'At the request of the chair, the session began');
    expect(e.locator.page).toBe('47');
    expect(e.partId).toBe('iai-dynamic-change-wg1');
  });

  it('finds the ten numbered policy recommendations of the Aybet chapter', () => {
    const recs = library.recommendations.filter((r) => r.partId === 'iai-dynamic-change-aybet');
    expect(recs.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(recs[0]?.text.startsWith('NATO should initiate a broader strategic dialogue on common interests and visions for stability before it engages in areas of practical cooperation.')).toBe(true);
    expect(recs[0]?.locators[0]).toEqual({ page: '118', section: [AYBET, 'Policy Recommendations'], paragraph: 1 });
    // The heading's note ("Policy Recommendations23") travels with the first recommendation's excerpt.
    expect(library.excerpts.find((e) => e.id === recs[0]?.excerptId)?.notes[0]?.marker).toBe('23');
  });

  it('finds the six ideas of Reynolds et al. and the proposals of Working Group I', () => {
    const ideas = library.recommendations.filter((r) => r.partId === 'iai-dynamic-change-reynolds');
    expect(ideas.map((r) => r.text)).toEqual([
      'Redefine ‘Partner” to reflect the reality of today and tomorrow',
      'Re-conceptualise (& prioritise) ‘distance.’',
      'Re-marry economics & security',
      'Embrace clusters, both conceptually and operationally',
      'Minimise the commitment-capability gap',
      'Assess Risk Properly',
    ]);
    const wg1 = library.recommendations.filter((r) => r.partId === 'iai-dynamic-change-wg1');
    expect(wg1).toHaveLength(10);
    expect(wg1[5]).toMatchObject({ theme: 'Regional capability targets', text: 'Regional capability targets: One participant argued that NATO should give member states regional capability targets, in addition to national ones.' });
    expect(wg1[5]?.locators[0]?.page).toBe('53');
  });
});

describe('004 nato-south-2024 (report)', () => {
  it('joins a paragraph split by a footnote block and a page break', () => {
    const e = excerpt('nato-south-2024', 'Recognising the crucial importance');
    expect(e.text).toContain('concrete proposals to be presented to NATO Leaders at the 2024 NATO Summit. To support this process, in October 2023,');
    expect(e.locator).toEqual({ page: '4-5', section: [REPORT, 'Preface'], paragraph: 10 });
    expect(e.notes).toEqual([{ marker: '5', text: 'Vilnius Summit Communiqué, 11 July 2023, paragraph 22' }]);
  });

  it('keeps a hyphen doubled at a line end as one ("long--" + "standing")', () => {
    expect(excerpt('nato-south-2024', 'highlighting its long-standing and multi-faceted engagement').locator.page).toBe('4');
  });

  it('removes private-use bullet glyphs', () => {
    const e = excerpt('nato-south-2024', 'Appoint a Special Envoy for the Southern Neighbourhoods, to provide');
    expect(e.text.startsWith('Appoint')).toBe(true);
    expect(e.locator).toEqual({ page: '6', section: [REPORT, 'Executive Summary'], paragraph: 6 });
  });

  it('makes one block for a recommendation printed in the summary and the body', () => {
    const [three] = rec('nato-south-2024', '3');
    expect(three?.text).toBe('Convene a special summit meeting of all NATO southern partners to discuss ideas and proposals for further deepening regional cooperation, when conditions allow it.');
    expect(three?.locators.map((l) => l.page)).toEqual(['12', '7']);
    expect(three).toMatchObject({ heading: 'Existing Partnerships', horizon: 'short term', addressee: 'NATO' });
  });

  it('carries the note marked on a heading ("Recommendations:7") with the first item under it', () => {
    const e = excerpt('nato-south-2024', 'NATO Leaders publicly recognise the interlinked importance');
    expect(e.notes[0]?.marker).toBe('7');
    expect(e.locator.section).toEqual([REPORT, 'Regional Approach', 'Existing Partnerships', 'Recommendations', 'In the short term']);
  });

  it('prints 114 numbers with 44 twice, as the report does', () => {
    const numbered = library.recommendations.filter((r) => r.sourceId === 'nato-south-2024' && r.number);
    expect(numbered).toHaveLength(115);
    expect(numbered.filter((r) => r.number === '44').map((r) => r.horizon)).toEqual(['short term', 'medium term']);
    expect(new Set(numbered.map((r) => Number(r.number)))).toEqual(new Set(Array.from({ length: 114 }, (_, i) => i + 1)));
    const [r105] = rec('nato-south-2024', '105');
    expect(r105?.text.split('\n')).toHaveLength(4);
    expect(r105?.locators).toHaveLength(2);
  });
});
