import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportDoc, ExportInline } from './exportDoc';
import { shortDoc } from './__fixtures__/sampleDocs';
import { readDocxParts } from '../../tests/support/readDocxParts';
import { toDocx } from './docx/toDocx';
import type { PdfFonts } from './pdf/fonts';
import { toPdf } from './pdf/toPdf';

const FONT_DIR = join(import.meta.dirname, '../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};

/** Characters outside XML 1.0's Char production: any one makes a part unreadable to Word. */
// eslint-disable-next-line no-control-regex -- these characters are what it looks for
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = 'A\u0000B\u0001C\u001bD\u000bE\uFFFEF\uD800G';

const empty: ExportInline[] = [];
const blank: ExportInline[] = [{ kind: 'text', text: '' }];

/** Every block kind with nothing in it, in each way a pack can say "nothing". */
function emptyDoc(): ExportDoc {
  const doc = shortDoc();
  return {
    ...doc,
    contents: undefined,
    blocks: [
      { kind: 'heading', level: 1, anchor: 1, inlines: empty },
      { kind: 'heading', level: 2, anchor: 2, inlines: blank },
      { kind: 'heading', level: 3, anchor: 3, inlines: [{ kind: 'text', text: '   ' }] },
      { kind: 'paragraph', inlines: empty },
      { kind: 'paragraph', inlines: blank },
      { kind: 'quote', inlines: empty },
      { kind: 'list', ordered: true, items: [] },
      { kind: 'list', ordered: false, items: [empty, blank] },
      { kind: 'excerpt', inlines: [{ kind: 'text', text: '' }, { kind: 'noteRef', n: 1 }] },
      { kind: 'recommendation', label: '', inlines: empty },
      { kind: 'speakingTime', text: '' },
      { kind: 'paragraph', inlines: [{ kind: 'noteRef', n: 2 }] },
      { kind: 'bibliographyEntry', runs: [] },
      { kind: 'bibliographyEntry', runs: [{ text: '' }] },
    ],
    notes: [
      { n: 1, runs: [] },
      { n: 2, runs: [{ text: '' }] },
    ],
  };
}

/** Control characters in every kind of string the writers print. */
function controlDoc(): ExportDoc {
  const doc = shortDoc();
  return {
    ...doc,
    meta: { title: CONTROL, author: CONTROL, subject: CONTROL },
    front: { title: CONTROL, subtitle: CONTROL, details: [{ label: CONTROL, value: CONTROL }] },
    furniture: { ...doc.furniture, runningTitle: CONTROL, marking: CONTROL, watermark: CONTROL },
    contents: { title: CONTROL, entries: [{ level: 1, text: CONTROL, anchor: 1 }] },
    blocks: [
      { kind: 'heading', level: 1, anchor: 1, inlines: [{ kind: 'text', text: CONTROL }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: CONTROL, bold: true }, { kind: 'noteRef', n: 1 }] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: CONTROL }]] },
      { kind: 'recommendation', label: CONTROL, horizon: CONTROL, inlines: [{ kind: 'text', text: CONTROL }] },
      { kind: 'bibliographyEntry', runs: [{ text: CONTROL, italic: true }] },
    ],
    notes: [{ n: 1, runs: [{ text: CONTROL }] }],
  };
}

const OPTIONS = { paper: 'a4' as const, createdAt: new Date('2026-01-15T09:00:00Z') };

describe('the exporters take any document the schema allows', () => {
  it('empty headings, paragraphs, lists, items, quotations, notes and bibliography entries export to PDF and DOCX', async () => {
    const pdf = await toPdf(emptyDoc(), FONTS, OPTIONS);
    expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-');
    const parts = readDocxParts(await toDocx(emptyDoc(), { ...OPTIONS, contentsPages: [] }));
    expect(parts.get('word/document.xml')).toContain('<w:body>');
  });

  it('control characters never reach a DOCX part, and the text around them survives', async () => {
    const parts = readDocxParts(await toDocx(controlDoc(), { ...OPTIONS, contentsPages: [3] }));
    for (const [path, xml] of parts) expect(NOT_XML_CHAR.test(xml), path).toBe(false);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>ABCDEFG</dc:title>');
    expect(parts.get('word/document.xml')).toContain('ABCDEFG');
    expect(parts.get('word/footnotes.xml')).toContain('ABCDEFG');
  });

  it('control characters do not stop a PDF export', async () => {
    const pdf = await toPdf(controlDoc(), FONTS, OPTIONS);
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
