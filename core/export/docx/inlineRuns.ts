import { FootnoteReferenceRun, TextRun } from 'docx';
import type { ExportInline, Styled } from '../exportDoc';

/** Styled text as Word runs; bold and italic are direct formatting, as a writer would apply them. */
export function styledRuns(runs: readonly Styled[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

/** Body inlines as runs; a note marker becomes a real footnote reference that Word numbers itself. */
export function inlineRuns(inlines: readonly ExportInline[]): (TextRun | FootnoteReferenceRun)[] {
  return inlines.map((i) =>
    i.kind === 'noteRef' ? new FootnoteReferenceRun(i.n) : new TextRun({ text: i.text, bold: i.bold, italics: i.italic }),
  );
}
