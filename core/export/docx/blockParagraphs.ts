import { BookmarkEnd, BookmarkStart, HeadingLevel, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { ExportBlock } from '../exportDoc';
import { horizonTab } from './docxStyles';
import { BULLET_LIST, NUMBERED_LIST } from './docxNumbering';
import { inlineRuns, styledRuns } from './inlineRuns';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** "Recommendation 3: Sahel", its horizon flush right as the PDF sets it. */
function recommendationHeading(block: Extract<ExportBlock, { kind: 'recommendation' }>, textWidth: number): Paragraph {
  const children = [new TextRun(block.label)];
  if (block.horizon) children.push(new TextRun({ children: [new Tab(), block.horizon], bold: false, font: 'Arial', size: 18, color: '555555' }));
  return new Paragraph({ style: 'RecommendationHeading', tabStops: [horizonTab(textWidth)], children });
}

/** Name of the bookmark the contents entry for heading `anchor` links to, as Word names them. */
export function headingBookmark(anchor: number): string {
  return `_Toc${anchor}`;
}

/**
 * A heading bookmarked for the contents. We bookmark headings ourselves, with ids from the
 * heading's place in the pack, because docx's own heading bookmarks count up across every
 * document the process writes, so the same pack would export differently the second time.
 */
export function headingParagraph(level: 1 | 2 | 3, anchor: number, runs: readonly ParagraphChild[]): Paragraph {
  // docx writes a paragraph's children as given; its ParagraphChild type only omits bare bookmark ends.
  const start = new BookmarkStart(headingBookmark(anchor), anchor) as unknown as ParagraphChild;
  const end = new BookmarkEnd(anchor) as unknown as ParagraphChild;
  return new Paragraph({ heading: HEADING[level], children: [start, ...runs, end] });
}

/**
 * Widow and orphan control, as the PDF paginator keeps two lines of a paragraph on each side of
 * a page break. Word's own Normal style has it; a style in docx cannot carry it, so each
 * paragraph does.
 */
const KEEP_TWO = { widowControl: true } as const;

/** Layout facts a block needs from around it. */
export interface BlockContext {
  /** Which list of the document this is, counted from 1: each list is its own Word list instance. */
  list: number;
  /** The block before, for spacing that depends on it (a bibliography's first entry). */
  previous: ExportBlock | undefined;
  /** Width of the text column, in twips. */
  textWidth: number;
}

/**
 * One block as Word paragraphs, each in a named style. Each list is its own Word list
 * instance, so an ordered list after another starts again at 1.
 */
export function blockParagraphs(block: ExportBlock, ctx: BlockContext): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, block.anchor, inlineRuns(block.inlines))];
    case 'paragraph':
      return [new Paragraph({ ...KEEP_TWO, children: inlineRuns(block.inlines) })];
    case 'quote':
      return [new Paragraph({ ...KEEP_TWO, style: 'Quote', children: inlineRuns(block.inlines) })];
    case 'excerpt':
      return [new Paragraph({ ...KEEP_TWO, style: 'Excerpt', children: inlineRuns(block.inlines) })];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            style: block.ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: block.ordered ? NUMBERED_LIST : BULLET_LIST, level: 0, instance: ctx.list, custom: true },
            ...KEEP_TWO,
            ...(i === 0 ? { spacing: { before: 120 } } : {}),
            children: inlineRuns(item),
          }),
      );
    case 'recommendation':
      return [recommendationHeading(block, ctx.textWidth), new Paragraph({ ...KEEP_TWO, style: 'Recommendation', children: inlineRuns(block.inlines) })];
    case 'speakingTime':
      return [new Paragraph({ style: 'SpeakingTime', children: [new TextRun(block.text)] })];
    case 'bibliographyEntry':
      return [new Paragraph({ ...KEEP_TWO, style: 'Bibliography', ...(ctx.previous?.kind !== 'bibliographyEntry' ? { spacing: { before: 120 } } : {}), children: styledRuns(block.runs) })];
  }
}
