import { describe, expect, it } from 'vitest';
import { withExtension } from './fileNames';

describe('file names for save and export', () => {
  it('adds the extension when there is none and keeps the right one', () => {
    expect(withExtension('/w/brief', 'pack')).toEqual({ path: '/w/brief.briefpack' });
    expect(withExtension('/w/v1.2/brief', 'pack')).toEqual({ path: '/w/v1.2/brief.briefpack' });
    expect(withExtension('/w/brief.BRIEFPACK', 'pack')).toEqual({ path: '/w/brief.BRIEFPACK' });
    expect(withExtension('/w/brief.pdf', 'pdf')).toEqual({ path: '/w/brief.pdf' });
  });

  it('refuses another extension, naming the file', () => {
    expect(withExtension('/w/notes.txt', 'pack')).toEqual({
      refusal: 'A pack is saved as a .briefpack file, so “notes.txt” was not used. Choose a name ending in .briefpack, or leave the ending off.',
    });
    expect('refusal' in withExtension('/w/brief.docx', 'pdf')).toBe(true);
  });
});
