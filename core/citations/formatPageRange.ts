/**
 * Page numbers as Chicago prints them: an en dash between the numbers of a range, and the
 * second number abbreviated by CMOS's rules for inclusive numbers (chap. 9; the rules the CSL "chicago-16" page-range format
 * encodes, which the CSL CMOS 18 style still uses): 12–13, 100–104, 101–8, 321–28, 1496–500.
 * Anything that is not a plain numeric range (roman numerals, "A-3") is left alone apart from
 * the dash between digits.
 */
export function formatPageRange(raw: string): string {
  return raw
    .trim()
    .replace(/(\d)\s*[-\u2010\u2011\u2012\u2013\u2014]+\s*(?=\d)/g, '$1\u2013')
    .replace(/(?<![\w.])(\d+)\u2013(\d+)(?![\w.])/g, (_m, a: string, b: string) => `${a}\u2013${abbreviateSecond(a, b)}`);
}

function abbreviateSecond(first: string, second: string): string {
  const a = Number(first);
  const b = Number(second);
  // Already abbreviated ("107–8") or not a rising range: print as given.
  if (first.length !== second.length || b <= a) return second;
  if (a < 100 || a % 100 === 0) return second;
  let i = 0;
  while (i < first.length && first[i] === second[i]) i++;
  // 101–109 keep only the changed part; 110–199 keep at least two digits.
  return a % 100 < 10 ? second.slice(i) : second.slice(Math.min(i, second.length - 2));
}
