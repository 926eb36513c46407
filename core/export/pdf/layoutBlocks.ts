import { headingText, type ExportBlock, type ExportInline, type FrontMatter } from '../exportDoc';
import { breakLines } from './breakLines';
import { styledFont, type FontKey } from './fonts';
import type { FlowBlock, FlowLine } from './flowModel';
import { wordsWidth, type LaidLine, type Measure } from './lineModel';
import { tokenizeInlines } from './tokenizeInlines';
import { BIBLIOGRAPHY, BODY, COLOURS, EXCERPT, HEADER_BLOCK, HEADINGS, LIST_INDENT, PARAGRAPH_GAP, QUOTE_INDENT, SPEAKING_TIME, type TextStyle } from './typeScale';

/** Inner padding of a recommendation box, and the inset of its text from the box edge. */
export const BOX_PAD = 7;
export const BOX_INSET = 12;

interface Ctx {
  measure: Measure;
  textWidth: number;
}

/** Breaks every block into lines at the text width, ready for pagination. */
export function layoutBlocks(blocks: readonly ExportBlock[], ctx: Ctx): FlowBlock[] {
  const out: FlowBlock[] = [];
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading':
        out.push(headingBlock(block.level, block.inlines, `h${block.anchor}`, ctx));
        break;
      case 'paragraph':
        out.push(textBlock('paragraph', 'P', block.inlines, BODY, 0, ctx.textWidth, PARAGRAPH_GAP, ctx));
        break;
      case 'quote':
        out.push(textBlock('quote', 'BlockQuote', block.inlines, BODY, QUOTE_INDENT, ctx.textWidth - 2 * QUOTE_INDENT, PARAGRAPH_GAP, ctx));
        break;
      case 'excerpt': {
        const b = textBlock('excerpt', 'BlockQuote', block.inlines, EXCERPT, QUOTE_INDENT, ctx.textWidth - 2 * QUOTE_INDENT, PARAGRAPH_GAP + 2, ctx);
        b.box = 'excerpt';
        out.push(b);
        break;
      }
      case 'recommendation':
        out.push(recommendationBlock(block, ctx));
        break;
      case 'list':
        block.items.forEach((item, i) => {
          const b = textBlock('listItem', 'LI', item, BODY, LIST_INDENT, ctx.textWidth - LIST_INDENT, i === 0 ? PARAGRAPH_GAP : 2, ctx);
          const text = block.ordered ? `${i + 1}.` : '•';
          b.lines[0]!.label = { text, font: 'serif', size: BODY.size, x: block.ordered ? LIST_INDENT - 7 : 9, align: block.ordered ? 'right' : 'left' };
          out.push(b);
        });
        break;
      case 'speakingTime': {
        const words = tokenizeInlines([{ kind: 'text', text: block.text }], { size: SPEAKING_TIME.size, fontFor: () => SPEAKING_TIME.font }, ctx.measure);
        const lines = breakLines(words, { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: ctx.textWidth }) }, ctx.measure);
        const b = plainBlock('paragraph', 'P', lines, SPEAKING_TIME, 0);
        b.lines.forEach((l) => (l.colour = COLOURS.muted));
        b.keepWithNext = true;
        out.push(b);
        break;
      }
      case 'bibliographyEntry': {
        const hang = 18;
        const first = blocks[index - 1]?.kind !== 'bibliographyEntry';
        const words = tokenizeInlines(block.runs.map((s) => ({ kind: 'text' as const, ...s })), { size: BIBLIOGRAPHY.size, fontFor: styledFont }, ctx.measure);
        const lines = breakLines(words, { justify: false, hyphenate: true, lineBox: (l) => (l === 0 ? { x: 0, width: ctx.textWidth } : { x: hang, width: ctx.textWidth - hang }) }, ctx.measure);
        out.push(plainBlock('bibliography', 'P', lines, BIBLIOGRAPHY, first ? PARAGRAPH_GAP : 4));
        break;
      }
    }
  });
  return out;
}

/**
 * The header block that opens page one when the template has no cover: title, subtitle and
 * one line per detail ("From  Policy Planning Unit"), then a gap before the body.
 */
export function layoutHeaderBlock(front: FrontMatter, ctx: Ctx): FlowBlock[] {
  const plain = (text: string, style: TextStyle, before: number, colour?: string): FlowBlock => {
    const words = tokenizeInlines([{ kind: 'text', text }], { size: style.size, fontFor: () => style.font }, ctx.measure);
    const b = plainBlock('paragraph', before === 0 ? 'H1' : 'P', breakLines(words, { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: ctx.textWidth }) }, ctx.measure), style, before);
    if (colour) b.lines.forEach((l) => (l.colour = colour));
    b.keepWithNext = true;
    return b;
  };
  const out = [plain(front.title, HEADER_BLOCK.title, 0)];
  if (front.subtitle) out.push(plain(front.subtitle, HEADER_BLOCK.subtitle, 2, COLOURS.muted));
  front.details.forEach((d, i) => {
    const words = tokenizeInlines([{ kind: 'text', text: d.label, bold: true }, { kind: 'text', text: ` ${d.value}` }], { size: BODY.size, fontFor: styledFont }, ctx.measure);
    const b = plainBlock('paragraph', 'P', breakLines(words, { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: ctx.textWidth }) }, ctx.measure), BODY, i === 0 ? 8 : 0);
    b.keepWithNext = true;
    out.push(b);
  });
  const last = out[out.length - 1]!;
  last.lines[last.lines.length - 1]!.height += HEADER_BLOCK.after;
  last.keepWithNext = false;
  return out;
}

function headingBlock(level: 1 | 2 | 3, inlines: readonly ExportInline[], id: string, ctx: Ctx): FlowBlock {
  const style = HEADINGS[level];
  const words = tokenizeInlines(inlines, { size: style.size, fontFor: () => style.font }, ctx.measure);
  const lines = breakLines(words, { justify: false, hyphenate: false, lineBox: () => ({ x: 0, width: ctx.textWidth }) }, ctx.measure);
  const b = plainBlock('heading', `H${level}`, lines, style, style.before);
  const last = b.lines[b.lines.length - 1]!;
  last.height += style.after;
  b.keepWithNext = true;
  b.heading = { level, text: headingText(inlines), id };
  return b;
}

function textBlock(role: FlowBlock['role'], tag: FlowBlock['tag'], inlines: readonly ExportInline[], style: TextStyle, x: number, width: number, before: number, ctx: Ctx): FlowBlock {
  const words = tokenizeInlines(inlines, { size: style.size, fontFor: styledFont }, ctx.measure);
  const lines = breakLines(words, { justify: true, hyphenate: true, lineBox: () => ({ x, width }) }, ctx.measure);
  return plainBlock(role, tag, lines, style, before);
}

function plainBlock(role: FlowBlock['role'], tag: FlowBlock['tag'], lines: LaidLine[], style: TextStyle, before: number): FlowBlock {
  const flow: FlowLine[] = atLeastOneLine(lines).map((line, i) => ({
    line,
    height: style.leading,
    ascent: ascentOf(style),
    spaceBefore: i === 0 ? before : 0,
    padBefore: 0,
    noteRefs: line.words.flatMap((w) => w.noteRefs),
  }));
  return { role, tag, lines: flow, keepWithNext: false, keepTogether: false };
}

/**
 * A block with no words (an empty heading, paragraph or list item) still takes one blank line,
 * as it does in Word, so every block has a first and a last line to hang spacing and labels on.
 */
export function atLeastOneLine(lines: LaidLine[]): LaidLine[] {
  return lines.length > 0 ? lines : [{ words: [], x: 0, width: 0, justify: false }];
}

/** Baseline position inside a line box: the leading split evenly above and below the text. */
export function ascentOf(style: { size: number; leading: number }): number {
  return (style.leading - style.size) / 2 + style.size * 0.8;
}

function recommendationBlock(block: Extract<ExportBlock, { kind: 'recommendation' }>, ctx: Ctx): FlowBlock {
  const inner = ctx.textWidth - 2 * BOX_INSET;
  const headStyle: TextStyle = { font: 'sansBold', size: 10.5, leading: 15 };
  const title = block.label;
  const headFont: FontKey = headStyle.font;
  const asideW = block.horizon ? ctx.measure('sans', 9, block.horizon) + 12 : 0;
  const headWords = tokenizeInlines([{ kind: 'text', text: title }], { size: headStyle.size, fontFor: () => headFont }, ctx.measure);
  const headLines = breakLines(headWords, { justify: false, hyphenate: false, lineBox: () => ({ x: BOX_INSET, width: inner }) }, ctx.measure);
  // The horizon sits flush right after the label's last line, or on a line of its own when
  // that line is full: where Word's right tab stop puts it in the DOCX.
  const last = headLines[headLines.length - 1];
  if (block.horizon && last && wordsWidth(last.words) + asideW > inner) headLines.push({ words: [], x: BOX_INSET, width: inner, justify: false });
  const head = plainBlock('recommendation', 'P', headLines, headStyle, 0).lines;
  if (block.horizon) head[head.length - 1]!.aside = { text: block.horizon, font: 'sans', size: 9 };
  head.forEach((l) => (l.colour = COLOURS.recommendationRule));
  const words = tokenizeInlines(block.inlines, { size: BODY.size, fontFor: styledFont }, ctx.measure);
  const bodyLines = breakLines(words, { justify: true, hyphenate: true, lineBox: () => ({ x: BOX_INSET, width: inner }) }, ctx.measure);
  const body = plainBlock('recommendation', 'P', bodyLines, BODY, 0).lines;
  const lines = [...head, ...body];
  lines[0]!.spaceBefore = PARAGRAPH_GAP + 4;
  lines[0]!.padBefore = BOX_PAD;
  lines[lines.length - 1]!.height += BOX_PAD;
  return { role: 'recommendation', tag: 'P', lines, keepWithNext: false, keepTogether: lines.length <= 14, box: 'recommendation' };
}
