import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../core/library/types';
import type { Block, PackFile } from '../../core/pack/schema';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { prepareExport } from '../../core/prepare/prepareExport';
import { plainText } from '../../core/citations/plainText';
import { readDocxParts } from '../support/readDocxParts';
import { writeDocument } from '../../core/export/writeDocument';
import { loadPdfFonts } from '../../electron/host/export/loadPdfFonts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FONTS = await loadPdfFonts(join(ROOT, 'assets'));
const OPTIONS = { paper: 'a4' as const, createdAt: new Date('2026-01-01T00:00:00Z') };
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));
const nato = library.excerpts.filter((e) => e.sourceId === 'nato-south-2024' && e.locator.page);
const gmf = library.excerpts.filter((e) => e.sourceId === 'gmf-2017' && e.locator.page && e.partId !== 'gmf-2017');
const A = nato[5]!;
const B = nato[40]!;
const C = gmf[3]!;

const t = (text: string) => ({ type: 'text' as const, text });
const quote = (id: string, text: string): Block => ({ type: 'excerpt', ref: { id, text, sourceText: text, adapted: false } });

function pack(ibid: boolean, body: Block[]): PackFile {
  return packFile(body, { cover: { title: 'Citations', draft: false }, settings: { ibid } });
}

// First citation of a source, a later one of the same source after another source, then two
// consecutive citations of it, then an adapted quotation.
const BODY: Block[] = [
  { type: 'paragraph', children: [t('First.'), { type: 'cite', ref: A.id }] },
  { type: 'paragraph', children: [t('Another source.'), { type: 'cite', ref: C.id }] },
  quote(B.id, B.text),
  { type: 'paragraph', children: [t('Same source again, consecutively.'), { type: 'cite', ref: B.id }] },
  quote(A.id, A.text.replace(/\.$/, ', as adapted.')),
];

describe('notes across the pack, in both exporters', () => {
  it('gives a full note first, short notes later, and marks an adapted quotation', () => {
    const { doc, warnings } = prepareExport(pack(false, BODY), library);
    const notes = doc.notes.map((n) => plainText(n.runs));
    expect(notes).toHaveLength(5);
    const full = notes[0]!;
    expect(full).toContain('(NATO, [2024?])'); // a guessed year, CMOS 18 14.44
    expect(full.endsWith(`, ${A.locator.page}.`)).toBe(true);
    expect(notes[1]).toMatch(/^Tommy Steiner|^Jean-Loup Samaan|^Frederic Wehrey|^\[|^“/); // the GMF paper, in full
    expect(notes[2]!.length).toBeLessThan(full.length); // a later citation is short
    expect(notes[2]!.endsWith(`, ${B.locator.page!.replace('-', '–')}.`)).toBe(true); // ranges take an en dash
    expect(notes[3]).toBe(notes[2]); // ibid off: the 18th edition's short note again
    expect(notes[4]).toMatch(/^Adapted from /);
    expect(warnings.map((w) => w.kind)).toEqual(['quotation-changed']);
  });

  it('uses Ibid. for the consecutive citation when the pack asks for it', () => {
    const { doc } = prepareExport(pack(true, BODY), library);
    expect(plainText(doc.notes[3]!.runs)).toBe('Ibid.');
  });

  it('prints the same notes, in the same order, in the DOCX and the PDF', async () => {
    const { doc } = prepareExport(pack(false, BODY), library);
    const expected = doc.notes.map((n) => plainText(n.runs));
    const footnotes = readDocxParts(await writeDocument(doc, 'docx', FONTS, OPTIONS)).get('word/footnotes.xml')!;
    const docxNotes = [...footnotes.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
      .filter((m) => Number(m[1]) > 0)
      .map((m) => [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('').trim());
    const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    expect(docxNotes.map(decode).map((s) => s.replace(/^\s+/, ''))).toEqual(expected);

    const dir = mkdtempSync(join(tmpdir(), 'bp-notes-'));
    const pdf = join(dir, 'notes.pdf');
    writeFileSync(pdf, await writeDocument(doc, 'pdf', FONTS, OPTIONS));
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ').replace(/- /g, '-');
    let at = 0;
    for (const note of expected) {
      const start = note.slice(0, 40);
      const found = text.indexOf(start, at);
      expect(found, `note “${start}” in order`).toBeGreaterThan(-1);
      at = found;
    }
  });
});

describe('what prepare prints around the notes', () => {
  it('appends the bibliography as a heading and entries, and leaves it out when the pack turns it off', () => {
    const on = prepareExport(pack(false, BODY), library).doc;
    const heading = on.blocks.findIndex((b) => b.kind === 'heading' && b.inlines.some((i) => i.kind === 'text' && i.text === 'Bibliography'));
    expect(heading).toBeGreaterThan(-1);
    expect(on.blocks.slice(heading + 1).every((b) => b.kind === 'bibliographyEntry')).toBe(true);
    const file = pack(false, BODY);
    file.pack.settings.bibliography = false;
    const off = prepareExport(file, library).doc;
    expect(off.blocks.some((b) => b.kind === 'bibliographyEntry')).toBe(false);
    expect(off.blocks.some((b) => b.kind === 'heading')).toBe(false);
  });

  it('prints each section’s speaking time under its heading in talking points', () => {
    const body: Block[] = [
      { type: 'heading', level: 1, children: [t('Opening')] },
      { type: 'paragraph', children: [t(Array.from({ length: 140 }, () => 'word').join(' '))] },
      { type: 'heading', level: 1, children: [t('Close')] },
      { type: 'paragraph', children: [t('Thank you all.')] },
    ];
    const file = packFile(body, { template: 'talking-points', cover: { title: 'Lines' } });
    const times = prepareExport(file, library).doc.blocks.filter((b) => b.kind === 'speakingTime').map((b) => b.text);
    expect(times).toEqual(['Speaking time: 1 min 00 s', 'Speaking time: 1 s']);
  });
});
