import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';
import { RunWriter } from './RunWriter';
import type { NoteLocator } from './types';
import { locatorKey, writeLocator } from './writeLocator';

const locate = (locator: NoteLocator, title?: string) => {
  const w = new RunWriter();
  writeLocator(w, locator, title);
  return plainText(w.add('.').runs());
};

describe('writeLocator', () => {
  it('prints pages bare with an en dash, and prefers them to a section', () => {
    expect(locate({ page: '12-13', section: 'Intro', paragraph: 2 })).toBe('12–13.');
  });

  it('gives a section with "under" and the paragraph number', () => {
    expect(locate({ section: 'Policy Recommendations', paragraph: 3 })).toBe('under “Policy Recommendations,” para. 3.');
    expect(locate({ section: 'Policy Recommendations' })).toBe('under “Policy Recommendations.”');
    expect(locate({ paragraph: 4 })).toBe('para. 4.');
  });

  it('recases a heading set in capitals, keeping acronyms', () => {
    expect(locate({ section: 'SUMMARY', paragraph: 1 })).toBe('under “Summary,” para. 1.');
    expect(locate({ section: 'NATO AND THE GULF: A PARTNERSHIP' })).toBe('under “NATO and the Gulf: A Partnership.”');
    expect(locate({ section: 'MENA' })).toBe('under “MENA.”');
  });

  it('drops a section that is only the work itself', () => {
    expect(locate({ section: '[NATO cooperative security]', paragraph: 2 })).toBe('para. 2.');
    expect(locate({ section: 'Rethinking NATO', paragraph: 2 }, 'Rethinking NATO')).toBe('para. 2.');
  });

  it('keys places so that only the same place compares equal', () => {
    expect(locatorKey({ page: '12-13' })).toBe(locatorKey({ page: '12–13' }));
    expect(locatorKey({ section: 'A', paragraph: 1 })).not.toBe(locatorKey({ section: 'A', paragraph: 2 }));
    expect(locatorKey({})).toBe('');
  });
});
