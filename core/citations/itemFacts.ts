import type { CslItem, CslName } from './csl';
import { NO_DATE, formatCslDate } from './formatCslDate';
import { curlyQuotes } from './curlyQuotes';
import { formatPageRange } from './formatPageRange';

/**
 * How a CSL type is laid out in Chicago:
 * - book: a freestanding work, title in italics (book, report, policy paper, thesis, …);
 * - chapter: a part of a larger work, title in quotation marks, the larger work in italics;
 * - periodical: an article in a journal or magazine (print or online), the journal in italics;
 * - web: a page of a website, the site's name roman.
 */
export type ItemShape = 'book' | 'chapter' | 'periodical' | 'web';

const CHAPTER_TYPES = new Set(['chapter', 'paper-conference', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'article']);
const PERIODICAL_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'post-weblog', 'review', 'review-book']);
const WEB_TYPES = new Set(['webpage', 'post']);

/** The fields of a CSL item the formatters need, cleaned once (curly quotes, dashes, "The"). */
export interface ItemFacts {
  shape: ItemShape;
  authors: readonly CslName[];
  editors: readonly CslName[];
  title: string;
  shortTitle: string;
  container?: string;
  /** "PISM Policy Paper no. 11 (152)". */
  series?: string;
  publisher?: string;
  /** Always printable: "n.d." when the item has no date. */
  date: string;
  /**
   * Printed only for an undated online item (one with a URL and no date of publication):
   * CMOS 18 asks for an access date only where there is no other date, as Zotero's style does.
   */
  accessed?: string;
  url?: string;
  /** The part's page range in its container, "45–67". */
  pages?: string;
  volume?: string;
  issue?: string;
}

/**
 * Parts with a generic name rather than a title. CMOS cites an authored one as "introduction
 * to *Book*", lowercase and without quotation marks, not as “Introduction,” in *Book*.
 */
const GENERIC_PART_TITLES = new Set(['introduction', 'preface', 'foreword', 'afterword', 'epilogue', 'prologue']);

/** "introduction" for an authored part titled "Introduction" inside a larger work, else undefined. */
export function genericPartName(f: ItemFacts): string | undefined {
  if (f.shape !== 'chapter' || !f.container || f.authors.length === 0) return undefined;
  const name = f.title.toLowerCase();
  return GENERIC_PART_TITLES.has(name) ? name : undefined;
}

export function itemFacts(item: CslItem): ItemFacts {
  const authors = item.author ?? [];
  const editors = item.editor ?? [];
  const title = clean(item.title) ?? '[Untitled]';
  return {
    shape: shapeOf(item.type),
    authors,
    editors,
    title,
    shortTitle: clean(item['title-short']) ?? shortTitleOf(title),
    container: clean(item['container-title']),
    series: seriesOf(item),
    publisher: publisherOf(item, authors),
    date: formatCslDate(item.issued) ?? NO_DATE,
    accessed: item.URL?.trim() && !formatCslDate(item.issued) ? formatCslDate(item.accessed) : undefined,
    url: item.URL?.trim() || undefined,
    pages: item.page?.trim() ? formatPageRange(item.page) : undefined,
    volume: scalar(item['volume']),
    issue: scalar(item['issue']),
  };
}

function shapeOf(type: string): ItemShape {
  if (CHAPTER_TYPES.has(type)) return 'chapter';
  if (PERIODICAL_TYPES.has(type)) return 'periodical';
  if (WEB_TYPES.has(type)) return 'web';
  return 'book';
}

function clean(text: string | undefined): string | undefined {
  const t = text === undefined ? '' : curlyQuotes(text);
  return t === '' ? undefined : t;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

/**
 * A series and its number. CMOS lowercases "no." in citations; the title page's "No. 11 (152)"
 * becomes "no. 11 (152)". With no series title, a genre with a number ("Research Paper no. 107")
 * stands in for it; a genre without a number says nothing a reader needs and is left out.
 */
function seriesOf(item: CslItem): string | undefined {
  const seriesTitle = clean(item['collection-title']);
  const seriesNumber = scalar(item['collection-number']);
  if (seriesTitle) return seriesNumber ? `${seriesTitle} no. ${seriesNumber}` : seriesTitle;
  const genre = clean(item.genre);
  const number = scalar(item.number);
  if (genre && number) return `${genre} no. ${number}`;
  if (number) return `no. ${number}`;
  return undefined;
}

/**
 * Publisher as printed in a citation: an initial "The" is dropped (as CMOS does with
 * publishers' names), and the publisher is omitted when it merely repeats a corporate author.
 *
 * Decision (organization as author, CMOS 18 chap. 14): a report whose only author is an
 * organization keeps the organization in the author position (the bibliography alphabetizes it
 * there and the short note has an author to name) and, when the publisher is that same
 * organization, drops the repetition from the publisher slot: "NATO, *Title* (2024), 12." We do
 * not move the title to the front: CMOS allows that only as an alternative, and it would sort
 * the same body's reports apart in the bibliography. A different publisher (the expert group
 * published by NATO) is printed in full.
 *
 * A publisher the cataloguer inferred (not printed in the work) is written in brackets in the
 * CSL, "[Istituto Affari Internazionali]", Chicago's mark for supplied information, and
 * printed as written; a metadata test holds every publisher the metadata's note
 * calls inferred to that.
 */
function publisherOf(item: CslItem, authors: readonly CslName[]): string | undefined {
  const publisher = clean(item.publisher)?.replace(/^The\s+/, '');
  if (!publisher) return undefined;
  const corporate = authors.length === 1 ? authors[0]?.literal : undefined;
  if (corporate && comparable(corporate) === comparable(publisher)) return undefined;
  return publisher;
}

function comparable(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words a four-word short title must not end on. */
const TRAILING_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
  'after', 'before', 'into', 'over', 'under', 'between', 'about', 'as', 'its', 'their', 'vs.',
]);

/**
 * CMOS short title: the key words of the main title (usually no more than four), never the
 * subtitle. We take the title before its colon and, if longer
 * than four words, its first four (five when the fifth completes a name: "Working Group I",
 * "Middle East"), trimmed back so it does not end on an article, preposition or conjunction.
 * Metadata can override with `title-short`.
 */
function shortTitleOf(title: string): string {
  const descriptive = /^\[([^\]]*)\]$/.exec(title);
  if (descriptive) return `[${shortTitleOf(descriptive[1] ?? '')}]`;
  const main = title.split(/:\s/)[0]?.trim() || title;
  const words = main.split(' ');
  if (words.length <= 4) return main;
  const kept = words.slice(0, 4);
  const fifth = words[4];
  const sixth = words[5];
  const isFunctionWord = (w: string | undefined) => w !== undefined && TRAILING_FUNCTION_WORDS.has(w.toLowerCase());
  if (fifth && /^([IVXLC]+|\d+)[.,]?$/.test(fifth)) {
    // "Report on Working Group I": a numeral after the fourth word belongs to the name.
    kept.push(fifth.replace(/[.,]$/, ''));
  } else if (fifth && /^\p{Lu}/u.test(fifth) && !isFunctionWord(kept[3]) && (sixth === undefined || isFunctionWord(sixth))) {
    // Do not cut a name in two: "NATO and its Middle East", not "NATO and its Middle".
    kept.push(fifth.replace(/[,;]$/, ''));
  }
  while (kept.length > 1 && TRAILING_FUNCTION_WORDS.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.pop();
  return kept.join(' ').replace(/[,;–—-]+$/, '');
}
