import { describe, expect, it } from 'vitest';
import { RunWriter } from './RunWriter';
import { curlyQuotes } from './curlyQuotes';

describe('RunWriter punctuation seams', () => {
  it('moves commas and periods inside closing quotation marks', () => {
    expect(new RunWriter().quoted('Title').add(', in ').add('Book', true).add('.').runs()).toEqual([
      { text: '“Title,” in ' },
      { text: 'Book', italic: true },
      { text: '.' },
    ]);
    expect(new RunWriter().quoted('Title').add('. In').runs()).toEqual([{ text: '“Title.” In' }]);
  });

  it('keeps a comma but drops a period after a question mark', () => {
    expect(new RunWriter().quoted('Agenda?').add(', 5.').runs()).toEqual([{ text: '“Agenda?,” 5.' }]);
    expect(new RunWriter().quoted('Agenda?').add('. In').runs()).toEqual([{ text: '“Agenda?” In' }]);
    expect(new RunWriter().add('Why?', true).add('. Next').runs()).toEqual([{ text: 'Why?', italic: true }, { text: ' Next' }]);
  });

  it('puts the comma inside both marks when a title ends in a quotation, not after a possessive', () => {
    expect(new RunWriter().quoted('On the ‘Southern Flank’').add(', 5.').runs()).toEqual([{ text: '“On the ‘Southern Flank,’” 5.' }]);
    expect(new RunWriter().quoted('The Allies’').add(', 5.').runs()).toEqual([{ text: '“The Allies’,” 5.' }]);
  });

  it('does not double a period after an abbreviation', () => {
    expect(new RunWriter().add('Quercia et al.').add('. ').add('Title').runs()).toEqual([{ text: 'Quercia et al. Title' }]);
  });

  it('turns double quotes inside a quoted title into single ones', () => {
    expect(new RunWriter().quoted(curlyQuotes('On the "Southern Flank"')).runs()).toEqual([{ text: '“On the ‘Southern Flank’”' }]);
  });
});

describe('curlyQuotes', () => {
  it.each([
    ["Europe's Edge", 'Europe’s Edge'],
    ["O'Donnell", 'O’Donnell'],
    ["A 'Smart Approach' to Change?", 'A ‘Smart Approach’ to Change?'],
    ['the "Arab Spring"', 'the “Arab Spring”'],
    ['  two\n lines ', 'two lines'],
  ])('%s → %s', (raw, expected) => expect(curlyQuotes(raw)).toBe(expected));
});
