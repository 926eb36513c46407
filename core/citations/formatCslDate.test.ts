import { describe, expect, it } from 'vitest';
import { formatCslDate } from './formatCslDate';

describe('formatCslDate', () => {
  it.each([
    [{ 'date-parts': [[2016]] }, '2016'],
    [{ 'date-parts': [[2016, 7]] }, 'July 2016'],
    [{ 'date-parts': [[2016, 7, 9]] }, 'July 9, 2016'],
    [{ 'date-parts': [['2017', '1']] }, 'January 2017'],
    [{ 'date-parts': [[2016, 23]] }, 'Fall 2016'],
    [{ 'date-parts': [[2013]], circa: true }, '[2013?]'],
    [{ 'date-parts': [[2013]], circa: 'false' }, '2013'],
    [{ 'date-parts': [[2012], [2013]] }, '2012–2013'],
    [{ literal: 'after the 2012 conference' }, 'after the 2012 conference'],
  ])('%j → %s', (date, expected) => {
    expect(formatCslDate(date)).toBe(expected);
  });

  it('has nothing to print for a missing or empty date', () => {
    expect(formatCslDate(undefined)).toBeUndefined();
    expect(formatCslDate({ 'date-parts': [] })).toBeUndefined();
  });
});
