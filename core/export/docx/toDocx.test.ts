import { describe, expect, it } from 'vitest';
import type { ExportDoc } from '../exportDoc';
import { longDoc, shortDoc, WRITER_OPTIONS } from '../__fixtures__/sampleDocs';
import { readDocxParts } from '../../../tests/support/readDocxParts';
import { toDocx, type DocxOptions } from './toDocx';

const OPTIONS: DocxOptions = { ...WRITER_OPTIONS, contentsPages: [3, 3, 4] };
const parts = async (doc: ExportDoc, options: DocxOptions = OPTIONS) => readDocxParts(await toDocx(doc, options));
const part = (p: Map<string, string>, path: string) => {
  const xml = p.get(path);
  if (xml === undefined) throw new Error(`no ${path} in the docx`);
  return xml;
};
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];
const textOf = (xml: string) => all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).map((m) => m[1]).join('');
const styleXml = (styles: string, id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's'))?.[0];
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The real footnotes (not Word's separator and continuation notes), by id. */
function footnotes(xml: string): Map<string, string> {
  return new Map(all(xml, /<w:footnote (?:w:type="[^"]*" )?w:id="(-?\d+)"[^>]*>(.*?)<\/w:footnote>/gs).filter((m) => !m[0].includes('w:type=')).map((m) => [m[1]!, m[2]!]));
}

describe('toDocx footnotes', () => {
  it.each([
    ['shortDoc', shortDoc()],
    ['longDoc(150)', longDoc(150)],
  ])('%s: one Word footnote per note, with its text, each referenced once', async (_name, doc) => {
    const p = await parts(doc);
    const notes = footnotes(part(p, 'word/footnotes.xml'));
    expect(notes.size).toBe(doc.notes.length);
    for (const note of doc.notes) {
      const xml = notes.get(String(note.n));
      expect(xml, `note ${note.n}`).toBeDefined();
      expect(xml).toContain('<w:pStyle w:val="FootnoteText"/>');
      expect(xml).toContain('<w:footnoteRef/>');
      expect(unescape(textOf(xml!)).trim()).toBe(note.runs.map((r) => r.text).join('').trim());
      for (const run of note.runs.filter((r) => r.italic)) {
        expect(xml).toMatch(new RegExp(`<w:i/>.*?<w:t xml:space="preserve">${run.text}</w:t>`));
      }
    }
    const refs = all(part(p, 'word/document.xml'), /<w:footnoteReference w:id="(\d+)"\/>/g).map((m) => Number(m[1]));
    // Word numbers notes by where they are referenced, so each must be referenced exactly once.
    // (shortDoc references note 4 before note 2, which Word will print as 2: see the report.)
    expect([...refs].sort((a, b) => a - b)).toEqual(doc.notes.map((n) => n.n));
  });

  it('note paragraphs are the PDF’s 8.5 pt on 11 pt, 2 pt apart as the PDF sets them, nothing after', async () => {
    const style = styleXml(part(await parts(shortDoc()), 'word/styles.xml'), 'FootnoteText');
    expect(style).toContain('<w:sz w:val="17"/>');
    expect(style).toMatch(/<w:spacing w:after="0" w:before="40" w:line="220" w:lineRule="exact"\/>/);
  });
});

describe('toDocx styles', () => {
  it('defines every named style, and headings carry outline levels', async () => {
    const styles = part(await parts(shortDoc()), 'word/styles.xml');
    for (const id of ['Normal', 'Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'ListBullet', 'ListNumber', 'FootnoteText', 'Recommendation', 'RecommendationHeading', 'Bibliography']) {
      expect(styleXml(styles, id), id).toBeDefined();
      expect(all(styles, new RegExp(`w:styleId="${id}"`, 'g')), `${id} defined once`).toHaveLength(1);
    }
    for (const level of [1, 2, 3]) expect(styleXml(styles, `Heading${level}`)).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    expect(styleXml(styles, 'Recommendation')).toMatch(/<w:shd [^>]*w:fill="EAF0F6"/);
    expect(styleXml(styles, 'Bibliography')).toMatch(/<w:ind w:left="360" w:hanging="360"\/>/);
    // The PDF's faces by their metric twins: Liberation Serif is Times New Roman's, Liberation Sans is Arial's.
    expect(styleXml(styles, 'Normal')).toContain('w:ascii="Times New Roman"');
    expect(styleXml(styles, 'Heading1')).toContain('w:ascii="Arial"');
  });

  it('puts every paragraph of the body in a named style', async () => {
    const doc = part(await parts(shortDoc()), 'word/document.xml');
    const styled = (id: string) => all(doc, new RegExp(`<w:pStyle w:val="${id}"/>`, 'g')).length;
    expect(styled('Title')).toBe(1);
    expect([styled('Heading1'), styled('Heading2'), styled('Heading3')]).toEqual([2, 1, 1]); // + Bibliography
    expect([styled('Quote'), styled('Excerpt')]).toEqual([1, 1]);
    expect([styled('ListBullet'), styled('ListNumber')]).toEqual([2, 2]);
    expect([styled('RecommendationHeading'), styled('Recommendation')]).toEqual([1, 1]);
    expect(styled('Bibliography')).toBe(2);
    expect(doc).toMatch(/<w:pStyle w:val="Excerpt"\/>.*?<w:footnoteReference w:id="3"\/>/s);
    expect(textOf(doc)).toContain('Recommendation 3: SahelShort term');
  });

  it('writes bold and italic runs', async () => {
    const doc = part(await parts(shortDoc()), 'word/document.xml');
    expect(doc).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">three</w:t></w:r>');
    expect(doc).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">southern flank</w:t></w:r>');
    const bib = part(await parts(shortDoc()), 'word/document.xml');
    expect(bib).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">NATO in Libya</w:t></w:r>');
  });
});

describe('toDocx lists', () => {
  it('uses real numbering definitions, each list its own instance', async () => {
    const p = await parts(shortDoc());
    const numbering = part(p, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const numIds = all(part(p, 'word/document.xml'), /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g).map((m) => m[1]);
    expect(numIds).toHaveLength(4);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).toBe(numIds[3]);
    expect(numIds[0]).not.toBe(numIds[2]);
  });
});

describe('toDocx page furniture', () => {
  it('centres the marking in every header and footer part, with a DRAFT watermark in each header and the running title after the cover', async () => {
    const p = await parts(shortDoc());
    const furniture = [...p.keys()].filter((k) => /^word\/(header|footer)\d+\.xml$/.test(k));
    expect(furniture.filter((k) => k.includes('header'))).toHaveLength(2);
    expect(furniture.filter((k) => k.includes('footer'))).toHaveLength(2);
    for (const k of furniture) {
      const xml = part(p, k);
      expect(xml, k).toContain('<w:t xml:space="preserve">OFFICIAL</w:t>');
      expect(xml, k).toContain('<w:pStyle w:val="Marking"/>');
      if (k.includes('header')) expect(xml).toMatch(/<v:shape id="PowerPlusWaterMarkObject\d+"[^>]*>.*string="DRAFT"/s);
    }
    const titled = furniture.filter((k) => part(p, k).includes('NATO and the Southern Neighbourhood'));
    expect(titled).toHaveLength(1);
    const document = part(p, 'word/document.xml');
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    expect(document).toMatch(/<w:footerReference w:type="default"/);
  });

  it('writes "Page X of Y" in the body footer, not on the cover', async () => {
    const p = await parts(shortDoc());
    const footers = [part(p, 'word/footer1.xml'), part(p, 'word/footer2.xml')];
    const numbered = footers.filter((f) => /Page <\/w:t>.*PAGE<\/w:instrText>.* of <\/w:t>.*NUMPAGES<\/w:instrText>/s.test(f));
    expect(numbered).toHaveLength(1);
  });

  it('leaves out marking and watermark when the pack has none', async () => {
    const doc = shortDoc();
    const p = await parts({ ...doc, furniture: { ...doc.furniture, marking: undefined, watermark: undefined } });
    for (const [k, xml] of p) {
      if (/^word\/(header|footer)\d+\.xml$/.test(k)) {
        expect(xml).not.toContain('NONE');
        expect(xml).not.toContain('DRAFT');
      }
    }
    expect(part(p, 'word/document.xml')).not.toContain('NONE');
  });

  it.each([
    ['a4', 11906, 16838],
    ['letter', 12240, 15840],
  ] as const)('sizes the page for %s with the PDF’s margins', async (paper, w, h) => {
    const xml = part(await parts(shortDoc(), { ...OPTIONS, paper }), 'word/document.xml');
    expect(xml).toContain(`<w:pgSz w:w="${w}" w:h="${h}"`);
    // 80 pt at the sides, 76 pt at the top, 72 pt at the foot: core/export/pdf/pageGeometry.ts.
    expect(xml).toMatch(/<w:pgMar w:top="1520" w:right="1600" w:bottom="1440" w:left="1600"/);
  });
});

describe('toDocx contents and properties', () => {
  it('has a TOC field over Heading 1-2, written with its entries and their page numbers, linked to bookmarked headings', async () => {
    const p = await parts(shortDoc());
    const doc = part(p, 'word/document.xml');
    expect(doc).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(doc).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    for (const [i, [title, anchor]] of ([['Summary', 1], ['What the sources say', 2], ['Bibliography', 4]] as const).entries()) {
      expect(doc).toMatch(new RegExp(`<w:hyperlink w:history="1" w:anchor="_Toc${anchor}">.*?${title}</w:t>.*?<w:t[^>]*>${OPTIONS.contentsPages[i]}</w:t>`));
    }
    for (const [i, title] of ['Summary', 'What the sources say', 'Next steps', 'Bibliography'].entries()) {
      expect(doc).toMatch(new RegExp(`<w:bookmarkStart w:name="_Toc${i + 1}" w:id="${i + 1}"/><w:r><w:t xml:space="preserve">${title}</w:t></w:r><w:bookmarkEnd w:id="${i + 1}"/>`));
    }
  });

  it('writes no cover and no contents page when the template has none', async () => {
    const doc = shortDoc();
    const xml = part(await parts({ ...doc, furniture: { ...doc.furniture, cover: false }, contents: undefined }), 'word/document.xml');
    expect(xml).not.toContain('TOC \\h');
    expect(xml).not.toContain('<w:titlePg/>');
    expect(xml).not.toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:pStyle w:val="HeaderTitle"/>');
  });

  it('sets title, author, subject and both dates from the pack', async () => {
    const core = part(await parts(shortDoc()), 'docProps/core.xml');
    expect(core).toContain('<dc:title>NATO and the Southern Neighbourhood</dc:title>');
    expect(core).toContain('<dc:creator>Policy Planning Unit</dc:creator>');
    expect(core).toContain('<dc:subject>Briefing for the Minister</dc:subject>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:modified>');
  });

  it('is deterministic: the same pack gives the same bytes, even after other exports and seconds apart', async () => {
    const first = await toDocx(shortDoc(), OPTIONS);
    await toDocx(longDoc(20), OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2 s resolution
    const second = await toDocx(shortDoc(), OPTIONS);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('stampZipEntries', () => {
  it('dates every zip entry from the pack, not the clock', async () => {
    const zip = await toDocx(shortDoc(), OPTIONS); // createdAt 2026-01-15T09:00:00Z
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 15;
    const dosTime = 9 << 11;
    const local = [...zip.keys()].filter((i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x04034b50); // local headers
    expect(local.length).toBe(readDocxParts(zip).size);
    for (const at of local) expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([dosTime, dosDate]);
  });
});
