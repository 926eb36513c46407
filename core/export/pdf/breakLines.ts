import { hyphenateWord } from './hyphenateWord';
import type { LaidLine, Measure, Word } from './lineModel';

export interface BreakOptions {
  /** Where line `i` of the block starts and how wide it may be (hanging indents, lists). */
  lineBox: (i: number) => { x: number; width: number };
  justify: boolean;
  hyphenate: boolean;
}

/** Spaces may shrink to this share of their width in a justified line. */
export const SHRINK = 0.8;
/** Demerits added for a hyphenated line end: hyphenate only to avoid loose lines. */
export const HYPHEN_COST = 3000;
/**
 * The most badness a line of the first, unhyphenated pass may have: 100, each space stretched to
 * twice its width or shrunk to SHRINK, as plain TeX's \pretolerance. About 19 paragraphs in 20
 * of the benchmark packs pass, and skipping their hyphenation took a sixth off a cold DOCX
 * export's pagination.
 */
export const PRETOLERANCE = 100;

/**
 * Line breaking. Justified text of one measure is broken by total fit (a small Knuth–Plass):
 * the breaks chosen minimise the squared badness of all lines together, so one loose line (and
 * rivers) is not paid for later. As TeX does (\pretolerance), a paragraph is first broken at
 * its spaces alone, and hyphenated only when that leaves a line looser or tighter than
 * PRETOLERANCE allows: then every space and hyphenation point is a candidate. Ragged or
 * varying-measure text (headings, bibliography) is broken first-fit, without hyphens: a ragged
 * right edge needs none.
 */
export function breakLines(words: readonly Word[], opts: BreakOptions, measure: Measure): LaidLine[] {
  if (words.length === 0) return [];
  const box0 = opts.lineBox(0);
  const uniform = box0.width === opts.lineBox(1).width && box0.x === opts.lineBox(1).x;
  const lines = opts.justify && uniform ? totalFit(words, box0.width, opts.hyphenate, measure) : firstFit(words, opts);
  return lines.map((ws, i) => {
    const box = opts.lineBox(i);
    const last = i === lines.length - 1;
    // A last line set with shrunk spaces must be justified too, or it would overrun.
    const justify = opts.justify && (!last || natural(ws) > box.width);
    return { words: ws, x: box.x, width: box.width, justify };
  });
}

function natural(ws: readonly Word[]): number {
  let w = 0;
  for (let i = 0; i < ws.length; i++) w += ws[i]!.width + (i < ws.length - 1 ? ws[i]!.space : 0);
  return w;
}

/** A word, or a piece of one between hyphenation points. */
interface Piece {
  word: number;
  from: number;
  to: number;
  width: number;
  /** Last piece of its word: a space (and a break) follows. */
  end: boolean;
  /** Width of the hyphen a break after this piece adds (0 after an existing dash). */
  hyphen: number;
}

type PieceShape = Omit<Piece, 'word'>;

/**
 * A word's pieces, worked out once per Word object: plain words are shared by every place
 * they occur (tokenizeInlines), so a pack's vocabulary is hyphenated and measured once rather
 * than at every occurrence.
 */
const hyphenatedShapes = new WeakMap<Word, readonly PieceShape[]>();

function pieceShapes(w: Word, hyphenate: boolean, measure: Measure): readonly PieceShape[] {
  const seg = w.segs[0]!;
  if (!hyphenate || w.segs.length !== 1 || w.noteRefs.length !== 0) return [{ from: 0, to: seg.text.length, width: w.width, end: true, hyphen: 0 }];
  let shapes = hyphenatedShapes.get(w);
  if (shapes) return shapes;
  const points = hyphenateWord(seg.text);
  const out: PieceShape[] = [];
  let from = 0;
  for (const p of points) {
    out.push({ from, to: p.at, width: measure(seg.font, seg.size, seg.text.slice(from, p.at)), end: false, hyphen: p.hyphen ? measure(seg.font, seg.size, '-') : 0 });
    from = p.at;
  }
  out.push({ from, to: seg.text.length, width: points.length ? measure(seg.font, seg.size, seg.text.slice(from)) : w.width, end: true, hyphen: 0 });
  hyphenatedShapes.set(w, (shapes = out));
  return shapes;
}

function totalFit(words: readonly Word[], width: number, hyphenate: boolean, measure: Measure): Word[][] {
  // When no line can hold some word, total fit has no answer; first fit sets it overfull.
  const overfull = () => firstFit(words, { lineBox: () => ({ x: 0, width }), justify: true, hyphenate });
  const whole = wholeWordFit(words, width);
  if (whole && (!hyphenate || withinPretolerance(whole, width))) return whole;
  if (!hyphenate) return overfull();
  const pieces: Piece[] = [];
  for (let wi = 0; wi < words.length; wi++) {
    for (const s of pieceShapes(words[wi]!, hyphenate, measure)) pieces.push({ word: wi, from: s.from, to: s.to, width: s.width, end: s.end, hyphen: s.hyphen });
  }
  const n = pieces.length;
  const row: PieceRow = { widths: new Float64Array(n), spaceAfter: new Float64Array(n), hyphens: new Float64Array(n), ends: new Uint8Array(n) };
  for (let k = 0; k < n; k++) {
    const p = pieces[k]!;
    row.widths[k] = p.width;
    row.spaceAfter[k] = p.end ? words[p.word]!.space : 0;
    row.hyphens[k] = p.hyphen;
    row.ends[k] = p.end ? 1 : 0;
  }
  const breaks = leastDemeritBreaks(row, width);
  if (!breaks) return overfull();
  const lines: Word[][] = [];
  let start = 0;
  for (const b of breaks) {
    lines.push(assemble(pieces.slice(start, b), words, measure));
    start = b;
  }
  return lines;
}

/**
 * Total fit over whole words: the breaks totalFit would choose with no hyphenation points,
 * read from the words themselves (a word is one piece). Undefined when no line can hold a word.
 */
function wholeWordFit(words: readonly Word[], width: number): Word[][] | undefined {
  const n = words.length;
  const row: PieceRow = { widths: new Float64Array(n), spaceAfter: new Float64Array(n), hyphens: new Float64Array(n), ends: new Uint8Array(n).fill(1) };
  for (let k = 0; k < n; k++) {
    row.widths[k] = words[k]!.width;
    row.spaceAfter[k] = words[k]!.space;
  }
  const breaks = leastDemeritBreaks(row, width);
  if (!breaks) return undefined;
  const lines: Word[][] = [];
  let start = 0;
  for (const b of breaks) {
    lines.push(words.slice(start, b));
    start = b;
  }
  return lines;
}

/**
 * Whether every line's spaces stretch or shrink no more than PRETOLERANCE allows; the last line,
 * set ragged, needs only to fit.
 */
function withinPretolerance(lines: readonly (readonly Word[])[], width: number): boolean {
  return lines.every((line, i) => {
    if (i === lines.length - 1 && natural(line) <= width) return true;
    let spaces = 0;
    for (let k = 0; k < line.length - 1; k++) spaces += line[k]!.space;
    return spaces > 0 && badness(natural(line), spaces, width) <= PRETOLERANCE;
  });
}

/** A paragraph's pieces as the search reads them, one entry per piece. */
export interface PieceRow {
  widths: Float64Array;
  /** The space after the piece on a line that goes on past it: its word's, after the word's last piece; else 0. */
  spaceAfter: Float64Array;
  /** The width of the hyphen a break after the piece adds, when it is not its word's last. */
  hyphens: Float64Array;
  /** 1 for a word's last piece. */
  ends: Uint8Array;
}

/**
 * Total fit: where to break (after which pieces, ascending, the last being all of them) so the
 * summed demerits of all lines are least; undefined when no line can hold a piece.
 *
 * Every line ending after piece j - 1 is summed from its end back, and then tried tightest
 * first: past its natural width a line only gets looser as it starts later and its demerits
 * only grow (in floating point too: each step is a monotonic operation), so once a line's
 * demerits alone exceed the best total found, no later-starting line with a space can win.
 * Lines with no space (inside one word) score apart and are always tried. Among equal totals
 * the line that starts last wins. breakLines.test.ts checks all this against the plain search.
 */
export function leastDemeritBreaks(row: PieceRow, width: number): number[] | undefined {
  const { widths, spaceAfter, hyphens, ends } = row;
  const n = widths.length;
  // best[j]: least demerits for setting pieces [0, j) with a break after piece j - 1.
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  // The lines that may end after piece j - 1, as found: where each starts, its natural width,
  // its least width and its spaces.
  const starts = new Int32Array(n);
  const nats = new Float64Array(n);
  const mins = new Float64Array(n);
  const gaps = new Float64Array(n);
  for (let j = 1; j <= n; j++) {
    const hyphen = ends[j - 1] ? 0 : hyphens[j - 1]!;
    const penalty = ends[j - 1] ? 0 : HYPHEN_COST;
    const last = j === n;
    let count = 0;
    let boxes = 0;
    let spaces = 0;
    for (let i = j - 1; i >= 0; i--) {
      boxes += widths[i]!;
      if (i < j - 1) spaces += spaceAfter[i]!;
      // A line may start only at a word start, i.e. right after a break point.
      if (i > 0 && best[i] === Infinity) {
        if (boxes + spaces * SHRINK > width) break;
        continue;
      }
      const minimum = boxes + spaces * SHRINK + hyphen;
      if (minimum > width && i < j - 1) break;
      starts[count] = i;
      nats[count] = boxes + spaces + hyphen;
      mins[count] = minimum;
      gaps[count] = spaces;
      count++;
      if (minimum > width) break;
    }
    let bestJ = Infinity;
    let fromJ = -1;
    for (let c = count - 1; c >= 0; c--) {
      const d = demerits(nats[c]!, gaps[c]!, width, last, penalty, mins[c]! > width);
      const total = best[starts[c]!]! + d;
      if (total <= bestJ) {
        bestJ = total;
        fromJ = starts[c]!;
      } else if (!last && gaps[c]! > 0 && nats[c]! <= width && d > bestJ) {
        while (c > 0 && gaps[c - 1]! > 0) c--;
      }
    }
    best[j] = bestJ;
    from[j] = fromJ;
  }
  const breaks: number[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    if (from[j]! < 0) return undefined;
    breaks.push(j);
  }
  return breaks.reverse();
}

export function demerits(nat: number, spaces: number, width: number, last: boolean, penalty: number, overfull: boolean): number {
  if (overfull) return 1e7;
  if (last) return nat <= width ? 0 : 100 * cube((nat - width) / (spaces * (1 - SHRINK)));
  if (spaces === 0) return 1e5 + penalty;
  const d = 10 + badness(nat, spaces, width);
  return d * d + penalty;
}

/**
 * How far a line's spaces (`spaces` of them in width) are set from their natural width: stretching
 * each to twice its width scores 100, as does shrinking it to the limit (SHRINK).
 */
export function badness(nat: number, spaces: number, width: number): number {
  const ratio = (width - nat) / spaces;
  return ratio >= 0 ? 100 * cube(ratio) : 100 * cube(-ratio / (1 - SHRINK));
}

/** x³ by multiplication: `x ** 3` is a call to pow, and this runs for every candidate line. */
function cube(x: number): number {
  return x * x * x;
}

/** Rebuilds words from pieces; a line ending inside a word gets its hyphen. */
function assemble(pieces: readonly Piece[], words: readonly Word[], measure: Measure): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    while (j < pieces.length - 1 && !pieces[j]!.end && pieces[j + 1]!.word === pieces[i]!.word) j++;
    const first = pieces[i]!;
    const lastPiece = pieces[j]!;
    const word = words[first.word]!;
    if (first.from === 0 && lastPiece.end) out.push(word);
    else {
      const seg = word.segs[0]!;
      const text = seg.text.slice(first.from, lastPiece.to) + (lastPiece.end || lastPiece.hyphen === 0 ? '' : '-');
      const w = measure(seg.font, seg.size, text);
      out.push({ segs: [{ ...seg, text, width: w }], width: w, noteRefs: [], space: word.space });
    }
    i = j + 1;
  }
  return out;
}

/**
 * First fit: each word goes on the current line if it fits, else starts the next. It never
 * hyphenates (`opts.hyphenate` is not read): ragged text needs no hyphens, and as total fit's
 * fallback (no feasible breaks, e.g. a word wider than the measure) whole words are safest.
 */
function firstFit(input: readonly Word[], opts: BreakOptions): Word[][] {
  const lines: Word[][] = [];
  let cur: Word[] = [];
  let used = 0;
  for (const word of input) {
    const { width } = opts.lineBox(lines.length);
    const gap = cur.length > 0 ? cur[cur.length - 1]!.space : 0;
    if (cur.length === 0 || used + gap + word.width <= width) {
      cur.push(word);
      used += gap + word.width;
    } else {
      lines.push(cur);
      cur = [word];
      used = word.width;
    }
  }
  if (cur.length > 0) lines.push(cur);
  return lines;
}
