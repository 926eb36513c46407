/** Parts of 003 by the printed lines of their title block (title lines, then the author line). */
export const IAI_PARTS: { id: string; title: string[]; missingDivider?: boolean }[] = [
  { id: 'iai-dynamic-change-introduction', title: ['Introduction', 'Riccardo Alcaro and Sonia Lucarelli*'] },
  { id: 'iai-dynamic-change-giegerich', title: ['NATO’s Smart Defence Agenda:', 'From Concepts to Implementation', 'Bastian Giegerich*'] },
  { id: 'iai-dynamic-change-keohane', title: ['Smart Defense and the Capability', 'Challenge:', 'Why NATO Needs the EU', 'Daniel Keohane*'] },
  { id: 'iai-dynamic-change-wg1', title: ['Report on Working Group I', 'Smart Defense and the Capability', 'Challenge', 'Clara Marina O’Donnell*'] },
  // The "Focus Area II" divider (Afghanistan) is not in the extraction, but its two pages are in
  // the book: with them, the count reaches running heads 95 and 97 with no correction.
  { id: 'iai-dynamic-change-flockhart', title: ['NATO’s Training Mission in', 'Afghanistan: A ‘Smart Approach’ to', 'Change?', 'Trine Flockhart*'], missingDivider: true },
  { id: 'iai-dynamic-change-alcaro-marrone', title: ['NATO’s Multiple Balancing Acts:', 'Lessons from the Operation', 'in Afghanistan', 'Riccardo Alcaro and Alessandro Marrone*'] },
  { id: 'iai-dynamic-change-wg2', title: ['Report on Working Group II', 'Afghanistan and NATO after 2014', 'Federico Catapano*'] },
  {
    id: 'iai-dynamic-change-aybet',
    title: ['The Four Stages of NATO’s', 'Partnership Frameworks:', 'Rethinking Regional Partnerships', 'with the Middle East and North Africa', 'Gülnur Aybet*'],
  },
  { id: 'iai-dynamic-change-reynolds', title: ['Prospects for NATO Partnerships', 'Jeffrey Reynolds, Dick Bedford, Stella Adorf, Tracy Cheasley*'] },
  { id: 'iai-dynamic-change-wg3', title: ['Report on Working Group III', 'NATO’s Partnerships in North Af-', 'rica and the Middle East', 'Emiliano Alessandri*'] },
];

/**
 * Headings the width rule cannot see (after a paragraph printed without a full stop, or as long
 * as a report's column lines), with their level; and lines it wrongly takes for headings.
 */
export const IAI_HEADINGS: Record<string, number> = {
  Challenges: 1,
  Solutions: 1,
  'The definition of the concept of ‘smart defense’': 2,
  'Trends in European military capabilities': 2,
  // Printed on two lines: "The lack of consensus on future military" / "capabilities".
  'The lack of consensus on future military': 2,
  capabilities: 2,
  'Limited trust amongst NATO allies': 2,
  'Top down vs bottom up': 2,
  'Lack of political support': 2,
  // Working Group III: follows "for discussion", which the volume prints without its full stop,
  // so the rule that a heading follows a finished paragraph misses it.
  'A Possible ‘Periodization’': 1,
};
export const IAI_NOT_HEADINGS = new Set(['The paper also touched upon NATO’s', 'The question was asked whether overall']);
