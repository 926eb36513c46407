import type {} from 'pdfkit';
import { drawLine } from './drawLine';
import type { FlowBlock, FlowLine } from './flowModel';
import type { Tagger } from './createTagger';
import type { PageGeometry } from './pageGeometry';
import { NOTE_SEPARATOR, type PagePlan, type PlacedLine } from './paginate';
import type { OutlineBuilder } from './createOutline';
import { COLOURS, QUOTE_INDENT } from './typeScale';

export interface BodyPageContext {
  geometry: PageGeometry;
  blocks: readonly FlowBlock[];
  notes: ReadonlyMap<number, FlowLine[]>;
  tagger: Tagger;
  outline: OutlineBuilder;
}

/** Paints one page of body text and its notes, as planned by `paginate`. */
export function drawBodyPage(doc: PDFKit.PDFDocument, plan: PagePlan, ctx: BodyPageContext): void {
  const { geometry: g, blocks, notes, tagger } = ctx;
  const top0 = g.bodyTop;
  const groups = groupByOwner(plan.body);
  tagger.artifact(() => {
    for (const group of groups) drawBox(doc, blocks[group[0]!.owner]!, group, g);
  });
  for (const group of groups) {
    const owner = group[0]!.owner;
    const block = blocks[owner]!;
    const lastLine = block.lines[block.lines.length - 1];
    const heading = block.heading;
    if (heading && group[0]!.line === block.lines[0]) {
      doc.addNamedDestination(heading.id, 'XYZ', 0, top0 + group[0]!.top - 6, null);
      ctx.outline.add(heading.level, heading.text, top0 + group[0]!.top - 6);
    }
    tagger.content(`b${owner}`, block.tag, group[group.length - 1]!.line === lastLine, () => {
      for (const p of group) drawLine(doc, p.line, g.left, top0 + p.top, g.textWidth);
    });
  }
  if (plan.notesTop === undefined) return;
  const ruleY = top0 + plan.notesTop + NOTE_SEPARATOR / 2;
  tagger.artifact(() => {
    doc.lineWidth(0.5).strokeColor(COLOURS.rule).moveTo(g.left, ruleY).lineTo(g.left + 72, ruleY).stroke();
  });
  for (const group of groupByOwner(plan.notes)) {
    const n = group[0]!.owner;
    const all = notes.get(n) ?? [];
    tagger.content(`n${n}`, 'Note', group[group.length - 1]!.line === all[all.length - 1], () => {
      for (const p of group) drawLine(doc, p.line, g.left, top0 + p.top, g.textWidth);
    });
  }
}

function groupByOwner(lines: readonly PlacedLine[]): PlacedLine[][] {
  const out: PlacedLine[][] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last[0]!.owner === l.owner) last.push(l);
    else out.push([l]);
  }
  return out;
}

/** Recommendations get a tinted box with a strong left rule; excerpts a quiet left rule. */
function drawBox(doc: PDFKit.PDFDocument, block: FlowBlock, group: readonly PlacedLine[], g: PageGeometry): void {
  if (!block.box) return;
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const top = g.bodyTop + first.top - first.line.padBefore;
  const bottom = g.bodyTop + last.top + last.line.height;
  if (block.box === 'recommendation') {
    doc.rect(g.left, top, g.textWidth, bottom - top).fill(COLOURS.recommendationFill);
    doc.rect(g.left, top, 3, bottom - top).fill(COLOURS.recommendationRule);
  } else {
    const x = g.left + QUOTE_INDENT - 10;
    doc.lineWidth(1.2).strokeColor('#999999').moveTo(x, top + 2).lineTo(x, bottom - 2).stroke();
  }
  doc.fillColor(COLOURS.text);
}
