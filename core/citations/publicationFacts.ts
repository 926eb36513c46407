import type { ItemFacts } from './itemFacts';

/**
 * "Publisher, date" as a note's parenthesis holds it. Parentheses inside it become brackets
 * (CMOS: parentheses within parentheses), so "Polish Institute of International Affairs (PISM)"
 * prints as "(Polish Institute of International Affairs [PISM], July 2016)".
 */
export function notePublication(f: ItemFacts): string {
  return bibliographyPublication(f).replace(/\(/g, '[').replace(/\)/g, ']');
}

/** "Publisher, date" as a bibliography sentence or an unparenthesized note gives it. */
export function bibliographyPublication(f: ItemFacts): string {
  return [f.publisher, f.date].filter(Boolean).join(', ');
}
