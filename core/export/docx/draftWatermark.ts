import type { IContext, IXmlableObject } from 'docx';
import { TextWatermark } from 'docx/watermarks';

const WORD_WATERMARK_PREFIX = 'PowerPlusWaterMarkObject';

/** Replaces the shape id docx draws at random; Word finds watermarks by the prefix alone. */
function fixShapeId(node: unknown, id: string): void {
  if (Array.isArray(node)) {
    for (const child of node) fixShapeId(child, id);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === '_attr' && value !== null && typeof value === 'object') {
        const attrs = value as Record<string, unknown>;
        if (typeof attrs.id === 'string' && attrs.id.startsWith(WORD_WATERMARK_PREFIX)) attrs.id = id;
      } else {
        fixShapeId(value, id);
      }
    }
  }
}

/**
 * Word's own DRAFT watermark (a VML WordArt shape in the header, as Design > Watermark writes,
 * so Word's Remove Watermark works), with a stable shape id: docx names the shape with a random
 * id, which would make two exports of the same pack differ. `serial` tells the header parts apart.
 */
export class DraftWatermark extends TextWatermark {
  private readonly shapeId: string;

  constructor(serial: number, text: string) {
    super({ text, font: 'Arial', color: 'C0C0C0', opacity: 0.5 });
    this.shapeId = `${WORD_WATERMARK_PREFIX}${serial}`;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    fixShapeId(xml, this.shapeId);
    return xml;
  }
}
