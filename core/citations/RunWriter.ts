import { nestedInQuotes } from './curlyQuotes';
import type { StyledRun } from './types';

/**
 * Builds a note or bibliography entry piece by piece and applies, at each seam, the
 * punctuation rules that depend on what came before (CMOS chap. 6):
 * - a period or comma after a closing quotation mark moves inside it (American style);
 * - a period after a question mark, exclamation point or period is dropped ("ed." + "." is
 *   "ed."; a title ending in "?" takes no period), but a comma after a question mark stays
 *   (“Time for a Realistic Agenda?,” in …), as CMOS has advised since the 16th edition.
 */
export class RunWriter {
  private readonly out: StyledRun[] = [];
  /** How many closing marks end the last run: ” alone, or ’” when the title ends in a quotation. */
  private closingMarks = 0;

  add(text: string, italic = false): this {
    let rest = text;
    const last = this.out[this.out.length - 1];
    const mark = rest[0];
    if (last && (mark === '.' || mark === ',')) {
      const body = last.text.slice(0, last.text.length - this.closingMarks);
      const marks = last.text.slice(body.length);
      const end = body.slice(-1);
      if (mark === '.' && (end === '.' || end === '?' || end === '!')) {
        rest = rest.slice(1);
      } else if (marks) {
        last.text = body + mark + marks;
        rest = rest.slice(1);
      }
    }
    if (rest) {
      this.closingMarks = 0;
      const tail = this.out[this.out.length - 1];
      if (tail && Boolean(tail.italic) === italic) tail.text += rest;
      else this.out.push(italic ? { text: rest, italic: true } : { text: rest });
    }
    return this;
  }

  /** A title or heading in double quotation marks, roman. */
  quoted(text: string): this {
    const inner = nestedInQuotes(text);
    this.add(`\u201c${inner}\u201d`);
    this.closingMarks = endsWithInnerQuotation(inner) ? 2 : 1;
    return this;
  }

  /**
   * A title in its Chicago dress: italic for a freestanding work, quoted for a part. A title
   * the cataloguer supplied because the work prints none is given in brackets in the metadata,
   * "[Papers on NATO …]"; Chicago sets such a descriptive title roman, without quotation marks.
   */
  title(text: string, style: 'italic' | 'quoted'): this {
    if (isDescriptiveTitle(text)) return this.add(text);
    return style === 'italic' ? this.add(text, true) : this.quoted(text);
  }

  runs(): StyledRun[] {
    return this.out.map((r) => ({ ...r }));
  }
}

/** “… ‘Southern Flank’”: the final ’ closes a quotation (an unclosed ‘ precedes it), not a possessive. */
function endsWithInnerQuotation(text: string): boolean {
  if (!text.endsWith('\u2019')) return false;
  return text.lastIndexOf('\u2018') > text.lastIndexOf('\u2019', text.length - 2);
}

/** "[Final report of the independent expert group …]": supplied, not printed in the work. */
export function isDescriptiveTitle(text: string): boolean {
  return /^\[[^\]]*\]$/.test(text.trim());
}
