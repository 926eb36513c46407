import type {} from 'pdfkit';

export interface OutlineBuilder {
  /** Adds a bookmark for a heading on the current page, `top` points below the page top. */
  add(level: 1 | 2 | 3, title: string, top: number): void;
}

/** Bookmarks nested as the headings are: a heading sits under the last one of a higher level. */
export function createOutline(doc: PDFKit.PDFDocument, pageWidth: number): OutlineBuilder {
  const stack: Array<{ level: number; item: PDFKit.PDFOutline }> = [{ level: 0, item: doc.outline }];
  return {
    add(level, title, top) {
      while (stack[stack.length - 1]!.level >= level) stack.pop();
      const parent = stack[stack.length - 1]!.item;
      // pdfkit 0.20 writes the destination's left as page width minus `left`: this gives 0.
      const options = { top, left: pageWidth } as { expanded?: boolean };
      stack.push({ level, item: parent.addItem(title, options) });
    },
  };
}
