import type { ExportDoc } from '../exportDoc';
import { xmlSafeText } from '../../pack/xmlSafeText';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped, and without the characters XML cannot carry at all (escaping cannot save those). */
function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** W3CDTF to the second, as Word writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * docProps/core.xml, written by us rather than by docx: docx stamps dcterms:created and
 * dcterms:modified with the clock, so the same pack would export to different bytes. Ours takes
 * both from the writer's createdAt option, which core receives as input.
 */
export function corePropertiesXml(meta: ExportDoc['meta'], createdAt: Date): string {
  const date = w3cdtf(createdAt);
  const fields = [
    meta.title && `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    meta.subject && `<dc:subject>${escapeXml(meta.subject)}</dc:subject>`,
    meta.author && `<dc:creator>${escapeXml(meta.author)}</dc:creator>`,
    meta.author && `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
  ].filter(Boolean);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    fields.join('') +
    '</cp:coreProperties>'
  );
}
