import { describe, expect, it } from 'vitest';
import { createIdMaker, normalizeForId } from './ids';

describe('stable IDs', () => {
  it('derive from source and normalized text, not position', () => {
    const a = createIdMaker('pism-2016');
    const b = createIdMaker('pism-2016');
    b('x', 'something else first');
    expect(a('x', 'NATO’s role — in Libya')).toBe(b('x', "nato's role - in  libya"));
    expect(a('x', 'text')).toMatch(/^pism-2016-x-[0-9a-z]{11}$/);
  });

  it('suffix repeats in reading order', () => {
    const make = createIdMaker('gmf-2017');
    const first = make('x', 'Same.');
    expect(make('x', 'Same.')).toBe(`${first}-2`);
    expect(make('x', 'Same.')).toBe(`${first}-3`);
    expect(make('r', 'Same.')).not.toBe(first);
  });

  it('normalizes quotes, dashes, case and spaces', () => {
    expect(normalizeForId(' “A”  ‘b’ – C ')).toBe('"a" \'b\' - c');
  });
});
