import { Document, PageBreak, Paragraph, type TableOfContents, TextRun } from 'docx';
import type { ExportDoc, WriterOptions } from '../exportDoc';
import { pageGeometry as pdfGeometry } from '../pdf/pageGeometry';
import { blockParagraphs, headingBookmark } from './blockParagraphs';
import { contentsField } from './contentsField';
import { corePropertiesXml } from './corePropertiesXml';
import { coverPage, headerBlock } from './coverPage';
import { docxNumbering } from './docxNumbering';
import { docxStyles } from './docxStyles';
import { styledRuns } from './inlineRuns';
import { pageFurniture } from './pageFurniture';
import { pageGeometry, textWidth } from './pageGeometry';
import { stampZipEntries } from './stampZipEntries';
import { zipPackage, type ZipFiles } from './zipPackage';
import { xmlSafeStrings } from '../../pack/xmlSafeText';

export interface DocxOptions extends WriterOptions {
  /**
   * The page each contents entry lands on, in the contents' order: the PDF paginator's
   * (core/export/pdf/layoutDocument.ts contentsPageNumbers), so the contents read right
   * before any field update, in Word and in LibreOffice, and match the PDF's.
   */
  contentsPages: readonly number[];
  /** Zips the package, where the host lends a faster zip than docx's own (zipPackage.ts). */
  zip?: ZipFiles;
}

/** Real Word footnotes, keyed by note number; Word numbers them itself in reference order. */
function footnotes(doc: ExportDoc): Record<string, { children: Paragraph[] }> {
  return Object.fromEntries(
    doc.notes.map((note) => [
      String(note.n),
      // The space after the number is what Word itself types when a user inserts a footnote.
      { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(' '), ...styledRuns(note.runs)] })] },
    ]),
  );
}

/**
 * The contents on their own page: a real TOC field over Heading 1-2, written clean with its
 * entries and their page numbers, so it reads right as opened; Word recomputes it on F9.
 */
function contents(doc: ExportDoc, pages: readonly number[], width: number): (Paragraph | TableOfContents)[] {
  if (!doc.contents) return [];
  const cachedEntries = doc.contents.entries.map((e, i) => ({ title: e.text, level: e.level, href: headingBookmark(e.anchor), ...(pages[i] ? { page: pages[i] } : {}) }));
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(doc.contents.title)] }),
    contentsField(doc.contents.title, width, { hyperlink: true, headingStyleRange: '1-2', cachedEntries, beginDirty: false }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function body(doc: ExportDoc, width: number): Paragraph[] {
  let list = 0;
  return doc.blocks.flatMap((block, i) => {
    if (block.kind === 'list') list += 1;
    return blockParagraphs(block, { list, previous: doc.blocks[i - 1], textWidth: width });
  });
}

/**
 * The pack as a Word document a user can take for hand-made: named styles, real footnotes, real
 * list numbering, outline-level headings with a contents field, marked headers and footers.
 * It lays out what core/prepare decided, on the PDF's page with the PDF's type.
 * Deterministic: the same ExportDoc and options give the same bytes.
 */
export async function toDocx(input: ExportDoc, options: DocxOptions): Promise<Uint8Array> {
  // docx escapes markup but passes control characters through, which makes the XML unreadable;
  // every string of the document is cleaned once here, whatever path it took to get here.
  const doc = xmlSafeStrings(input);
  const page = pageGeometry(options.paper);
  const pdfPage = pdfGeometry(options.paper);
  const front = doc.furniture.cover ? coverPage(doc.front, pdfPage.height, pdfPage.bodyTop) : headerBlock(doc.front);
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    styles: docxStyles(),
    numbering: docxNumbering(),
    footnotes: footnotes(doc),
    sections: [
      {
        properties: {
          titlePage: doc.furniture.cover,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, right: page.side, bottom: page.bottom, left: page.side, header: page.header, footer: page.footer, gutter: 0 },
          },
        },
        ...pageFurniture(doc.furniture, page),
        children: [...front, ...contents(doc, options.contentsPages, textWidth(page)), ...body(doc, textWidth(page))],
      },
    ],
  });
  const zip = await zipPackage(document, [{ path: 'docProps/core.xml', data: corePropertiesXml(doc.meta, options.createdAt) }], options.zip);
  return stampZipEntries(zip, options.createdAt);
}
