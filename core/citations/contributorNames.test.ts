import { describe, expect, it } from 'vitest';
import { bibliographyNames, noteNames, shortNames } from './contributorNames';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ family: `F${i + 1}`, given: `G${i + 1}` }));

describe('names by CMOS 18 thresholds', () => {
  it('notes name one or two, then the first et al.', () => {
    expect(noteNames(people(1))).toBe('G1 F1');
    expect(noteNames(people(2))).toBe('G1 F1 and G2 F2');
    expect(noteNames(people(3))).toBe('G1 F1 et al.');
    expect(shortNames(people(2))).toBe('F1 and F2');
    expect(shortNames(people(3))).toBe('F1 et al.');
  });

  it('the bibliography lists up to six, then the first three et al.', () => {
    expect(bibliographyNames(people(1))).toBe('F1, G1');
    expect(bibliographyNames(people(2))).toBe('F1, G1, and G2 F2');
    expect(bibliographyNames(people(6))).toBe('F1, G1, G2 F2, G3 F3, G4 F4, G5 F5, and G6 F6');
    expect(bibliographyNames(people(7))).toBe('F1, G1, G2 F2, G3 F3, et al.');
  });

  it('never inverts a corporate name and curls its apostrophes', () => {
    expect(bibliographyNames([{ literal: "CEPA's Editors" }])).toBe('CEPA’s Editors');
    expect(bibliographyNames([{ literal: 'NATO' }, { literal: 'EU' }])).toBe('NATO and EU');
  });
});
