/**
 * The part of fontkit the layout measure uses (fontkit ships no typings). pdfkit embeds this
 * same package, so widths from here are pdfkit's own (see measureWithFontkit.ts).
 */
declare module 'fontkit' {
  export interface GlyphPosition {
    xAdvance: number;
  }
  export interface GlyphRun {
    positions: GlyphPosition[];
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }
  /** An OpenType coverage table: version 1 lists glyphs, version 2 ranges of them. */
  export type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number; startCoverageIndex: number }[] };
  export type ClassDef = { version: 1; startGlyph: number; classValueArray: number[] } | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };
  export interface ValueRecord {
    xAdvance?: number;
  }
  /** A GPOS pair adjustment subtable (lookup type 2), as fontkit parses it. */
  export type PairAdjustment = {
    coverage: Coverage;
    valueFormat1: Record<string, boolean>;
    valueFormat2: Record<string, boolean>;
  } & (
    | { version: 1; pairSets: { get(index: number): { secondGlyph: number; value1: ValueRecord }[] } }
    | { version: 2; classDef1: ClassDef; classDef2: ClassDef; classRecords: { get(index: number): { get(index: number): { value1: ValueRecord } | undefined } | undefined } }
  );
  /** A GSUB or GPOS table as fontkit parses it: only what pairKerning.ts reads. */
  export interface LayoutTable {
    scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
    featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
    lookupList: { get(index: number): { lookupType: number; flags: { flags: Record<string, boolean>; markAttachmentType: number }; subTables: unknown[] } };
  }
  export interface Font {
    unitsPerEm: number;
    GSUB?: LayoutTable;
    GPOS?: LayoutTable;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): GlyphRun;
  }
  export function create(bytes: Uint8Array): Font;
}
