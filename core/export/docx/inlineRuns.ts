import { FootnoteReferenceRun, TextRun } from 'docx';
import type { ExportInline, Styled } from '../exportDoc';

/** Styled text as Word runs; bold and italic are direct formatting, as a writer would apply them. */
export function styledRuns(runs: readonly Styled[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

/**
 * Body inlines as runs; a note marker becomes a real footnote reference that Word numbers
 * itself, after its separator (raised like the number) when it follows another marker.
 */
export function inlineRuns(inlines: readonly ExportInline[]): (TextRun | FootnoteReferenceRun)[] {
  return inlines.flatMap((i) => {
    if (i.kind === 'text') return [new TextRun({ text: i.text, bold: i.bold, italics: i.italic })];
    const ref = new FootnoteReferenceRun(i.n);
    return i.separator ? [new TextRun({ text: i.separator, style: 'FootnoteReference' }), ref] : [ref];
  });
}
