import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';
import { RunWriter } from './RunWriter';
import type { NoteLocator } from './types';
import { formatLocator, locatorKey, writeLocator } from './writeLocator';
import { headlineCase, headlineStyleProblems } from './headlineStyle';

const locate = (locator: NoteLocator) => {
  const w = new RunWriter();
  writeLocator(w, locator);
  return plainText(w.add('.').runs());
};

describe('writeLocator, by kind', () => {
  it('page: bare, en dash, CMOS abbreviation of the second number', () => {
    expect(locate({ kind: 'page', page: '12' })).toBe('12.');
    expect(locate({ kind: 'page', page: '12–13' })).toBe('12–13.');
    expect(locate({ kind: 'page', page: '118–119' })).toBe('118–19.');
    expect(locate({ kind: 'page', page: 'xii–xiv' })).toBe('xii–xiv.');
  });

  it('paragraph: para. and paras.', () => {
    expect(locate({ kind: 'paragraph', paragraph: 4 })).toBe('para. 4.');
    expect(locate({ kind: 'paragraph', paragraph: 4, through: 6 })).toBe('paras. 4–6.');
  });

  it('section: a heading with "under", a number with "sec.", either with a paragraph', () => {
    expect(locate({ kind: 'section', section: 'Policy Recommendations', paragraph: 3 })).toBe('under “Policy Recommendations,” para. 3.');
    expect(locate({ kind: 'section', section: 'Policy Recommendations' })).toBe('under “Policy Recommendations.”');
    expect(locate({ kind: 'section', section: '2' })).toBe('sec. 2.');
    expect(locate({ kind: 'section', section: '2.3', paragraph: 1 })).toBe('sec. 2.3, para. 1.');
  });

  it('recases a heading set in capitals, keeping acronyms', () => {
    expect(locate({ kind: 'section', section: 'SUMMARY', paragraph: 1 })).toBe('under “Summary,” para. 1.');
    expect(locate({ kind: 'section', section: 'NATO AND THE GULF: A PARTNERSHIP' })).toBe('under “NATO and the Gulf: A Partnership.”');
    expect(locate({ kind: 'section', section: 'MENA' })).toBe('under “MENA.”');
  });

  it('prints the same text alone as inside a note', () => {
    expect(formatLocator({ kind: 'section', section: 'SUMMARY', paragraph: 3 })).toBe('under “Summary,” para. 3');
    expect(formatLocator({ kind: 'page', page: '118–119' })).toBe('118–19');
  });

  it('keys places so that only the same place compares equal', () => {
    expect(locatorKey({ kind: 'page', page: '118–119' })).toBe(locatorKey({ kind: 'page', page: '118–119' }));
    expect(locatorKey({ kind: 'section', section: 'A', paragraph: 1 })).not.toBe(locatorKey({ kind: 'section', section: 'A', paragraph: 2 }));
    expect(locatorKey({ kind: 'page', page: '3' })).not.toBe(locatorKey({ kind: 'paragraph', paragraph: 3 }));
    expect(locatorKey(undefined)).toBe('');
  });
});

describe('headlineCase (CMOS 8.159)', () => {
  it('lowercases articles, prepositions of any length and the five conjunctions, except first and last', () => {
    expect(headlineCase('SECURITY COOPERATION WITH PARTNERS AFTER THE SUMMIT')).toBe('Security Cooperation with Partners after the Summit');
    expect(headlineCase('WHAT TO LOOK FOR')).toBe('What to Look For');
    expect(headlineCase('A LONG-TERM PLAN: THE WAY FORWARD')).toBe('A Long-Term Plan: The Way Forward');
  });

  it('names the words of a title that break it', () => {
    expect(headlineStyleProblems('NATO and its Middle East Partners: Taking NATO’s Role in its Southern Flank to a New Strategic Level')).toEqual(['its', 'its']);
    expect(headlineStyleProblems('Report on Working Group II: Afghanistan and NATO After 2014')).toEqual(['After']);
    expect(headlineStyleProblems('NATO’s Training Mission in Afghanistan: A ‘Smart Approach’ to Change?')).toEqual([]);
  });
});
