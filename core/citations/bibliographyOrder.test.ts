import { describe, expect, it } from 'vitest';
import { compareForBibliography } from './bibliographyOrder';
import type { CslItem } from './csl';

const work = (id: string, title: string, authors: string[][] = []): CslItem => ({
  id,
  type: 'book',
  title,
  author: authors.map(([family, given]) => (given ? { family, given } : { literal: family })),
});

describe('compareForBibliography', () => {
  it('orders by authors in turn, corporate names and unsigned titles without leading articles', () => {
    const items = [
      work('z', 'The Zebra Report'),
      work('am', 'Balancing Acts', [['Alcaro', 'Riccardo'], ['Marrone', 'Alessandro']]),
      work('nato', 'Communiqué', [['The North Atlantic Council']]),
      work('al', 'Dynamic Change', [['Alcaro', 'Riccardo'], ['Lucarelli', 'Sonia']]),
      work('a', 'A Solo Work', [['Alcaro', 'Riccardo']]),
      work('b', 'A Book Without Author'),
      work('m', '“Memo” on Partners'),
    ];
    expect([...items].sort(compareForBibliography).map((i) => i.id)).toEqual(['a', 'al', 'am', 'b', 'm', 'nato', 'z']);
  });
});
