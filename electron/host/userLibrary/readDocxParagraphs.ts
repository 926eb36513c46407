import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { BriefpackError } from '../../../core/api/contract';
import type { DocParagraph } from '../../../core/userLibrary/importTypes';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The paragraphs of a .docx in document order, with heading levels from the paragraph style (its
 * outline level or a "heading N" name, so a Word in any language is understood) and footnotes.
 * Read with a zip library and an XML parser; deleted tracked changes are left out.
 */
export function readDocxParagraphs(bytes: Uint8Array, fileName: string): DocParagraph[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml') });
  } catch {
    throw notWord(fileName);
  }
  const part = (name: string) => (files[name] ? parseXml(new TextDecoder().decode(files[name]), fileName) : undefined);
  const document = part('word/document.xml');
  if (!document) throw notWord(fileName);
  const levels = headingLevels(part('word/styles.xml'));
  const footnotes = footnoteTexts(part('word/footnotes.xml'));
  const paragraphs: DocParagraph[] = [];
  const body = document.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw notWord(fileName);
  let noteNumber = 0;
  for (const p of Array.from(body.getElementsByTagNameNS(W, 'p'))) {
    const style = attr(first(first(p, 'pPr'), 'pStyle'), 'val');
    const outline = attr(first(first(p, 'pPr'), 'outlineLvl'), 'val');
    const styled = style ? levels.get(style) : undefined;
    const headingLevel = outline !== undefined ? Number(outline) + 1 : (styled?.level ?? 0);
    const notes: DocParagraph['notes'] = [];
    const text = runText(p, (id) => {
      noteNumber += 1;
      notes.push({ marker: String(noteNumber), text: footnotes.get(id) ?? '' });
    });
    paragraphs.push({ headingLevel: headingLevel > 0 && headingLevel <= 9 ? headingLevel : 0, text, notes, ...(styled?.title ? { title: true } : {}) });
  }
  return paragraphs;
}

function notWord(fileName: string): BriefpackError {
  return new BriefpackError('invalid', `${fileName} is not a Word document (.docx) Briefpack can read. Open it in Word or LibreOffice, save it as .docx, and import that copy.`);
}

function parseXml(xml: string, fileName: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml');
  if (errors.length || !doc.documentElement) throw notWord(fileName);
  return doc.documentElement;
}

function first(el: Element | undefined, local: string): Element | undefined {
  if (!el) return undefined;
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local) return n as Element;
  }
  return undefined;
}

function attr(el: Element | undefined, local: string): string | undefined {
  return el?.getAttributeNS(W, local) ?? undefined;
}

/** Style id -> heading level (from outline level or a "heading N" name) or title. */
function headingLevels(styles: Element | undefined): Map<string, { level: number; title?: boolean }> {
  const map = new Map<string, { level: number; title?: boolean }>();
  if (!styles) return map;
  for (const s of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
    const id = attr(s, 'styleId');
    if (!id) continue;
    const name = (attr(first(s, 'name'), 'val') ?? '').toLowerCase();
    const outline = attr(first(first(s, 'pPr'), 'outlineLvl'), 'val');
    const named = /^heading (\d)$/.exec(name);
    if (name === 'title') map.set(id, { level: 0, title: true });
    else if (outline !== undefined && Number(outline) < 9) map.set(id, { level: Number(outline) + 1 });
    else if (named) map.set(id, { level: Number(named[1]) });
  }
  return map;
}

function footnoteTexts(notes: Element | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!notes) return map;
  for (const n of Array.from(notes.getElementsByTagNameNS(W, 'footnote'))) {
    const id = attr(n, 'id');
    if (id === undefined || attr(n, 'type')) continue; // separators carry a type
    map.set(id, Array.from(n.getElementsByTagNameNS(W, 'p')).map((p) => runText(p, () => undefined)).join(' ').trim());
  }
  return map;
}

/** The visible text of a paragraph: runs, tabs and breaks as spaces, no deleted text. */
function runText(p: Element, onNote: (id: string) => void): string {
  let out = '';
  const walk = (el: Element) => {
    for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case 't':
          out += c.textContent ?? '';
          break;
        case 'tab':
        case 'br':
        case 'cr':
          out += ' ';
          break;
        case 'noBreakHyphen':
          out += '-';
          break;
        case 'footnoteReference': {
          const id = attr(c, 'id');
          if (id !== undefined) onNote(id);
          break;
        }
        case 'del':
        case 'delText':
        case 'pPr':
        case 'rPr':
        case 'instrText':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}
