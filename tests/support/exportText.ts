import { execFileSync } from 'node:child_process';
import { readDocxParts } from './readDocxParts';
import { pageGeometry } from '../../core/export/pdf/pageGeometry';

/**
 * The text a reader sees in each format, in reading order, as two strings: the document (front
 * matter, contents with their page numbers, body, bibliography) and the notes (each "N." then its
 * text). Page furniture (running title, marking, folio, watermark) is left out of both, and so
 * are the PDF's "Note N, continued:" lines: they are how a page is laid out, not what it says.
 */
export interface ExportText {
  document: string;
  notes: string;
  pages: number;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * DOCX text from its XML parts: every paragraph's runs, a tab read as a space, a footnote
 * reference as its number (Word numbers notes by their ids here), list paragraphs opened by the
 * label Word draws from numbering.xml ("•", or the item's number and a full stop).
 */
export function docxText(docx: Uint8Array): Omit<ExportText, 'pages'> {
  const parts = readDocxParts(docx);
  const numbering = parts.get('word/numbering.xml') ?? '';
  const bulletNums = new Set<string>();
  const abstractFormat = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>(.*?)<\/w:abstractNum>/gs)) {
    abstractFormat.set(m[1]!, /<w:numFmt w:val="bullet"\/>/.test(m[2]!) ? 'bullet' : 'decimal');
  }
  for (const m of numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>.*?<w:abstractNumId w:val="(\d+)"\/>/gs)) {
    if (abstractFormat.get(m[2]!) === 'bullet') bulletNums.add(m[1]!);
  }
  const counters = new Map<string, number>();
  const paragraphText = (p: string): string => {
    let text = '';
    const numId = /<w:numPr>.*?<w:numId w:val="(\d+)"\/>/s.exec(p)?.[1];
    if (numId) {
      const n = (counters.get(numId) ?? 0) + 1;
      counters.set(numId, n);
      text += bulletNums.has(numId) ? '• ' : `${n}. `;
    }
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:footnoteReference w:id="(\d+)"\/>/g)) {
      if (m[0] === '<w:tab/>') text += ' ';
      else if (m[2] !== undefined) text += m[2];
      else text += decode(m[1]!);
    }
    return text;
  };
  const body = parts.get('word/document.xml')!.replace(/<w:sectPr\b.*?<\/w:sectPr>/gs, '');
  // Tab stops in paragraph properties are <w:tab .../> with attributes, not the run's <w:tab/>.
  const document = [...body.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map((m) => paragraphText(m[1]!)).join(' ');
  const footnotes = parts.get('word/footnotes.xml') ?? '';
  const notes = [...footnotes.matchAll(/<w:footnote (?:w:type="[^"]*" )?w:id="(-?\d+)"[^>]*>(.*?)<\/w:footnote>/gs)]
    .filter((m) => Number(m[1]) > 0)
    .map((m) => `${m[1]}. ${paragraphText(m[2]!)}`)
    .join(' ');
  return { document, notes };
}

interface Word {
  text: string;
  x: number;
  top: number;
  bottom: number;
}

/**
 * PDF text from poppler, in the order the page was painted (`-raw`): body text first, then its
 * notes. A page's notes start at the first note label: a number and a full stop at the left
 * margin in the note size (list numbers are body size), or a continued note's "Note".
 */
export function pdfText(file: string, paper: 'a4' | 'letter'): ExportText {
  const g = pageGeometry(paper);
  const html = execFileSync('pdftotext', ['-raw', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m): Word => ({ x: Number(m[1]), top: Number(m[2]), bottom: Number(m[3]), text: decode(m[4]!) }),
    ),
  );
  const document: string[] = [];
  const notes: string[] = [];
  for (const words of pages) {
    let inNotes = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const height = w.bottom - w.top;
      if (height > 40) continue; // the watermark
      if (w.top < g.bodyTop - 2 || w.bottom > g.bodyBottom + 2) continue; // furniture
      const atMargin = Math.abs(w.x - g.left) < 0.5;
      const noteSize = height > 8.6 && height < 10;
      if (atMargin && noteSize && (/^\d+\.$/.test(w.text) || w.text === 'Note')) inNotes = true;
      if (inNotes && w.text === 'Note' && atMargin && /^\d+,$/.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === 'continued:') {
        i += 2;
        continue;
      }
      (inNotes ? notes : document).push(w.text);
    }
  }
  return { document: document.join(' '), notes: notes.join(' '), pages: pages.length };
}

/**
 * What both formats must agree on, character for character: the text without spaces (a PDF
 * line break is not a DOCX space), without hyphens (the PDF hyphenates at line ends; a word's
 * own hyphen is dropped on both sides alike) and without contents dot leaders.
 */
export function comparable(text: string): string {
  return text.replace(/(?:^|\s)\.{1,}(?=\s|$)/g, ' ').replace(/[\s\u00ad-]+/g, '');
}
