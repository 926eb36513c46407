import type { CslName } from './csl';
import { curlyQuotes } from './curlyQuotes';

/*
 * How many names Chicago prints, CMOS 18th edition (13.74–86; the same thresholds as the CSL
 * "Chicago Manual of Style 18th edition (notes and bibliography)" style, whose citation uses
 * et-al-min 3 / use-first 1 and whose bibliography uses et-al-min 7 / use-first 3):
 * - notes, full and short: one or two names; three or more give the first name + "et al.";
 * - bibliography: up to six names, all of them; seven or more give the first three + "et al.".
 * The 17th edition's rule (notes name up to three; bibliography lists up to ten) is superseded.
 */
const NOTE_MAX = 2;
const BIB_MAX = 6;
const BIB_SHOWN_WHEN_CUT = 3;

/** "Paolo Quercia", or a corporate name as written. */
export function displayName(name: CslName): string {
  if (name.literal) return curlyQuotes(name.literal);
  return curlyQuotes([name.given, name.family].filter(Boolean).join(' '));
}

/** "Quercia, Paolo" (the first name in a bibliography entry); corporate names are never inverted. */
function invertedName(name: CslName): string {
  if (name.literal || !name.family || !name.given) return displayName(name);
  return curlyQuotes(`${name.family}, ${name.given}`);
}

/** The surname a short note and the bibliography order use. */
export function familyName(name: CslName): string {
  return curlyQuotes(name.literal ?? name.family ?? name.given ?? '');
}

function isInverted(name: CslName): boolean {
  return !name.literal && Boolean(name.family) && Boolean(name.given);
}

function joinWithAnd(names: string[], serialComma: boolean): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}${serialComma ? ',' : ''} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** Names as a note gives them: "Paolo Quercia et al.", "Riccardo Alcaro and Sonia Lucarelli". */
export function noteNames(names: readonly CslName[]): string {
  const first = names[0];
  if (!first) return '';
  if (names.length > NOTE_MAX) return `${displayName(first)} et al.`;
  return joinWithAnd(names.map(displayName), false);
}

/** Surnames for a short note: "Quercia et al.", "Alcaro and Lucarelli". */
export function shortNames(names: readonly CslName[]): string {
  const first = names[0];
  if (!first) return '';
  if (names.length > NOTE_MAX) return `${familyName(first)} et al.`;
  return joinWithAnd(names.map(familyName), false);
}

/** Names leading a bibliography entry: "Quercia, Paolo, Patrycja Sasnal, Julianne Smith, and Kurt Volker". */
export function bibliographyNames(names: readonly CslName[]): string {
  const first = names[0];
  if (!first) return '';
  const shown = names.length > BIB_MAX ? names.slice(0, BIB_SHOWN_WHEN_CUT) : names;
  const texts = shown.map((n, i) => (i === 0 ? invertedName(n) : displayName(n)));
  if (names.length > BIB_MAX) return `${texts.join(', ')}, et al.`;
  // "Rocha, Christine, and Michelle Barker": the comma closes the inverted first name.
  return joinWithAnd(texts, isInverted(first));
}

/** Editors after a title in a bibliography entry ("edited by …"): never inverted. */
export function bibliographyEditorNames(names: readonly CslName[]): string {
  const shown = names.length > BIB_MAX ? names.slice(0, BIB_SHOWN_WHEN_CUT) : names;
  const texts = shown.map(displayName);
  if (names.length > BIB_MAX) return `${texts.join(', ')}, et al.`;
  return joinWithAnd(texts, false);
}
