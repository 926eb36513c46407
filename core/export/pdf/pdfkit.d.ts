/**
 * The part of pdfkit the PDF writer uses, typed without Node.
 *
 * @types/pdfkit declares its API with Buffer and streams and so loads every Node type
 * (`/// <reference types="node" />`): compiled against it, core/export would see `Buffer`,
 * `process` and `setTimeout` and could use them without the build noticing. core/export/
 * tsconfig.json maps the module name `pdfkit` to this file instead, so the writer compiles
 * against only what is here; pdfkit itself still runs at run time. Bytes go in and out as
 * Uint8Array (a Buffer is one), and the host does any Buffer work.
 *
 * Add a method here when the writer starts to use it, with the signature from @types/pdfkit.
 */

declare global {
  namespace PDFKit {
    interface TextOptions {
      lineBreak?: boolean;
      baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom' | 'hanging' | number;
      characterSpacing?: number;
    }

    interface MarkingOptions {
      type?: 'Pagination' | 'Layout' | 'Page';
      lang?: string;
      alt?: string;
      actual?: string;
    }

    interface PDFStructureContent {
      readonly __structureContent: true;
    }

    interface PDFStructureElement {
      add(child: PDFStructureElement | PDFStructureContent): this;
      end(): void;
    }

    interface PDFOutline {
      addItem(title: string, options?: { expanded?: boolean }): PDFOutline;
    }

    interface PDFDocumentInfo {
      Title?: string;
      Author?: string;
      Subject?: string;
      Creator?: string;
      Producer?: string;
      CreationDate?: Date;
      ModDate?: Date;
    }

    interface PDFDocumentOptions {
      size?: [number, number];
      margin?: number;
      autoFirstPage?: boolean;
      pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
      tagged?: boolean;
      displayTitle?: boolean;
      lang?: string;
      info?: PDFDocumentInfo;
    }

    interface PDFDocument {
      readonly outline: PDFOutline;

      on(event: 'data', listener: (chunk: Uint8Array) => void): this;
      on(event: 'end', listener: () => void): this;
      on(event: 'error', listener: (error: Error) => void): this;
      addPage(options?: { size?: [number, number]; margin?: number }): this;
      end(): void;

      registerFont(name: string, src: Uint8Array): this;
      font(name: string): this;
      fontSize(size: number): this;
      widthOfString(text: string, options?: TextOptions): number;
      text(text: string, x: number, y: number, options?: TextOptions): this;

      fillColor(color: string): this;
      fillOpacity(opacity: number): this;
      strokeColor(color: string): this;
      lineWidth(width: number): this;
      moveTo(x: number, y: number): this;
      lineTo(x: number, y: number): this;
      rect(x: number, y: number, w: number, h: number): this;
      fill(color?: string): this;
      stroke(color?: string): this;
      save(): this;
      restore(): this;
      rotate(angle: number, options?: { origin?: [number, number] }): this;

      addNamedDestination(name: string, fitType: 'XYZ', left: number | null, top: number | null, zoom: number | null): void;
      goTo(x: number, y: number, w: number, h: number, name: string): this;

      struct(type: string): PDFStructureElement;
      addStructure(element: PDFStructureElement): this;
      markContent(tag: string, options?: MarkingOptions): this;
      markStructureContent(tag: string, options?: MarkingOptions): PDFStructureContent;
      endMarkedContent(): this;
    }
  }
}

declare const PDFDocument: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
export default PDFDocument;
