import type {} from 'pdfkit';

export interface Tagger {
  /** Page furniture (marking, header, footer, watermark, boxes): not part of the reading order. */
  artifact(draw: () => void): void;
  /**
   * Content of the structure element `key` (created on first use with `tag`); a block split
   * across pages gets one marked-content sequence per page. `last` ends the element.
   */
  content(key: string, tag: string, last: boolean, draw: () => void): void;
  end(): void;
}

/** Builds the PDF structure tree (tagged PDF) as pages are painted, ending elements as soon as they are complete so pdfkit can flush them. */
export function createTagger(doc: PDFKit.PDFDocument): Tagger {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const open = new Map<string, PDFKit.PDFStructureElement>();
  return {
    artifact(draw) {
      doc.markContent('Artifact', { type: 'Pagination' });
      draw();
      doc.endMarkedContent();
    },
    content(key, tag, last, draw) {
      let el = open.get(key);
      if (!el) {
        el = doc.struct(tag);
        root.add(el);
        open.set(key, el);
      }
      const marked = doc.markStructureContent(tag);
      draw();
      doc.endMarkedContent();
      el.add(marked);
      if (last) {
        el.end();
        open.delete(key);
      }
    },
    end() {
      for (const el of open.values()) el.end();
      open.clear();
      root.end();
    },
  };
}
