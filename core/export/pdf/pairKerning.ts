import type { ClassDef, Coverage, Font, LayoutTable, PairAdjustment } from 'fontkit';

/**
 * A chunk's glyph advances in font units as fontkit's shaping gives them, without shaping the
 * chunk. For a font whose OpenType layout, for Latin and common characters, maps each character
 * to its glyph and positions only by kerning pairs, a glyph's advance is its own advance (hmtx)
 * plus the pair adjustment between it and the next glyph, which this reads from the font's GPOS
 * pair tables the way fontkit's GPOSProcessor applies them (first matching subtable of each
 * lookup, lookups in order). pairKerning.test.ts compares the result with fontkit's layout on
 * every word of the library and on random strings, to the last bit.
 *
 * Shaping each distinct word with fontkit was half of a cold DOCX export's pagination: fontkit
 * builds a shaping plan on every call, and a pack has thousands of distinct words.
 */
export interface PairKerning {
  /**
   * Calls `glyph` with each glyph's advance in font units, in order; false (having called
   * nothing) when the chunk has a character this model does not cover.
   */
  advances(chunk: string, glyph: (advance: number) => void): boolean;
}

/**
 * The model for `font`, or undefined when its layout tables do more than that for the Latin and
 * default scripts (a substitution, a contextual rule, a placement, a value on the second glyph,
 * lookup flags): then every chunk is shaped by fontkit.
 */
export function pairKerning(font: Font): PairKerning | undefined {
  const pairs = pairAdjustments(font);
  if (!pairs) return undefined;
  const glyphs = new Map<number, { id: number; advance: number }>();
  const kerning = new Map<number, number>();
  const glyphOf = (c: number) => {
    let g = glyphs.get(c);
    if (!g) {
      const glyph = font.glyphForCodePoint(c);
      glyphs.set(c, (g = { id: glyph.id, advance: glyph.advanceWidth }));
    }
    return g;
  };
  const kerningOf = (first: number, second: number) => {
    const key = first * 0x10000 + second;
    let k = kerning.get(key);
    if (k === undefined) {
      k = 0;
      for (const lookup of pairs) k += pairAdjustment(lookup, first, second);
      kerning.set(key, k);
    }
    return k;
  };
  return {
    advances(chunk, glyph) {
      for (let i = 0; i < chunk.length; i++) if (!covered(chunk.charCodeAt(i))) return false;
      let current = glyphOf(chunk.charCodeAt(0));
      for (let i = 0; i < chunk.length; i++) {
        if (i + 1 === chunk.length) {
          glyph(current.advance);
          break;
        }
        const next = glyphOf(chunk.charCodeAt(i + 1));
        glyph(current.advance + kerningOf(current.id, next.id));
        current = next;
      }
      return true;
    },
  };
}

/**
 * The characters the model covers: Latin (Basic, Latin-1, Extended-A), their punctuation, dashes
 * and quotation marks, the euro and trade mark signs. All are of the Latin or common script (so
 * fontkit picks the latn or DFLT tables), none is a combining mark or a default-ignorable
 * character (fontkit zeroes those: the soft hyphen, joiners, direction marks), and none is a
 * surrogate, so each UTF-16 unit is one character and one glyph.
 */
export function covered(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0x17f && c !== 0xad) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0x20ac || c === 0x2122;
}

/**
 * The GPOS lookups fontkit applies to Latin and default-script text, each as its pair subtables,
 * when that is all it does: no GSUB feature in those scripts' default language systems, GPOS
 * with only 'kern', and every kern lookup a pair adjustment (type 2) with no lookup flags, that
 * moves only the first glyph's advance. Otherwise undefined.
 */
function pairAdjustments(font: Font): PairAdjustment[][] | undefined {
  const gpos = font.GPOS;
  if (!gpos) return undefined;
  if (defaultFeatures(font.GSUB).length > 0) return undefined;
  const features = defaultFeatures(gpos);
  if (features.length === 0 || features.some((f) => f.tag !== 'kern')) return undefined;
  // Every script names the same lookups, or text of one script would kern unlike the other's.
  const indexes = [...new Set(features.map((f) => f.feature.lookupListIndexes.join()))];
  if (indexes.length !== 1) return undefined;
  const lookups = features[0]!.feature.lookupListIndexes.map((i) => gpos.lookupList.get(i));
  const plain = lookups.every(
    (l) =>
      l.lookupType === 2 &&
      l.flags.markAttachmentType === 0 &&
      !Object.values(l.flags.flags).some(Boolean) &&
      (l.subTables as PairAdjustment[]).every(
        (s) => (s.version === 1 || s.version === 2) && !Object.values(s.valueFormat2).some(Boolean) && Object.entries(s.valueFormat1).every(([field, set]) => !set || field === 'xAdvance'),
      ),
  );
  return plain ? lookups.map((l) => l.subTables as PairAdjustment[]) : undefined;
}

/** The features of the DFLT and latn scripts' default language systems (both must exist). */
function defaultFeatures(table: LayoutTable | undefined): LayoutTable['featureList'] {
  if (!table) return [];
  const scripts = table.scriptList.filter((s) => s.tag === 'DFLT' || s.tag === 'latn');
  return scripts.flatMap((s) => (s.script.defaultLangSys?.featureIndexes ?? []).map((i) => table.featureList[i]!));
}

/** What one pair lookup adds to the first glyph's advance (fontkit's GPOSProcessor, type 2). */
function pairAdjustment(subTables: PairAdjustment[], first: number, second: number): number {
  for (const table of subTables) {
    const index = coverageIndex(table.coverage, first);
    if (index === -1) continue;
    if (table.version === 1) {
      const pair = table.pairSets.get(index).find((p) => p.secondGlyph === second);
      if (pair) return pair.value1.xAdvance ?? 0;
      continue;
    }
    return table.classRecords.get(classOf(table.classDef1, first))?.get(classOf(table.classDef2, second))?.value1.xAdvance ?? 0;
  }
  return 0;
}

function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs.indexOf(glyph);
  for (const r of coverage.rangeRecords) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

function classOf(classDef: ClassDef, glyph: number): number {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph;
    return i >= 0 && i < classDef.classValueArray.length ? classDef.classValueArray[i]! : 0;
  }
  for (const r of classDef.classRangeRecord) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}
