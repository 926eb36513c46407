import type { FlowBlock, FlowLine } from './flowModel';
import { NOTE_GAP } from './layoutNotes';

/** Gap, rule and gap between body text and the notes. */
export const NOTE_SEPARATOR = 12;

export interface PlacedLine {
  line: FlowLine;
  /** Top of the line box, from the top of the body area. */
  top: number;
  /** Index into the flow blocks (body lines), or the note number (note lines). */
  owner: number;
}

export interface PagePlan {
  body: PlacedLine[];
  notes: PlacedLine[];
  /** Top of the note separator, from the top of the body area; undefined without notes. */
  notesTop?: number;
}

interface Fragment {
  n: number;
  lines: FlowLine[];
  continued: boolean;
}

interface PaginateInput {
  blocks: readonly FlowBlock[];
  notes: ReadonlyMap<number, FlowLine[]>;
  bodyHeight: number;
  continuation: (n: number) => FlowLine;
}

/**
 * Fills pages with body lines from the top and the notes of their markers from the bottom.
 * A line with markers goes on a page only if its notes fit there too; a note too long for
 * what is left keeps at least two lines on its marker's page and continues on the next one.
 * Breaks then move back to honour widows, orphans, boxed blocks and headings kept with what
 * follows, and the page is filled again up to the chosen break.
 */
export function paginate({ blocks, notes, bodyHeight: H, continuation }: PaginateInput): PagePlan[] {
  const lines: FlowLine[] = [];
  const blockOf: number[] = [];
  const blockStart: number[] = [];
  blocks.forEach((b, bi) => {
    blockStart.push(lines.length);
    for (const l of b.lines) {
      lines.push(l);
      blockOf.push(bi);
    }
  });
  const startOf = (i: number) => blockStart[blockOf[i]!]!;
  const endOf = (i: number) => startOf(i) + blocks[blockOf[i]!]!.lines.length;

  const fill = (start: number, carry: readonly Fragment[], maxEnd: number, force: boolean) => {
    const body: PlacedLine[] = [];
    const placedNotes: Fragment[] = [];
    const next: Fragment[] = [];
    let y = 0;
    let nh = 0;
    const cost = (f: Fragment, first: boolean) => (first ? NOTE_SEPARATOR : NOTE_GAP) + sum(withLabel(f, continuation));
    // Notes carried over go first; if even they overflow, what does not fit moves on again.
    let closed = false;
    for (const f of carry) {
      if (closed) {
        next.push(f);
        continue;
      }
      const c = cost(f, placedNotes.length === 0);
      if (nh + c <= H - 4 * 15) {
        placedNotes.push(f);
        nh += c;
      } else {
        const [head, tail] = splitFragment(f, H - 4 * 15 - nh - (placedNotes.length === 0 ? NOTE_SEPARATOR : NOTE_GAP), continuation, 1);
        if (head) {
          placedNotes.push(head);
          nh += cost(head, placedNotes.length === 1);
        }
        if (tail || !head) next.push(tail ?? f);
        closed = true;
      }
    }
    let i = start;
    for (; i < maxEnd; i++) {
      const L = lines[i]!;
      const need = (body.length === 0 ? 0 : L.spaceBefore) + L.padBefore + L.height;
      const frags = L.noteRefs.map((n) => ({ n, lines: notes.get(n) ?? [], continued: false }));
      let add = 0;
      frags.forEach((f, k) => (add += cost(f, placedNotes.length === 0 && k === 0)));
      const first = body.length === 0 && force;
      if (frags.length > 0 && closed && !first) break;
      if (y + need + nh + add <= H) {
        body.push({ line: L, top: y + (body.length === 0 ? 0 : L.spaceBefore) + L.padBefore, owner: blockOf[i]! });
        y += need;
        nh += add;
        for (const f of frags) placedNotes.push(f);
        continue;
      }
      if (frags.length === 0 || y + need + nh > H) {
        if (!first) break;
      }
      // Try to keep the opening of the last note on this page and carry the rest.
      const lead = frags.slice(0, -1);
      let pre = 0;
      lead.forEach((f, k) => (pre += cost(f, placedNotes.length === 0 && k === 0)));
      const last = frags[frags.length - 1];
      if (last && y + need + nh + pre <= H) {
        const gap = placedNotes.length === 0 && lead.length === 0 ? NOTE_SEPARATOR : NOTE_GAP;
        const [head, tail] = splitFragment(last, H - (y + need + nh + pre) - gap, continuation, first ? 1 : 2);
        if (head && tail) {
          body.push({ line: L, top: y + (body.length === 0 ? 0 : L.spaceBefore) + L.padBefore, owner: blockOf[i]! });
          for (const f of lead) placedNotes.push(f);
          placedNotes.push(head);
          next.push(tail);
          i++;
          break;
        }
      }
      if (!first) break;
      // Nothing else fits on an empty page: place the line and carry all its notes.
      body.push({ line: L, top: L.padBefore, owner: blockOf[i]! });
      next.push(...frags);
      i++;
      break;
    }
    return { end: i, body, notes: placedNotes, next };
  };

  const chooseBreak = (start: number, e: number) => {
    if (e >= lines.length) return e;
    const b0 = startOf(e);
    if (e > b0) {
      const block = blocks[blockOf[e]!]!;
      const b1 = endOf(e);
      if (block.keepTogether || e - b0 < 2) e = b0;
      else if (b1 - e < 2) e = b1 - 2 - b0 < 2 ? b0 : b1 - 2;
    }
    while (e > start && e === startOf(e) && blocks[blockOf[e - 1]!]!.keepWithNext) e = startOf(e - 1);
    return e;
  };

  const pages: PagePlan[] = [];
  let start = 0;
  let carry: Fragment[] = [];
  while (start < lines.length || carry.length > 0) {
    const natural = fill(start, carry, lines.length, true);
    const e = chooseBreak(start, natural.end);
    const page = e > start && e < natural.end ? fill(start, carry, e, false) : natural;
    pages.push(placeNotes(page.body, page.notes, H, continuation));
    start = page.end;
    carry = page.next;
  }
  return pages;
}

function sum(lines: readonly FlowLine[]): number {
  let h = 0;
  for (const l of lines) h += l.height;
  return h;
}

function withLabel(f: Fragment, continuation: (n: number) => FlowLine): FlowLine[] {
  return f.continued ? [continuation(f.n), ...f.lines] : f.lines;
}

/** Splits a note so its head fits `room`, keeping at least `min` lines of text in the head. */
function splitFragment(f: Fragment, room: number, continuation: (n: number) => FlowLine, min: number): [Fragment | undefined, Fragment | undefined] {
  let h = f.continued ? continuation(f.n).height : 0;
  let k = 0;
  while (k < f.lines.length && h + f.lines[k]!.height <= room) h += f.lines[k++]!.height;
  if (k >= f.lines.length) return [f, undefined];
  // Like a paragraph, a split note leaves at least `min` lines on each side; short notes
  // move whole (with their marker's line) rather than leave one stray line.
  if (f.lines.length - k < min) k = f.lines.length - min;
  if (k < min || k === 0) return [undefined, undefined];
  return [
    { n: f.n, lines: f.lines.slice(0, k), continued: f.continued },
    { n: f.n, lines: f.lines.slice(k), continued: true },
  ];
}

function placeNotes(body: PlacedLine[], frags: readonly Fragment[], H: number, continuation: (n: number) => FlowLine): PagePlan {
  if (frags.length === 0) return { body, notes: [] };
  let total = NOTE_SEPARATOR;
  frags.forEach((f, k) => (total += (k === 0 ? 0 : NOTE_GAP) + sum(withLabel(f, continuation))));
  const notesTop = H - total;
  let y = notesTop + NOTE_SEPARATOR;
  const notes: PlacedLine[] = [];
  frags.forEach((f, k) => {
    if (k > 0) y += NOTE_GAP;
    for (const line of withLabel(f, continuation)) {
      notes.push({ line, top: y, owner: f.n });
      y += line.height;
    }
  });
  return { body, notes, notesTop };
}
