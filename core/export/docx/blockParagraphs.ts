import { BookmarkEnd, BookmarkStart, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { ExportBlock } from '../exportDoc';
import { BULLET_LIST, NUMBERED_LIST } from './docxNumbering';
import { inlineRuns } from './inlineRuns';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** "Recommendation 3: Sahel | Short term", the parts a reader scans for. */
function recommendationHeading(block: Extract<ExportBlock, { kind: 'recommendation' }>): Paragraph {
  const label = block.number ? `Recommendation ${block.number}: ${block.heading}` : `Recommendation: ${block.heading}`;
  const children = [new TextRun(label)];
  if (block.horizon) children.push(new TextRun({ text: `\u2002|\u2002${block.horizon}`, bold: false }));
  return new Paragraph({ style: 'RecommendationHeading', children });
}

/** Name of the bookmark the contents entry for heading `serial` links to, as Word names them. */
export function headingBookmark(serial: number): string {
  return `_Toc${serial}`;
}

/**
 * A heading bookmarked for the contents. We bookmark headings ourselves, with ids from the
 * heading's place in the pack, because docx's own heading bookmarks count up across every
 * document the process writes, so the same pack would export differently the second time.
 */
export function headingParagraph(level: 1 | 2 | 3, serial: number, runs: readonly ParagraphChild[]): Paragraph {
  // docx writes a paragraph's children as given; its ParagraphChild type only omits bare bookmark ends.
  const start = new BookmarkStart(headingBookmark(serial), serial) as unknown as ParagraphChild;
  const end = new BookmarkEnd(serial) as unknown as ParagraphChild;
  return new Paragraph({ heading: HEADING[level], children: [start, ...runs, end] });
}

/** Which list or heading of the document a block is, counted from 1, for list instances and bookmarks. */
export interface BlockSerials {
  list: number;
  heading: number;
}

/**
 * One pack block as Word paragraphs, each in a named style. Each list is its own Word list
 * instance, so an ordered list after another starts again at 1.
 */
export function blockParagraphs(block: ExportBlock, serials: BlockSerials): Paragraph[] {
  const listInstance = serials.list;
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, serials.heading, inlineRuns(block.inlines))];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.inlines) })];
    case 'quote':
    case 'excerpt':
      return [new Paragraph({ style: 'Quote', children: inlineRuns(block.inlines) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            style: block.ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: block.ordered ? NUMBERED_LIST : BULLET_LIST, level: 0, instance: listInstance, custom: true },
            children: inlineRuns(item),
          }),
      );
    case 'recommendation':
      return [recommendationHeading(block), new Paragraph({ style: 'Recommendation', children: inlineRuns(block.inlines) })];
  }
}
