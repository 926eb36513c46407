import { Block, HeadingBlock, LibraryRef, ListBlock, ParagraphBlock, QuoteBlock } from '../schema';
import { isRecord, restoreObject } from './restoreObject';
import { quote, restoreInlines } from './restoreInlines';

const KIND: Record<string, string> = {
  heading: 'heading',
  paragraph: 'paragraph',
  quote: 'quotation',
  list: 'list',
  excerpt: 'library excerpt',
  recommendation: 'library recommendation',
};

/** The body, block by block: a damaged block keeps what can be read of it, or is left out and named. */
export function restoreBody(raw: unknown, repairs: string[]): Block[] {
  if (!Array.isArray(raw)) {
    repairs.push(raw === undefined ? 'The pack had no text; it opens empty.' : 'The pack text could not be read; it opens empty.');
    return [];
  }
  const out: Block[] = [];
  raw.forEach((item, i) => {
    const block = restoreBlock(item, i + 1, repairs);
    if (block) out.push(block);
  });
  return out;
}

function restoreBlock(raw: unknown, n: number, repairs: string[]): Block | null {
  const parsed = Block.safeParse(raw);
  if (parsed.success) return parsed.data;
  const type = isRecord(raw) && typeof raw.type === 'string' ? raw.type : undefined;
  const where = `Block ${n}${type && KIND[type] ? ` (${KIND[type]})` : ''}`;
  const restored = isRecord(raw) ? restoreKnownBlock(raw, type, where, repairs) : undefined;
  // Checked again, so a schema change the restorers do not know yet cannot let a bad block through.
  const check = Block.safeParse(restored);
  if (check.success) return check.data;
  const text = salvageText(raw);
  if (text) {
    repairs.push(`${where} could not be read as a ${type && KIND[type] ? KIND[type] : 'block'}; its text ${quote(text)} is kept as a paragraph.`);
    return { type: 'paragraph', children: [{ type: 'text', text }] };
  }
  repairs.push(`${where} could not be read and held no text; it was left out.`);
  return null;
}

/** The block with each field repaired on its own, or undefined where too little of it can be read. */
function restoreKnownBlock(raw: Record<string, unknown>, type: string | undefined, where: string, repairs: string[]): unknown {
  const local: string[] = [];
  const withText = () => ({ ...raw, children: restoreInlines(raw.children, where, local) });
  let block: unknown;
  switch (type) {
    case 'heading':
      block = restoreObject(HeadingBlock.shape, withText(), { level: { label: `${where} level`, fallback: 1, now: 'a top-level heading' } }, local)?.value;
      break;
    case 'paragraph':
      block = restoreObject(ParagraphBlock.shape, withText(), { guidance: { label: `${where} template-guidance mark` } }, local)?.value;
      break;
    case 'quote':
      block = restoreObject(QuoteBlock.shape, withText(), {}, local)?.value;
      break;
    case 'list': {
      const items = Array.isArray(raw.items) ? raw.items : [];
      if (!Array.isArray(raw.items)) local.push(`${where}: its items could not be read and it is now empty.`);
      const given = { ...raw, items: items.map((item, k) => restoreInlines(item, `${where}, item ${k + 1}`, local)) };
      block = restoreObject(ListBlock.shape, given, { ordered: { label: `${where} numbering`, fallback: false, now: 'bullets' } }, local)?.value;
      break;
    }
    case 'excerpt':
    case 'recommendation':
      block = restoreLibraryBlock(raw, type, where, local);
      break;
    default:
      return undefined;
  }
  // Repairs are said only for a block that is kept; otherwise the salvage says what happened.
  if (block !== undefined && Block.safeParse(block).success) repairs.push(...local);
  return block;
}

/**
 * A library block keeps its text above all. Without a readable library ID it cannot be cited,
 * so its text becomes the user's own quotation (no note) rather than being lost.
 */
function restoreLibraryBlock(raw: Record<string, unknown>, type: 'excerpt' | 'recommendation', where: string, repairs: string[]): Block | undefined {
  const ref = isRecord(raw.ref) ? raw.ref : {};
  const text = typeof ref.text === 'string' ? ref.text : typeof ref.sourceText === 'string' ? ref.sourceText : undefined;
  if (!LibraryRef.shape.id.safeParse(ref.id).success) {
    if (text === undefined) return undefined;
    repairs.push(`${where}: its library passage could not be identified; its text ${quote(text)} is kept as a quotation of your own, without a note.`);
    return { type: 'quote', children: [{ type: 'text', text }] };
  }
  if (text === undefined) return undefined;
  const restored = restoreObject(
    LibraryRef.shape,
    ref,
    {
      text: { label: `${where} text`, fallback: text, now: 'the library text as inserted' },
      sourceText: { label: `${where} record of the library text`, fallback: text, now: 'its current text (export still checks it against the library)' },
      adapted: { label: `${where} “adapted” mark`, fallback: text !== ref.sourceText },
    },
    repairs,
  );
  return restored ? { type, ref: restored.value } : undefined;
}

/** Every piece of text a damaged record holds, in order, joined by spaces. */
function salvageText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const parts: string[] = [];
  const visit = (v: unknown, d: number): void => {
    if (d > 8) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, d + 1));
    else if (isRecord(v)) {
      if (typeof v.text === 'string' && v.text.trim()) parts.push(v.text);
      for (const [k, x] of Object.entries(v)) if (k !== 'text' && typeof x === 'object') visit(x, d + 1);
    }
  };
  visit(raw, 0);
  return parts.join(' ');
}
