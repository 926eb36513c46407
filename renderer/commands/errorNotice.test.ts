import { describe, expect, it } from 'vitest';
import { errorNotice } from './errorNotice';

describe('error notices', () => {
  it('put system codes into words and keep the original as details', () => {
    expect(errorNotice(new Error('/home/a/missing/x.pdf: cannot be written (ENOENT).'))).toEqual({
      kind: 'error',
      text: '/home/a/missing/x.pdf: cannot be written: that folder does not exist.',
      details: '/home/a/missing/x.pdf: cannot be written (ENOENT).',
    });
    expect(errorNotice(new Error('/home/a: cannot be saved (EISDIR).')).text).toBe('/home/a: cannot be saved: that is a folder, not a file.');
  });

  it('leave a message that is already plain alone', () => {
    expect(errorNotice(new Error('No template named "x".'))).toEqual({ kind: 'error', text: 'No template named "x".' });
  });
});
