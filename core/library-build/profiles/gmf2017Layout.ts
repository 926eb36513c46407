import type { MoveFix, SplitFix } from '../readingOrder';

/**
 * Page starts of 000, by the text of their first line. Evidence: the extractor begins most
 * pages and columns with a leading space; the printed page numbers 1, 4, 8, 10 and 14 close
 * their pages; each paper starts on a new page; a full page holds two columns of about 50
 * lines, a paper's last page is part-filled. The 16 pages below satisfy all of that.
 */
export const GMF_PAGE_STARTS: { page: number; startsWith: string }[] = [
  { page: 1, startsWith: 'Introduction' },
  { page: 2, startsWith: 'conflict in Yemen has illustrated the failure' },
  { page: 3, startsWith: 'NATO’s Middle East Partnership' },
  { page: 4, startsWith: 'growth of its ballistic arsenal' },
  { page: 5, startsWith: 'Still, allies like Italy and Turkey support' },
  { page: 6, startsWith: 'NATO as a defense education and training provider' },
  { page: 7, startsWith: '2.' },
  { page: 8, startsWith: 'NATO and its Middle East and' },
  { page: 9, startsWith: 'in 2014 by convening the North Atlantic Council' },
  { page: 10, startsWith: 'to chart a possible strategic course for NATO' },
  { page: 11, startsWith: 'interests of each partner country. The new policy' },
  { page: 12, startsWith: 'Consequently, the current dynamic strategic environment' },
  { page: 13, startsWith: 'In sum, NATO and its allies hold an important' },
  { page: 14, startsWith: 'Transatlantic Security Assistance in' },
  { page: 15, startsWith: 'Various plans and initiatives by Libya’s transatlantic' },
  { page: 16, startsWith: 'There is certainly a role for NATO to assist' },
];

/** Title blocks (title lines, author, affiliation) that open each part. */
export const GMF_PARTS: { id: string; title: string[] }[] = [
  { id: 'gmf-2017-introduction', title: ['Introduction'] },
  {
    id: 'gmf-2017-samaan',
    title: ['NATO’s Middle East Partnership', 'Policy after the Warsaw Summit:', 'Time for a Realistic Agenda?', 'JEAN-LOUP SAMAAN', 'NATIONAL DEFENSE COLLEGE, ABU DHABI'],
  },
  {
    id: 'gmf-2017-steiner',
    title: [
      'NATO and its Middle East and',
      'Mediterranean Partners:',
      'Taking NATO’s Role in its Southern',
      'Flank to a New Strategic Level',
      'TOMMY STEINER',
      'INSTITUTE FOR POLICY AND STRATEGY (IPS), IDC HERZLIYA, ISRAEL',
    ],
  },
  {
    id: 'gmf-2017-wehrey',
    title: ['Transatlantic Security Assistance in', 'Fractured States:', 'The Troubling Case of Libya', 'FREDERIC WEHREY', 'CARNEGIE ENDOWMENT FOR INTERNATIONAL PEACE'],
  },
];

/** Pull quotes, as printed; each repeats a sentence of the body beside it. */
export const GMF_PULL_QUOTES = [
  'The next NATO Summit in 2017 should provide the basis for a necessary rethinking.”',
  'The Eastern flank remains the cornerstone of NATO’s military efforts.”',
  'The ability of Middle East militaries to engage in ambitious interventions is limited.”',
  'The operation in Libya demonstrated that NATO can operate in the region irrespective of pre-existing negative perceptions.”',
  'At the Wales Summit, NATO designated 5 of its 41 partners as enhanced opportunity partners.”',
  'NATO is at a strategic juncture to offer added value to regional security along with its regional partners.”',
  'It is vital for Libyans to first reach political consensus and an agreed-upon roadmap for a “whole-ofgovernment” approach to security sector assistance.”',
];

/** Wehrey's "In Brief" box and his body column were read into one line. */
export const GMF_SPLIT: SplitFix = {
  line: 'In Brief: However successful was the international fair and, with scattered exceptions, free from violence.',
  into: ['fair and, with scattered exceptions, free from violence.', 'In Brief: However successful was the international'],
};

/** Columns and boxes read out of order (checked against the sense of the text). */
export const GMF_MOVES: MoveFix[] = [
  // Introduction, page 2: the second column's last lines were read before the first column.
  { first: 'for transatlantic partners, both in order to stop', last: 'from transforming the military victory into a strategic success.', after: 'NATO in the region. The authors present different priorities' },
  // Samaan, page 5: "NATO as a collective security forum" (heading, then its two paragraphs) was read
  // before its section's heading, and its paragraph was split around the pull quote.
  { first: 'diplomatic world. For instance, on December 3rd, 2014,', last: 'Moroccans, Italians, and Frenchmen in a different setting.', before: 'NATO Secretariat should therefore recast its diplomatic' },
  { first: 'Defining a Realistic Agenda', last: 'NATO as a collective security forum', before: 'NATO’s core strength remains its ability to plan and conduct' },
  // Wehrey, page 14: the "In Brief" box opens the paper, as in the other papers.
  { first: 'In Brief: However successful was the international', last: 'communities keep on thriving on illegal trafficking.', before: 'Nearly four years after the overthrow of Muammar Qadhafi,', breakBefore: true },
];

/** Headings (their printed lines) and levels. */
export const GMF_HEADINGS: { lines: string[]; level: number }[] = [
  { lines: ['Overcoming the Institutional Constraints'], level: 1 },
  { lines: ['Coping with Competing Priorities'], level: 1 },
  { lines: ['Defining a Realistic Agenda', 'for Partnership'], level: 1 },
  { lines: ['NATO as a collective security forum'], level: 2 },
  { lines: ['NATO as a defense education and training provider'], level: 2 },
  { lines: ['Conclusion'], level: 1 },
  { lines: ['NATO’s Engagement in the Mediterranean', 'and the Middle East: Mixed Outcomes'], level: 1 },
  { lines: ['Addressing NATO’s Inhibitions'], level: 1 },
  { lines: ['NATO’s Strategic Footprint in the Middle', 'East: Leveraging the Growing Interest of', 'Allies and Partners'], level: 1 },
  { lines: ['Moving Forward: What Roles for NATO', 'and the EU on Security Assistance in', 'Libya?'], level: 1 },
  { lines: ['Migrant Operations'], level: 2 },
  { lines: ['Border Assistance'], level: 2 },
];

/**
 * Paragraph starts the line lengths cannot show (the line before is full width or lacks its
 * full stop as printed, e.g. "can make a difference").
 */
export const GMF_BREAKS = ['These two pillars do not require major new funding', 'NATO Secretariat should therefore recast its diplomatic'];
