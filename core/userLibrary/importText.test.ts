import { describe, expect, it } from 'vitest';
import { importText } from './importText';
import { parseUserSourceFile } from '../library/userSourceFile';
import { serializeUserSource } from './serializeUserSource';

const input = (n = 1) => ({ fileName: 'notes.md', contentHash: n.toString(16).padEnd(64, 'a') });

describe('importText', () => {
  it('gives Markdown headings as section paths, paragraphs numbered within them', () => {
    const file = importText('# Title\n\nIntro.\n\n## Part A\n\nFirst of A.\n\nSecond of A,\nover two lines.\n\n## Part B\n\n- a bullet\n- another\n', input(), true);
    expect(file.excerpts.map((e) => [e.locator.section.join('>'), e.locator.paragraph, e.text])).toEqual([
      ['Title', 1, 'Intro.'],
      ['Title>Part A', 1, 'First of A.'],
      ['Title>Part A', 2, 'Second of A, over two lines.'],
      ['Title>Part B', 1, 'a bullet'],
      ['Title>Part B', 2, 'another'],
    ]);
    expect(file.source.title).toBe('Title');
    expect(file.guessed).toEqual(['type', 'title']);
  });

  it('keeps a true compound hyphenated at a line end and joins a broken word', () => {
    const file = importText('A long-term plan.\n\nThe long-\nterm view and the commit-\nment to it.\n', input(), false);
    expect(file.excerpts[1]?.text).toBe('The long-term view and the commitment to it.');
  });

  it('keeps IDs when the same text is imported again, and changes them for another file', () => {
    const a = importText('# T\n\nOne.\n\nTwo.\n', input(1), true);
    const b = importText('# T\n\nOne.\n\nTwo.\n', { ...input(1), fileName: 'renamed.md' }, true);
    const c = importText('# T\n\nOne.\n\nTwo.\n', input(2), true);
    expect(b.excerpts.map((e) => e.id)).toEqual(a.excerpts.map((e) => e.id));
    expect(c.excerpts[0]?.id).not.toBe(a.excerpts[0]?.id);
  });

  it('round-trips through the library-folder file format', () => {
    const file = importText('# T\n\nText.[^1]\n\n[^1]: A note.\n', input(), true);
    const back = parseUserSourceFile(serializeUserSource(file), 'x.json');
    expect(back).toEqual({ ok: true, file });
    expect(file.excerpts[0]?.notes).toEqual([{ marker: '1', text: 'A note.' }]);
  });

  it('refuses a source file whose excerpts belong to another source, saying where', () => {
    const file = importText('# T\n\nText.\n', input(), true);
    const wrong = { ...file, excerpts: [{ ...file.excerpts[0], sourceId: 'gmf-2017' }] };
    const parsed = parseUserSourceFile(JSON.stringify(wrong), 'my-x.json');
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/^my-x\.json is not a Briefpack source file: excerpts\[0\]\.sourceId: belongs to "gmf-2017"/) });
  });
});
