import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDoc, WRITER_OPTIONS } from '../__fixtures__/sampleDocs';
import type { PdfFonts } from '../pdf/fonts';
import { writeDocument } from '../writeDocument';

const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};

/**
 * Renders longDoc(150) with LibreOffice and reads the PDF back with `pdftotext -bbox`: each
 * footnote must be on the same page as its marker. Markers and note numbers are both small
 * superscript digits; they differ in that a body marker is glued to the word before it, while
 * a note's number starts its line at the left margin.
 */

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((t) => !hasTool(t));
if (missing.length > 0) console.warn(`Skipping the LibreOffice DOCX checks: ${missing.join(', ')} not installed.`);

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
interface Page {
  height: number;
  words: Word[];
}

function parseBbox(html: string): Page[] {
  return [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">(.*?)<\/page>/gs)].map((page) => ({
    height: Number(page[1]),
    words: [...page[2]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&'),
    })),
  }));
}

const height = (w: Word) => w.y1 - w.y0;
const sameLine = (a: Word, b: Word) => Math.abs(a.y1 - b.y1) < height(a) && b !== a;

/** The most common word height in the document: body text. */
function bodyHeight(pages: Page[]): number {
  const counts = new Map<number, number>();
  for (const w of pages.flatMap((p) => p.words)) counts.set(Math.round(height(w) * 2) / 2, (counts.get(Math.round(height(w) * 2) / 2) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

interface Found {
  markers: Map<number, number[]>;
  notes: Map<number, { page: number; firstWord: string | undefined }[]>;
}

/** Pages (1-based) where each note's marker and each note's number appear. */
function findNotes(pages: Page[]): Found {
  const small = 0.7 * bodyHeight(pages);
  const found: Found = { markers: new Map(), notes: new Map() };
  pages.forEach((page, i) => {
    for (const w of page.words) {
      if (!/^\d+$/.test(w.text) || height(w) >= small) continue;
      const n = Number(w.text);
      const line = page.words.filter((o) => sameLine(w, o));
      const glued = line.some((o) => o.x1 <= w.x0 + 0.5 && w.x0 - o.x1 < 1.5);
      if (glued) {
        found.markers.set(n, [...(found.markers.get(n) ?? []), i + 1]);
      } else if (!line.some((o) => o.x1 <= w.x0)) {
        const next = line.filter((o) => o.x0 >= w.x1).sort((a, b) => a.x0 - b.x0)[0];
        found.notes.set(n, [...(found.notes.get(n) ?? []), { page: i + 1, firstWord: next?.text }]);
      }
    }
  });
  return found;
}

describe.skipIf(missing.length > 0)('toDocx in LibreOffice (longDoc(150))', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-docx-lo-'));
  let pages: Page[] = [];

  beforeAll(async () => {
    const docx = join(dir, 'long.docx');
    writeFileSync(docx, await writeDocument(longDoc(150), 'docx', FONTS, WRITER_OPTIONS));
    // A private profile, so parallel runs (and a user's own LibreOffice) don't clash.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    pages = parseBbox(execFileSync('pdftotext', ['-bbox', join(dir, 'long.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  }, 150_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts every footnote on the page of its marker', () => {
    const { markers, notes } = findNotes(pages);
    const misplaced: string[] = [];
    for (let n = 1; n <= 150; n++) {
      expect(markers.get(n), `marker ${n} found once`).toHaveLength(1);
      expect(notes.get(n), `note ${n} found once`).toHaveLength(1);
      const note = notes.get(n)![0]!;
      expect(note.firstWord, `note ${n} starts with its text`).toBe('Riccardo');
      if (note.page !== markers.get(n)![0]) misplaced.push(`note ${n}: marker on p. ${markers.get(n)![0]}, note on p. ${note.page}`);
    }
    expect(misplaced).toEqual([]);
    expect(markers.size).toBe(150);
    expect(notes.size).toBe(150);
  });

  it('prints the marking at the top and foot of every page, and "Page X of Y" after the cover', () => {
    expect(pages.length).toBeGreaterThan(30);
    pages.forEach((page, i) => {
      const marking = page.words.filter((w) => w.text === 'OFFICIAL');
      expect(marking.some((w) => w.y1 < page.height * 0.1), `page ${i + 1} header`).toBe(true);
      expect(marking.some((w) => w.y0 > page.height * 0.9), `page ${i + 1} footer`).toBe(true);
      const foot = page.words.filter((w) => w.y0 > page.height * 0.9).map((w) => w.text).join(' ');
      if (i > 0) expect(foot).toContain(`Page ${i + 1} of ${pages.length}`);
      else expect(foot).not.toContain('Page');
    });
  });

  it('lists each heading in the contents with a page number within one page of where LibreOffice puts it', () => {
    const doc = longDoc(150);
    const lines = pages.map((page) => linesOf(page.words));
    const contents = lines.flatMap((ls, p) => (lines[p]!.some((l) => l === 'Contents') ? ls : []));
    const misplaced: string[] = [];
    for (const entry of doc.contents!.entries) {
      const listed = contents.find((l) => l.startsWith(`${entry.text} `) || l.startsWith(`${entry.text}.`));
      expect(listed, `contents entry ${entry.text}`).toBeDefined();
      const number = Number(/(\d+)$/.exec(listed!)?.[1]);
      expect(number, `page number of ${entry.text}`).toBeGreaterThan(0);
      const landed = lines.findIndex((ls, p) => p > 1 && ls.includes(entry.text)) + 1;
      if (Math.abs(number - landed) > 1) misplaced.push(`${entry.text}: contents say ${number}, LibreOffice puts it on ${landed}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('sets the body in the PDF’s font family (Liberation Serif, standing in for Times New Roman)', () => {
    const fonts = execFileSync('pdffonts', [join(dir, 'long.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif\s/);
    expect(fonts).toMatch(/LiberationSans-Bold/);
  });
});

/** Words regrouped into lines by baseline, left to right, dot leaders dropped. */
function linesOf(words: readonly Word[]): string[] {
  const rows = new Map<number, Word[]>();
  for (const w of words) rows.set(Math.round(w.y1), [...(rows.get(Math.round(w.y1)) ?? []), w]);
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ws]) => ws.sort((a, b) => a.x0 - b.x0).map((w) => w.text).filter((t) => !/^\.{2,}$/.test(t)).join(' ').replace(/\.{3,}/g, ' ').replace(/\s+/g, ' ').trim());
}
