import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportBlock, ExportDoc, ExportInline } from '../exportDoc';
import { longDoc, shortDoc } from '../__fixtures__/sampleDocs';
import { createMeasure } from './createMeasure';
import type { PdfFonts } from './fonts';
import { layoutBlocks } from './layoutBlocks';
import { continuationLine, layoutNotes } from './layoutNotes';
import { pageGeometry } from './pageGeometry';
import { paginate } from './paginate';

const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};

/** Body paragraphs of varied length so that breaks fall everywhere in them. */
function variedDoc(): ExportDoc {
  const base = longDoc(60);
  const blocks = base.blocks.map((b, i): ExportBlock => {
    if (b.kind !== 'paragraph' || i % 4 !== 1) return b;
    const inlines = b.inlines.map((x): ExportInline => (x.kind === 'text' ? { ...x, text: x.text.slice(0, 60 + ((i * 37) % 400)) } : x));
    return { ...b, inlines };
  });
  return { ...base, blocks };
}

function plan(doc: ExportDoc, paper: 'a4' | 'letter' = 'a4') {
  const g = pageGeometry(paper);
  const measure = createMeasure(FONTS);
  const blocks = layoutBlocks(doc.blocks, { measure, textWidth: g.textWidth });
  const notes = layoutNotes(doc.notes, g.textWidth, measure);
  const H = g.bodyBottom - g.bodyTop;
  return { blocks, notes, H, pages: paginate({ blocks, notes, bodyHeight: H, continuation: (n) => continuationLine(n, g.textWidth, measure) }) };
}

describe.each([
  ['shortDoc', shortDoc, 'a4'],
  ['longDoc(150)', () => longDoc(150), 'a4'],
  ['varied paragraphs', variedDoc, 'a4'],
  ['letter paper', () => longDoc(150), 'letter'],
] as const)('paginate(%s)', (_name, make, paper) => {
  const { blocks, notes, H, pages } = plan(make(), paper);

  it('places every body line once, in order', () => {
    const placed = pages.flatMap((p) => p.body.map((l) => l.line));
    expect(placed).toEqual(blocks.flatMap((b) => b.lines));
  });

  it('leaves no widow or orphan, splits no boxed block, and keeps headings with what follows', () => {
    pages.forEach((page, p) => {
      const owners = page.body.map((l) => l.owner);
      const first = owners[0]!;
      const last = owners[owners.length - 1]!;
      const count = (o: number) => owners.filter((x) => x === o).length;
      for (const o of new Set([first, last])) {
        const total = blocks[o]!.lines.length;
        if (count(o) < total) {
          expect(count(o), `page ${p}, block ${o}: ${count(o)} of ${total} lines`).toBeGreaterThanOrEqual(2);
          expect(blocks[o]!.keepTogether).toBe(false);
        }
      }
      if (p < pages.length - 1) expect(blocks[last]!.keepWithNext, `page ${p} ends with a heading`).toBe(false);
    });
  });

  it('opens every note on its marker’s page and keeps notes clear of the text', () => {
    pages.forEach((page) => {
      const markers = page.body.flatMap((l) => l.line.noteRefs);
      const opened = page.notes.filter((l) => l.line.label).map((l) => l.owner);
      expect(opened).toEqual(markers);
      const bottom = Math.max(0, ...page.body.map((l) => l.top + l.line.height));
      if (page.notesTop !== undefined) expect(bottom).toBeLessThanOrEqual(page.notesTop + 0.01);
      expect(bottom).toBeLessThanOrEqual(H + 0.01);
      for (const n of page.notes) expect(n.top + n.line.height).toBeLessThanOrEqual(H + 0.01);
    });
    const placedNoteLines = pages.flatMap((p) => p.notes.filter((l) => l.line.noteRefs.length === 0 && !/continued/.test(l.line.line.words.map((w) => w.segs[0]!.text).join(' '))));
    expect(placedNoteLines.length).toBe([...notes.values()].reduce((s, l) => s + l.length, 0));
  });
});
