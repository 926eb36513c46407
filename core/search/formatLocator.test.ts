import { describe, expect, it } from 'vitest';
import { formatLocator } from './formatLocator';

describe('formatLocator', () => {
  it('prints a page as printed', () => {
    expect(formatLocator({ page: '12', section: ['Intro'], paragraph: 3 })).toBe('12');
  });
  it('joins a page range with an en dash, as Chicago prints it', () => {
    expect(formatLocator({ page: '12-13', section: [], paragraph: 1 })).toBe('12–13');
    expect(formatLocator({ page: 'xii–xiv', section: [], paragraph: 1 })).toBe('xii–xiv');
  });
  it('falls back to the innermost section and paragraph where there is no page', () => {
    expect(formatLocator({ section: ['Regional Approach', 'Existing Partnerships'], paragraph: 3 })).toBe(
      'Existing Partnerships, para. 3',
    );
  });
  it('prints the paragraph alone where there is neither page nor section', () => {
    expect(formatLocator({ section: [], paragraph: 5 })).toBe('para. 5');
    expect(formatLocator({ page: ' ', section: [], paragraph: 5 })).toBe('para. 5');
  });
});
