import { Document, Packer, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ExportDoc } from '../exportDoc';
import { blockParagraphs, headingBookmark, headingParagraph, type BlockSerials } from './blockParagraphs';
import { corePropertiesXml } from './corePropertiesXml';
import { coverPage } from './coverPage';
import { docxNumbering } from './docxNumbering';
import { docxStyles } from './docxStyles';
import { styledRuns } from './inlineRuns';
import { pageFurniture } from './pageFurniture';
import { pageGeometry } from './pageGeometry';
import { stampZipEntries } from './stampZipEntries';
import { xmlSafeStrings } from '../../pack/xmlSafeText';

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

const BIBLIOGRAPHY = 'Bibliography';

type ToCEntry = NonNullable<NonNullable<ConstructorParameters<typeof TableOfContents>[1]>['cachedEntries']>[number];

/** What the contents list: each heading's text (note markers left out) and level, in order. */
function contentsEntries(doc: ExportDoc): ToCEntry[] {
  const entries = doc.blocks.flatMap((block) =>
    block.kind === 'heading' ? [{ title: block.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''), level: block.level }] : [],
  );
  if (doc.bibliography.length > 0) entries.push({ title: BIBLIOGRAPHY, level: 1 });
  return entries.map((entry, i) => ({ ...entry, href: headingBookmark(i + 1) }));
}

/**
 * The contents on their own page: a TOC field over Heading 1-3 that Word refreshes on open
 * (updateFields), written with its entries so it reads right before that (and in LibreOffice).
 */
function contents(doc: ExportDoc): (Paragraph | TableOfContents)[] {
  const cachedEntries = contentsEntries(doc);
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', cachedEntries }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function body(doc: ExportDoc, serials: BlockSerials): Paragraph[] {
  return doc.blocks.flatMap((block) => {
    if (block.kind === 'list') serials.list += 1;
    if (block.kind === 'heading') serials.heading += 1;
    return blockParagraphs(block, serials);
  });
}

function bibliography(doc: ExportDoc, serials: BlockSerials): Paragraph[] {
  if (doc.bibliography.length === 0) return [];
  return [
    headingParagraph(1, serials.heading + 1, [new TextRun(BIBLIOGRAPHY)]),
    ...doc.bibliography.map((entry) => new Paragraph({ style: 'Bibliography', children: styledRuns(entry) })),
  ];
}

/**
 * The pack as a Word document a user can take for hand-made: named styles, real footnotes, real
 * list numbering, outline-level headings with a contents field, marked headers and footers.
 * Deterministic: the same ExportDoc gives the same bytes (dates come from doc.meta.createdAt).
 */
export async function toDocx(input: ExportDoc): Promise<Uint8Array> {
  // docx escapes markup but passes control characters through, which makes the XML unreadable;
  // every string of the document is cleaned once here, whatever path it took to get here.
  const doc = xmlSafeStrings(input); // the Date in meta is kept as it is
  const page = pageGeometry(doc.settings.paper);
  const serials: BlockSerials = { list: 0, heading: 0 };
  const main = body(doc, serials); // counts the lists and headings, so it comes before the bibliography
  const back = bibliography(doc, serials);
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    styles: docxStyles(),
    numbering: docxNumbering(),
    footnotes: footnotes(doc),
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, right: page.margin, bottom: page.margin, left: page.margin, header: page.headerFooter, footer: page.headerFooter, gutter: 0 },
          },
        },
        ...pageFurniture(doc.cover, page),
        children: [...coverPage(doc.cover), ...contents(doc), ...main, ...back],
      },
    ],
  });
  const zip = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: corePropertiesXml(doc.meta) }]);
  return stampZipEntries(zip, doc.meta.createdAt);
}
