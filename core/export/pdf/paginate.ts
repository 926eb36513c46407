import type { FlowBlock, FlowLine } from './flowModel';
import { NOTE_GAP } from './layoutNotes';

/** Gap, rule and gap between body text and the notes. */
export const NOTE_SEPARATOR = 12;

/** Room carried-over notes leave for body text: four 15 pt lines, so a page is never all notes. */
const CARRIED_NOTES_LEAVE = 4 * 15;

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
export function paginate({ blocks, notes, bodyHeight, continuation }: PaginateInput): PagePlan[] {
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
    let bodyUsed = 0;
    let notesHeight = 0;
    const cost = (f: Fragment, first: boolean) => (first ? NOTE_SEPARATOR : NOTE_GAP) + sum(withLabel(f, continuation));
    // Notes carried over go first; if even they overflow, what does not fit moves on again.
    let closed = false;
    for (const f of carry) {
      if (closed) {
        next.push(f);
        continue;
      }
      const fragmentCost = cost(f, placedNotes.length === 0);
      if (notesHeight + fragmentCost <= bodyHeight - CARRIED_NOTES_LEAVE) {
        placedNotes.push(f);
        notesHeight += fragmentCost;
      } else {
        const [head, tail] = splitFragment(f, bodyHeight - CARRIED_NOTES_LEAVE - notesHeight - (placedNotes.length === 0 ? NOTE_SEPARATOR : NOTE_GAP), continuation, 1);
        if (head) {
          placedNotes.push(head);
          notesHeight += cost(head, placedNotes.length === 1);
        }
        if (tail || !head) next.push(tail ?? f);
        closed = true;
      }
    }
    let i = start;
    for (; i < maxEnd; i++) {
      const line = lines[i]!;
      const need = (body.length === 0 ? 0 : line.spaceBefore) + line.padBefore + line.height;
      const frags = line.noteRefs.map((n) => ({ n, lines: notes.get(n) ?? [], continued: false }));
      let add = 0;
      frags.forEach((f, k) => (add += cost(f, placedNotes.length === 0 && k === 0)));
      const first = body.length === 0 && force;
      if (frags.length > 0 && closed && !first) break;
      if (bodyUsed + need + notesHeight + add <= bodyHeight) {
        body.push({ line, top: bodyUsed + (body.length === 0 ? 0 : line.spaceBefore) + line.padBefore, owner: blockOf[i]! });
        bodyUsed += need;
        notesHeight += add;
        for (const f of frags) placedNotes.push(f);
        continue;
      }
      if (frags.length === 0 || bodyUsed + need + notesHeight > bodyHeight) {
        if (!first) break;
      }
      // Try to keep the opening of the last note on this page and carry the rest.
      const lead = frags.slice(0, -1);
      let pre = 0;
      lead.forEach((f, k) => (pre += cost(f, placedNotes.length === 0 && k === 0)));
      const last = frags[frags.length - 1];
      if (last && bodyUsed + need + notesHeight + pre <= bodyHeight) {
        const gap = placedNotes.length === 0 && lead.length === 0 ? NOTE_SEPARATOR : NOTE_GAP;
        const [head, tail] = splitFragment(last, bodyHeight - (bodyUsed + need + notesHeight + pre) - gap, continuation, first ? 1 : 2);
        if (head && tail) {
          body.push({ line, top: bodyUsed + (body.length === 0 ? 0 : line.spaceBefore) + line.padBefore, owner: blockOf[i]! });
          for (const f of lead) placedNotes.push(f);
          placedNotes.push(head);
          next.push(tail);
          i++;
          break;
        }
      }
      if (!first) break;
      // Nothing else fits on an empty page: place the line and carry all its notes.
      body.push({ line, top: line.padBefore, owner: blockOf[i]! });
      next.push(...frags);
      i++;
      break;
    }
    return { end: i, body, notes: placedNotes, next };
  };

  const chooseBreak = (start: number, end: number) => {
    if (end >= lines.length) return end;
    const blockStartLine = startOf(end);
    if (end > blockStartLine) {
      const block = blocks[blockOf[end]!]!;
      const blockEndLine = endOf(end);
      if (block.keepTogether || end - blockStartLine < 2) end = blockStartLine;
      else if (blockEndLine - end < 2) end = blockEndLine - 2 - blockStartLine < 2 ? blockStartLine : blockEndLine - 2;
    }
    while (end > start && end === startOf(end) && blocks[blockOf[end - 1]!]!.keepWithNext) end = startOf(end - 1);
    return end;
  };

  const pages: PagePlan[] = [];
  let start = 0;
  let carry: Fragment[] = [];
  while (start < lines.length || carry.length > 0) {
    const natural = fill(start, carry, lines.length, true);
    const end = chooseBreak(start, natural.end);
    const page = end > start && end < natural.end ? fill(start, carry, end, false) : natural;
    pages.push(placeNotes(page.body, page.notes, bodyHeight, continuation));
    start = page.end;
    carry = page.next;
  }
  return pages;
}

function sum(lines: readonly FlowLine[]): number {
  let height = 0;
  for (const line of lines) height += line.height;
  return height;
}

function withLabel(f: Fragment, continuation: (n: number) => FlowLine): FlowLine[] {
  return f.continued ? [continuation(f.n), ...f.lines] : f.lines;
}

/** Splits a note so its head fits `room`, keeping at least `min` lines of text in the head. */
function splitFragment(f: Fragment, room: number, continuation: (n: number) => FlowLine, min: number): [Fragment | undefined, Fragment | undefined] {
  let height = f.continued ? continuation(f.n).height : 0;
  let headLines = 0;
  while (headLines < f.lines.length && height + f.lines[headLines]!.height <= room) height += f.lines[headLines++]!.height;
  if (headLines >= f.lines.length) return [f, undefined];
  // Like a paragraph, a split note leaves at least `min` lines on each side; short notes
  // move whole (with their marker's line) rather than leave one stray line.
  if (f.lines.length - headLines < min) headLines = f.lines.length - min;
  if (headLines < min || headLines === 0) return [undefined, undefined];
  return [
    { n: f.n, lines: f.lines.slice(0, headLines), continued: f.continued },
    { n: f.n, lines: f.lines.slice(headLines), continued: true },
  ];
}

function placeNotes(body: PlacedLine[], frags: readonly Fragment[], bodyHeight: number, continuation: (n: number) => FlowLine): PagePlan {
  if (frags.length === 0) return { body, notes: [] };
  let total = NOTE_SEPARATOR;
  frags.forEach((f, k) => (total += (k === 0 ? 0 : NOTE_GAP) + sum(withLabel(f, continuation))));
  const notesTop = bodyHeight - total;
  let top = notesTop + NOTE_SEPARATOR;
  const notes: PlacedLine[] = [];
  frags.forEach((f, k) => {
    if (k > 0) top += NOTE_GAP;
    for (const line of withLabel(f, continuation)) {
      notes.push({ line, top, owner: f.n });
      top += line.height;
    }
  });
  return { body, notes, notesTop };
}
