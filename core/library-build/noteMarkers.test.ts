import { describe, expect, it } from 'vitest';
import { stripNoteMarkers } from './noteMarkers';

const all = () => true;

describe('stripNoteMarkers', () => {
  it('strips the next expected marker glued to a word or punctuation', () => {
    const c = { next: 1 };
    expect(stripNoteMarkers('the Summit in Wales.1 Despite', c, all)).toEqual({ text: 'the Summit in Wales. Despite', markers: ['1'] });
    expect(stripNoteMarkers('security”.2 They have', c, all).markers).toEqual(['2']);
    expect(stripNoteMarkers('Recommendations:3', c, all).text).toBe('Recommendations:');
    expect(c.next).toBe(4);
  });

  it('leaves numbers that are not the next marker', () => {
    const c = { next: 5 };
    const s = 'the G7++ and WG2 met in 2014, 2+ allies, 1.6 million barrels, and region9 too';
    expect(stripNoteMarkers(s, c, all)).toEqual({ text: s, markers: [] });
  });

  it('separates a marker from a year or an acronym', () => {
    const c = { next: 21 };
    expect(stripNoteMarkers('as available in 200221. As a rule, in the ANSF22. Then', c, all)).toEqual({ text: 'as available in 2002. As a rule, in the ANSF. Then', markers: ['21', '22'] });
  });

  it('treats a year followed by a new sentence as a marker, a decimal as a number', () => {
    expect(stripNoteMarkers('by the end of 2003.4 EU governments', { next: 4 }, all).text).toBe('by the end of 2003. EU governments');
    expect(stripNoteMarkers('around 1.6 million', { next: 6 }, all).text).toBe('around 1.6 million');
  });

  it('reads Unicode superscripts always as markers', () => {
    expect(stripNoteMarkers('Derna in the east.²', { next: 1 }, all)).toEqual({ text: 'Derna in the east.', markers: ['2'] });
  });
});
