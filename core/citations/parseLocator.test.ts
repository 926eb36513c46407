import { describe, expect, it } from 'vitest';
import { parseLocator } from '../pack/parseLocator';
import { formatLocator } from './writeLocator';

/** What the user types → what the note prints after its comma. */
const PRINTS: [typed: string, printed: string][] = [
  // pages: bare, with p./pp., hyphen or en dash, abbreviated or not; CMOS abbreviates the second number
  ['14', '14'],
  ['p. 14', '14'],
  ['p.14', '14'],
  ['page 14', '14'],
  ['14-15', '14–15'],
  ['14–15', '14–15'],
  ['pp. 14–15', '14–15'],
  ['pp 118-119', '118–19'],
  ['118–19', '118–19'],
  ['xii', 'xii'],
  ['pp. xii-xiv', 'xii–xiv'],
  // paragraphs
  ['para. 3', 'para. 3'],
  ['para 3', 'para. 3'],
  ['¶ 3', 'para. 3'],
  ['paras. 3-5', 'paras. 3–5'],
  ['paragraph 12', 'para. 12'],
  // sections: numbered, named, with a paragraph
  ['§ 2', 'sec. 2'],
  ['§2.3', 'sec. 2.3'],
  ['sec. 2', 'sec. 2'],
  ['section 4', 'sec. 4'],
  ['sec. 2, para. 3', 'sec. 2, para. 3'],
  ['sec. Policy Recommendations', 'under “Policy Recommendations”'],
  ['sec. SUMMARY, para. 3', 'under “Summary,” para. 3'],
  ['under “Summary,” para. 3', 'under “Summary,” para. 3'],
  ['under "Summary", para. 3', 'under “Summary,” para. 3'],
  ['Summary, para. 3', 'under “Summary,” para. 3'],
];

describe('parseLocator then formatLocator', () => {
  it.each(PRINTS)('%s → %s', (typed, printed) => {
    const parsed = parseLocator(typed);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(formatLocator(parsed.locator)).toBe(printed);
  });

  it('reads what it prints back to the same printed place', () => {
    for (const [, printed] of PRINTS) {
      const again = parseLocator(printed);
      if (!again.ok) throw new Error(again.reason);
      expect(formatLocator(again.locator), printed).toBe(printed);
    }
  });

  it('stores a range in full and with an en dash', () => {
    expect(parseLocator('pp. 118-19')).toEqual({ ok: true, locator: { kind: 'page', page: '118–119' } });
  });
});

describe('parseLocator refuses, in a sentence', () => {
  it.each([
    ['', /empty/],
    ['see the annex', /not a place Briefpack can print.*Write a page/],
    ['15-14', /does not run forward/],
    ['0', /no page 0/],
    ['paras. 5-3', /rising range/],
    ['xii-14', /mixes roman and arabic/],
    ['sec. , para. 3', /names no section|not a place/],
  ])('%j', (typed, reason) => {
    const parsed = parseLocator(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
