import { NoteLocator } from './noteLocator';

export type ParsedLocator = { ok: true; locator: NoteLocator } | { ok: false; reason: string };

const DASH = String.raw`\s*[-\u2010-\u2015]\s*`;
const NUMBER = String.raw`(\d+|[ivxlcdm]+)`;
const PAGE = new RegExp(String.raw`^(?:(?:pp?|pages?|pgs?)\.?\s*)?${NUMBER}(?:${DASH}${NUMBER})?$`, 'i');
const PARA_WORD = String.raw`(?:paras?|paragraphs?|¶{1,2})\.?`;
const PARAGRAPH = new RegExp(String.raw`^${PARA_WORD}\s*(\d+)(?:${DASH}(\d+))?$`, 'i');
const SECTION_WORD = String.raw`(?:§{1,2}|secs?\.|sections?\b|sec\b)`;
const SECTION = new RegExp(String.raw`^${SECTION_WORD}\s*(.+?)(?:\s*,\s*${PARA_WORD}\s*(\d+))?$`, 'i');
const UNDER = new RegExp(String.raw`^under\s+(.+?)(?:\s*,\s*${PARA_WORD}\s*(\d+))?$`, 'i');
const HEADING_PARAGRAPH = new RegExp(String.raw`^(.+?)\s*,\s*${PARA_WORD}\s*(\d+)$`, 'i');

export const LOCATOR_HELP = 'Write a page (“14”, “14–15”), a paragraph (“para. 3”) or a section (“sec. 2”, “sec. Summary, para. 3”).';

/**
 * Reads the place a user typed for a citation ("14", "pp. 14-15", "para. 3", "§ 2",
 * "sec. Summary, para. 3", "under “Summary,” para. 3") into a typed locator, or says in a
 * sentence why it cannot. The words "p.", "pp.", "para." are read, not kept: the note prints
 * the Chicago form, so "p. 14" after "Ibid.," prints "Ibid., 14."
 */
export function parseLocator(typed: string): ParsedLocator {
  // A comma printed inside closing quotation marks (“Summary,”) belongs after them when reading.
  const text = typed.replace(/\s+/g, ' ').trim().replace(/,([\u201d"])/g, '$1,');
  if (text === '') return refuse('The place is empty. ' + LOCATOR_HELP);

  const page = PAGE.exec(text);
  if (page) return pageLocator(text, page[1] ?? '', page[2]);

  const paragraph = PARAGRAPH.exec(text);
  if (paragraph) {
    const from = Number(paragraph[1]);
    const through = paragraph[2] === undefined ? undefined : Number(paragraph[2]);
    if (from < 1 || (through !== undefined && through <= from)) return refuse(`“${text}” is not a paragraph or a rising range of paragraphs. ${LOCATOR_HELP}`);
    return ok({ kind: 'paragraph', paragraph: from, ...(through !== undefined ? { through } : {}) });
  }

  const section = SECTION.exec(text) ?? UNDER.exec(text) ?? HEADING_PARAGRAPH.exec(text);
  if (section) {
    const name = unquote(section[1] ?? '');
    const para = section[2] === undefined ? undefined : Number(section[2]);
    if (!/^[\p{L}\p{N}]/u.test(name) || para === 0) return refuse(`“${text}” names no section. ${LOCATOR_HELP}`);
    return ok({ kind: 'section', section: name, ...(para !== undefined ? { paragraph: para } : {}) });
  }
  return refuse(`“${text}” is not a place Briefpack can print. ${LOCATOR_HELP}`);
}

function pageLocator(text: string, first: string, last: string | undefined): ParsedLocator {
  const roman = /^[ivxlcdm]+$/i;
  if (first === '0' || last === '0') return refuse(`“${text}”: there is no page 0. ${LOCATOR_HELP}`);
  if (last === undefined) return ok({ kind: 'page', page: first });
  if (roman.test(first) !== roman.test(last)) return refuse(`“${text}” mixes roman and arabic page numbers; cite each page on its own.`);
  if (roman.test(first)) return ok({ kind: 'page', page: `${first}\u2013${last}` });
  // "118–19" is the abbreviated form of 118–119: the pack keeps the range in full.
  const full = last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
  if (Number(full) <= Number(first)) return refuse(`“${text}” does not run forward: the second page must come after the first.`);
  return ok({ kind: 'page', page: `${first}\u2013${full}` });
}

/** “Summary,” or "Summary" as typed: the quotation marks and the comma inside them are the note's, not the heading's. */
function unquote(name: string): string {
  return name
    .replace(/^["'\u201c\u2018]/, '')
    .replace(/,?["'\u201d\u2019]$/, '')
    .replace(/,$/, '')
    .trim();
}

function ok(locator: NoteLocator): ParsedLocator {
  return { ok: true, locator: NoteLocator.parse(locator) };
}

function refuse(reason: string): ParsedLocator {
  return { ok: false, reason };
}
