import type { SourceNote } from '../library/types';

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/**
 * A note number glued to the end of a word or its closing punctuation ("Wales.1", "area”.3",
 * "Recommendations:7"). Not after a capital ("WG2", "G7") and not a decimal ("1.6").
 */
const GLUED = /(?<=[\p{L}”’"'.,;:)\]?!])(\d{1,3})(?=$|[\s,.;:)”’\]])|\b((?:19|20)\d\d)(\d{1,2})(?=$|[\s,.;:)”’\]])/gu;
const SUPER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Note numbering state for one run of notes (a part of a book, or a whole document). */
export interface MarkerCursor {
  /** The number the next marker should carry. */
  next: number;
}

export interface StrippedMarkers {
  text: string;
  markers: string[];
}

/**
 * Removes footnote markers from `text`, in reading order. Footnotes are numbered in sequence,
 * so a glued number counts as a marker only when it is the next one expected (or skips exactly
 * one, where the source lost a marker): that keeps "G7++", "2+" and years intact.
 */
export function stripNoteMarkers(text: string, cursor: MarkerCursor, known: (marker: string) => boolean): StrippedMarkers {
  const markers: string[] = [];
  let out = text.replace(SUPER_RUN, (run) => {
    const n = [...run].map((c) => SUPERSCRIPT[c] ?? '').join('');
    markers.push(n);
    cursor.next = Number(n) + 1;
    return '';
  });
  out = out.replace(GLUED, (match: string, glued: string | undefined, year: string | undefined, yearNote: string | undefined, offset: number, whole: string) => {
    const digits = glued ?? yearNote ?? '';
    const n = Number(digits);
    const expected = n === cursor.next || (n === cursor.next + 1 && known(String(n)));
    if (!expected) return match;
    if (glued !== undefined) {
      const before = whole.slice(0, offset);
      // After "2003." a number is a marker only if a new sentence follows; "1.6 million" is a decimal.
      if (/\d[.,]$/.test(before) && !/^(?:$|\s+[\p{Lu}“‘(])/u.test(whole.slice(offset + digits.length))) return match;
      // After a capital only an acronym of three or more letters takes a marker ("ANSF24"), not "WG2".
      if (/\p{Lu}$/u.test(before) && !/(?:^|[^\p{L}])\p{Lu}{3,}$/u.test(before)) return match;
    }
    markers.push(digits);
    cursor.next = n + 1;
    return year ?? '';
  });
  return { text: out.replace(/ {2,}/g, ' ').trim(), markers };
}

export function toSourceNotes(markers: string[], lookup: (m: string) => string | undefined): SourceNote[] {
  const notes: SourceNote[] = [];
  for (const marker of markers) {
    const text = lookup(marker);
    if (text !== undefined) notes.push({ marker, text });
  }
  return notes;
}
