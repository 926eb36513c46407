import { describe, expect, it } from 'vitest';
import type { ExportDoc } from '../exportDoc';
import { longDoc, shortDoc } from '../__fixtures__/sampleDocs';
import { readDocxParts } from '../../../tests/support/readDocxParts';
import { toDocx } from './toDocx';

const parts = async (doc: ExportDoc) => readDocxParts(await toDocx(doc));
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

  it('note paragraphs are 10 pt with no space before or after', async () => {
    const style = styleXml(part(await parts(shortDoc()), 'word/styles.xml'), 'FootnoteText');
    expect(style).toContain('<w:sz w:val="20"/>');
    expect(style).toMatch(/<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"\/>/);
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
    expect(styleXml(styles, 'Recommendation')).toMatch(/<w:shd [^>]*w:fill="EEF2F8"/);
    expect(styleXml(styles, 'Bibliography')).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
  });

  it('puts every paragraph of the body in a named style', async () => {
    const doc = part(await parts(shortDoc()), 'word/document.xml');
    const styled = (id: string) => all(doc, new RegExp(`<w:pStyle w:val="${id}"/>`, 'g')).length;
    expect(styled('Title')).toBe(1);
    expect([styled('Heading1'), styled('Heading2'), styled('Heading3')]).toEqual([2, 1, 1]); // + Bibliography
    expect(styled('Quote')).toBe(2); // excerpt + user quotation
    expect([styled('ListBullet'), styled('ListNumber')]).toEqual([2, 2]);
    expect([styled('RecommendationHeading'), styled('Recommendation')]).toEqual([1, 1]);
    expect(styled('Bibliography')).toBe(2);
    expect(doc).toMatch(/<w:pStyle w:val="Quote"\/>.*?<w:footnoteReference w:id="3"\/>/s);
    expect(textOf(doc)).toContain('Recommendation 3: Sahel\u2002|\u2002Short term');
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
  it('centres the marking in every header and footer part, with a DRAFT watermark in each header', async () => {
    const p = await parts(shortDoc());
    const furniture = [...p.keys()].filter((k) => /^word\/(header|footer)\d+\.xml$/.test(k));
    expect(furniture.filter((k) => k.includes('header'))).toHaveLength(2);
    expect(furniture.filter((k) => k.includes('footer'))).toHaveLength(2);
    for (const k of furniture) {
      const xml = part(p, k);
      expect(xml, k).toContain('<w:t xml:space="preserve">OFFICIAL</w:t>');
      expect(xml, k).toMatch(k.includes('header') ? /<w:jc w:val="center"\/>/ : /<w:tab w:val="center" w:pos="4535"\/>/);
      if (k.includes('header')) expect(xml).toMatch(/<v:shape id="PowerPlusWaterMarkObject\d+"[^>]*>.*string="DRAFT"/s);
    }
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
    const p = await parts({ ...doc, cover: { ...doc.cover, marking: 'NONE', draft: false } });
    for (const [k, xml] of p) {
      if (/^word\/(header|footer)\d+\.xml$/.test(k)) {
        expect(xml).not.toContain('NONE');
        expect(xml).not.toContain('DRAFT');
      }
    }
    expect(part(p, 'word/document.xml')).not.toContain('NONE');
  });

  it.each([
    ['a4', 11906, 16838, 1418],
    ['letter', 12240, 15840, 1440],
  ] as const)('sizes the page for %s', async (paper, w, h, margin) => {
    const doc = shortDoc();
    const xml = part(await parts({ ...doc, settings: { ...doc.settings, paper } }), 'word/document.xml');
    expect(xml).toContain(`<w:pgSz w:w="${w}" w:h="${h}"`);
    expect(xml).toMatch(new RegExp(`<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}"`));
  });
});

describe('toDocx contents and properties', () => {
  it('has a TOC field over Heading 1-3 that Word updates on open, linked to bookmarked headings', async () => {
    const p = await parts(shortDoc());
    const doc = part(p, 'word/document.xml');
    expect(doc).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText>');
    expect(doc).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(part(p, 'word/settings.xml')).toContain('<w:updateFields/>');
    for (const [i, title] of ['Summary', 'What the sources say', 'Next steps', 'Bibliography'].entries()) {
      expect(doc).toContain(`<w:hyperlink w:history="1" w:anchor="_Toc${i + 1}"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:t xml:space="default">${title}</w:t>`);
      expect(doc).toMatch(new RegExp(`<w:bookmarkStart w:name="_Toc${i + 1}" w:id="${i + 1}"/><w:r><w:t xml:space="preserve">${title}</w:t></w:r><w:bookmarkEnd w:id="${i + 1}"/>`));
    }
  });

  it('ends with the bibliography only when there is one', async () => {
    const doc = shortDoc();
    const withBib = part(await parts(doc), 'word/document.xml');
    expect(withBib.lastIndexOf('<w:pStyle w:val="Bibliography"/>')).toBeGreaterThan(withBib.lastIndexOf('<w:footnoteReference'));
    const without = part(await parts({ ...doc, bibliography: [] }), 'word/document.xml');
    expect(without).not.toContain('Bibliography');
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
    const first = await toDocx(shortDoc());
    await toDocx(longDoc(20));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2 s resolution
    const second = await toDocx(shortDoc());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('stampZipEntries', () => {
  it('dates every zip entry from the pack, not the clock', async () => {
    const zip = await toDocx(shortDoc()); // createdAt 2026-01-15T09:00:00Z
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 15;
    const dosTime = 9 << 11;
    const local = [...zip.keys()].filter((i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x04034b50); // local headers
    expect(local.length).toBe(readDocxParts(zip).size);
    for (const at of local) expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([dosTime, dosDate]);
  });
});
