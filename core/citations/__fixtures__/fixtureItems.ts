import type { CslItem } from '../csl';
import type { NoteLocator } from '../types';

/**
 * CSL items for the golden tests, modelled on the five bundled sources
 * (/work/shared/seeds/SOURCES.md) and on works those sources cite in their own footnotes.
 * Where a source does not print a fact the formatter needs to be exercised (the GMF
 * collection's title, the CEPA article's title and address), the value is a labelled
 * placeholder: these fixtures test the formatter, they are not the library's metadata.
 * Straight quotes and hyphens are typed on purpose in some fields: the formatter must curl them.
 */
export interface CitationFixture {
  /** What Chicago form the item exercises. */
  covers: string;
  item: CslItem;
  locator: NoteLocator;
  /** A different place in the same work, for "Ibid., 14." */
  otherLocator: NoteLocator;
}

const DYNAMIC_CHANGE = {
  'container-title': 'Dynamic Change',
  editor: [
    { family: 'Alcaro', given: 'Riccardo' },
    { family: 'Lucarelli', given: 'Sonia' },
  ],
  // Not printed in the volume; inferred from its introduction (SOURCES.md): supplied, so bracketed.
  publisher: '[Istituto Affari Internazionali]',
  issued: { 'date-parts': [[2013]], circa: true },
};

/** Placeholder: the GMF collection (000) prints no overall title. */
const GMF_COLLECTION_TITLE = 'Transatlantic Perspectives on the Southern Flank';

export const FIXTURES: readonly CitationFixture[] = [
  {
    covers: 'report by a corporate author published by another body; inferred year; title-short',
    item: {
      id: 'nato-expert-group-2024',
      type: 'report',
      author: [{ literal: 'NATO Independent Expert Group' }],
      title: "Independent Expert Group Supporting NATO's Comprehensive and Deep Reflection Process on the Southern Neighbourhood: Final Report",
      'title-short': 'Final Report',
      publisher: 'NATO',
      issued: { 'date-parts': [[2024]], circa: true },
    },
    locator: { kind: 'page', page: '12' },
    otherLocator: { kind: 'page', page: '14–15' },
  },
  {
    covers: 'corporate author that is also the publisher (publisher omitted); paragraph locator; URL and access date',
    item: {
      id: 'nato-warsaw-communique',
      type: 'report',
      author: [{ literal: 'North Atlantic Treaty Organization' }],
      title: 'Warsaw Summit Communiqué',
      publisher: 'North Atlantic Treaty Organization',
      issued: { 'date-parts': [[2016, 7, 9]] },
      URL: 'http://www.nato.int/cps/en/natohq/official_texts_133169.htm',
      accessed: { 'date-parts': [[2016, 9, 24]] },
    },
    locator: { kind: 'paragraph', paragraph: 22 },
    otherLocator: { kind: 'paragraph', paragraph: 41 },
  },
  {
    covers: 'policy paper in a numbered series; four authors (et al. in notes, all in bibliography); month and year; parentheses in the publisher',
    item: {
      id: 'pism-nato-in-libya',
      type: 'report',
      author: [
        { family: 'Quercia', given: 'Paolo' },
        { family: 'Sasnal', given: 'Patrycja' },
        { family: 'Smith', given: 'Julianne' },
        { family: 'Volker', given: 'Kurt' },
      ],
      title: 'NATO in Libya: A Long-Term Plan for Stability',
      'collection-title': 'PISM Policy Paper',
      'collection-number': '11 (152)',
      publisher: 'Polish Institute of International Affairs (PISM)',
      issued: { 'date-parts': [[2016, 7]] },
    },
    locator: { kind: 'page', page: '3' },
    otherLocator: { kind: 'page', page: '5–6' },
  },
  {
    covers: 'research paper with genre and number (no series title); two authors; URL and access date',
    item: {
      id: 'ndc-player-at-the-sidelines',
      type: 'report',
      author: [
        { family: 'Jacobs', given: 'Andreas' },
        { family: 'Samaan', given: 'Jean-Loup' },
      ],
      title: 'Player at the Sidelines: NATO and the Fight against ISIS',
      genre: 'Research Paper',
      number: 107,
      publisher: 'NATO Defense College',
      issued: { 'date-parts': [[2014, 12]] },
      URL: 'http://www.ndc.nato.int/news/news.php?icode=750',
      accessed: { 'date-parts': [[2016, 9, 30]] },
    },
    locator: { kind: 'page', page: '4' },
    otherLocator: { kind: 'page', page: '7' },
  },
  {
    covers: 'edited volume cited whole (editors in author position, eds.); circa date',
    item: {
      id: 'iai-dynamic-change',
      type: 'book',
      title: 'Dynamic Change',
      editor: DYNAMIC_CHANGE.editor,
      publisher: DYNAMIC_CHANGE.publisher,
      issued: DYNAMIC_CHANGE.issued,
    },
    locator: { kind: 'page', page: '12' },
    otherLocator: { kind: 'page', page: '36' },
  },
  {
    covers: 'authored introduction by the editors: "introduction to *Book*", no quotation marks',
    item: {
      id: 'iai-introduction',
      type: 'chapter',
      author: DYNAMIC_CHANGE.editor,
      title: 'Introduction',
      page: '1-11',
      ...DYNAMIC_CHANGE,
    },
    locator: { kind: 'page', page: '3' },
    otherLocator: { kind: 'page', page: '5' },
  },
  {
    covers: 'collection whose title is not printed: descriptive title in brackets, set roman',
    item: {
      id: 'gmf-collection',
      type: 'book',
      title: '[Papers on NATO and its Middle East and Mediterranean partners]',
      publisher: 'The German Marshall Fund of the United States',
      issued: { 'date-parts': [[2017, 1]] },
    },
    locator: { kind: 'page', page: '10' },
    otherLocator: { kind: 'page', page: '11' },
  },
  {
    covers: 'chapter in an edited volume with editors; chapter page range in bibliography; derived short title',
    item: {
      id: 'iai-giegerich-smart-defence',
      type: 'chapter',
      author: [{ family: 'Giegerich', given: 'Bastian' }],
      title: "NATO's Smart Defence Agenda: From Concepts to Implementation",
      page: '27-43',
      ...DYNAMIC_CHANGE,
    },
    locator: { kind: 'page', page: '32' },
    otherLocator: { kind: 'page', page: '36–37' },
  },
  {
    covers: 'working-group report in an edited volume; no date (n.d.); apostrophe in a surname',
    item: {
      id: 'iai-wg1-report',
      type: 'chapter',
      author: [{ family: "O'Donnell", given: 'Clara Marina' }],
      title: 'Report on Working Group I: Smart Defense and the Capability Challenge',
      'container-title': DYNAMIC_CHANGE['container-title'],
      editor: DYNAMIC_CHANGE.editor,
      publisher: DYNAMIC_CHANGE.publisher,
    },
    locator: { kind: 'page', page: '46' },
    otherLocator: { kind: 'page', page: '48' },
  },
  {
    covers: 'chapter title ending in a question mark with single quotes inside (comma kept, period dropped); page range abbreviation',
    item: {
      id: 'iai-flockhart-training-mission',
      type: 'chapter',
      author: [{ family: 'Flockhart', given: 'Trine' }],
      title: "NATO's Training Mission in Afghanistan: A 'Smart Approach' to Change?",
      page: '103-115',
      ...DYNAMIC_CHANGE,
    },
    locator: { kind: 'page', page: '104–108' },
    otherLocator: { kind: 'page', page: '112' },
  },
  {
    covers: 'chapter by four authors in an edited volume',
    item: {
      id: 'iai-reynolds-partnerships',
      type: 'chapter',
      author: [
        { family: 'Reynolds', given: 'Jeffrey' },
        { family: 'Bedford', given: 'Dick' },
        { family: 'Adorf', given: 'Stella' },
        { family: 'Cheasley', given: 'Tracy' },
      ],
      title: 'Prospects for NATO Partnerships',
      ...DYNAMIC_CHANGE,
    },
    locator: { kind: 'page', page: '133' },
    otherLocator: { kind: 'page', page: '135' },
  },
  {
    covers: 'paper in a collection with no editors; publisher with "The"; month and year',
    item: {
      id: 'gmf-samaan',
      type: 'chapter',
      author: [{ family: 'Samaan', given: 'Jean-Loup' }],
      title: "NATO's Middle East Partnership Policy after the Warsaw Summit: Time for a Realistic Agenda?",
      'container-title': GMF_COLLECTION_TITLE,
      publisher: 'The German Marshall Fund of the United States',
      issued: { 'date-parts': [[2017, 1]] },
      page: '5-9',
    },
    locator: { kind: 'page', page: '6' },
    otherLocator: { kind: 'page', page: '8' },
  },
  {
    covers: 'paper with no collection title recorded: title, publisher and date without "in"',
    item: {
      id: 'gmf-wehrey',
      type: 'chapter',
      author: [{ family: 'Wehrey', given: 'Frederic' }],
      title: 'Transatlantic Security Assistance in Fractured States: The Troubling Case of Libya',
      publisher: 'The German Marshall Fund of the United States',
      issued: { 'date-parts': [[2017, 1]] },
    },
    locator: { kind: 'page', page: '17' },
    otherLocator: { kind: 'page', page: '19–20' },
  },
  {
    covers: 'unsigned introduction: note and entry begin with the title',
    item: {
      id: 'gmf-introduction',
      type: 'chapter',
      title: 'Introduction',
      'container-title': GMF_COLLECTION_TITLE,
      publisher: 'The German Marshall Fund of the United States',
      issued: { 'date-parts': [[2017, 1]] },
      page: '1-4',
    },
    locator: { kind: 'page', page: '2' },
    otherLocator: { kind: 'page', page: '3' },
  },
  {
    covers: 'article in an online journal without volume; n.d.; access date and URL; section and paragraph locator',
    item: {
      id: 'cepa-borsari',
      type: 'article-journal',
      author: [{ family: 'Borsari', given: 'Federico' }],
      // Placeholder title and address: the extracted text prints neither.
      title: "Rethinking NATO's Cooperative Security in the Middle East, North Africa, and Sahel",
      'container-title': "Europe's Edge",
      publisher: 'Center for European Policy Analysis',
      URL: 'https://cepa.org/europes-edge/',
      accessed: { 'date-parts': [[2025, 3, 3]] },
    },
    locator: { kind: 'section', section: 'Policy Recommendations', paragraph: 3 },
    otherLocator: { kind: 'section', section: 'Policy Recommendations', paragraph: 5 },
  },
  {
    covers: 'online magazine article with a season date, cited by a source (000, note 17)',
    item: {
      id: 'infocus-steiner',
      type: 'article-magazine',
      author: [{ family: 'Steiner', given: 'Tommy' }],
      title: 'Broadband Diplomacy and the NATO-Israel Advance',
      'container-title': 'inFocus',
      issued: { 'date-parts': [[2016, 23]] },
      URL: 'https://www.jewishpolicycenter.org/2016/09/28/broadband-diplomacy-natoisrael-advance/',
    },
    locator: { kind: 'section', section: 'The Israeli Angle' },
    otherLocator: { kind: 'section', section: 'Conclusion' },
  },
  {
    covers: 'synthetic: journal article with volume and issue, three authors (CMOS 18: et al. in notes)',
    item: {
      id: 'synthetic-three-authors',
      type: 'article-journal',
      author: [
        { family: 'Example', given: 'Ana' },
        { family: 'Sample', given: 'Ben' },
        { family: 'Specimen', given: 'Cleo' },
      ],
      title: 'Burden Sharing on the "Southern Flank": A Survey',
      'container-title': 'Journal of Alliance Studies',
      volume: 12,
      issue: '3',
      issued: { 'date-parts': [[2019]] },
      page: '211-234',
    },
    locator: { kind: 'page', page: '215' },
    otherLocator: { kind: 'page', page: '220–221' },
  },
  {
    covers: 'synthetic: seven authors (CMOS 18: first three et al. in the bibliography)',
    item: {
      id: 'synthetic-seven-authors',
      type: 'report',
      author: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].map((n) => ({ family: `Author${n}`, given: 'Test' })),
      title: 'The Large Team Report',
      publisher: 'Example Institute',
      issued: { 'date-parts': [[2020, 5, 1]] },
    },
    locator: { kind: 'page', page: '1' },
    otherLocator: { kind: 'page', page: '2' },
  },
  {
    covers: 'web page of an organization with no author',
    item: {
      id: 'cepa-europes-edge-page',
      type: 'webpage',
      title: "Europe's Edge",
      'container-title': 'Center for European Policy Analysis',
      publisher: 'Center for European Policy Analysis',
      URL: 'https://cepa.org/europes-edge/',
      accessed: { 'date-parts': [[2025, 3, 3]] },
    },
    locator: { kind: 'section', section: 'About' },
    otherLocator: { kind: 'section', section: 'Contributors' },
  },
];
