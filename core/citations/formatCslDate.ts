import type { CslDate } from './csl';
import { curlyQuotes } from './curlyQuotes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** CSL codes seasons as months 21–24. */
const SEASONS: Record<number, string> = { 21: 'Spring', 22: 'Summer', 23: 'Fall', 24: 'Winter' };

/** What Chicago prints for a work with no date of publication ("no date"). */
export const NO_DATE = 'n.d.';

/**
 * A CSL date as Chicago prints it: "2016", "July 2016", "July 9, 2016". A range prints both ends
 * with an en dash.
 *
 * Circa: CSL's `circa` marks a date the cataloguer inferred or guessed (a volume whose year is
 * not printed). Chicago prints a guessed date in brackets with a question mark, "[2013?]" (CMOS
 * 18 14.44), as Zotero's CMOS 18 style does for an uncertain date; "ca." is for dates that are
 * known to be approximate, which no CSL field says.
 *
 * Returns undefined when there is nothing to print; callers choose "n.d." or omission.
 */
export function formatCslDate(date: CslDate | undefined): string | undefined {
  if (!date) return undefined;
  let text: string | undefined;
  if (date.literal?.trim()) {
    text = curlyQuotes(date.literal);
  } else {
    const parts = (date['date-parts'] ?? []).map(formatParts).filter((p): p is string => Boolean(p));
    if (parts.length > 0) text = parts.slice(0, 2).join('\u2013');
  }
  if (!text) return undefined;
  return isCirca(date.circa) ? `[${text}?]` : text;
}

function isCirca(circa: CslDate['circa']): boolean {
  if (typeof circa === 'string') return circa !== '' && circa !== '0' && circa.toLowerCase() !== 'false';
  return Boolean(circa);
}

function formatParts(parts: ReadonlyArray<number | string>): string | undefined {
  const [y, m, d] = parts.map((p) => (typeof p === 'number' ? p : Number.parseInt(p, 10)));
  if (y === undefined || !Number.isFinite(y)) return undefined;
  if (m === undefined || !Number.isFinite(m)) return String(y);
  const season = SEASONS[m];
  if (season) return `${season} ${y}`;
  const month = MONTHS[m - 1];
  if (!month) return String(y);
  if (d === undefined || !Number.isFinite(d)) return `${month} ${y}`;
  return `${month} ${d}, ${y}`;
}
