import { CiteRun, Inline, TextRun } from '../schema';
import { isRecord, restoreObject } from './restoreObject';

/**
 * A run of inlines, one by one. Text is the user's own writing and is never dropped while it can
 * be read: a damaged piece that still holds text is kept as plain text.
 */
export function restoreInlines(raw: unknown, where: string, repairs: string[]): Inline[] {
  if (typeof raw === 'string') {
    repairs.push(`${where}: its text was stored as a bare string and is kept as plain text.`);
    return raw ? [{ type: 'text', text: raw }] : [];
  }
  if (!Array.isArray(raw)) {
    repairs.push(`${where}: its text could not be read and it is now empty.`);
    return [];
  }
  const out: Inline[] = [];
  for (const item of raw) {
    const inline = restoreInline(item, where, repairs);
    if (inline) out.push(inline);
  }
  return out;
}

function restoreInline(raw: unknown, where: string, repairs: string[]): Inline | null {
  const parsed = Inline.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (typeof raw === 'string') {
    repairs.push(`${where}: the text ${quote(raw)} was stored loosely and is kept as plain text.`);
    return { type: 'text', text: raw };
  }
  if (isRecord(raw) && raw.type === 'cite' && CiteRun.shape.ref.safeParse(raw.ref).success) {
    return restoreObject(CiteRun.shape, raw, { locator: { label: `${where}: the locator of a note marker`, now: "the passage's own" } }, repairs)!.value;
  }
  const text = isRecord(raw) ? raw.text : undefined;
  if (typeof text === 'string') {
    repairs.push(`${where}: the text ${quote(text)} was in a damaged piece and is kept as plain text.`);
    const marks = restoreObject(TextRun.shape, { ...(raw as object), type: 'text' }, {}, []);
    return marks ? marks.value : { type: 'text', text };
  }
  const what = isRecord(raw) && raw.type === 'cite' ? 'a note marker with no readable library passage' : isRecord(raw) && raw.type === 'footnote' ? 'a footnote with no readable text' : 'a piece with no readable text';
  repairs.push(`${where}: ${what} was left out.`);
  return null;
}

/** The first words of a text, to name it in a repair. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}
