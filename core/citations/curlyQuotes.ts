/**
 * Typographer's quotes for metadata typed with straight ones. An opening mark follows a space,
 * an opening bracket or dash, or the start; everything else closes, which also makes every
 * apostrophe ’ (O’Donnell, Europe’s). Whitespace is collapsed because CSL titles are often
 * copied from line-broken title pages.
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[\s([{\u2013\u2014-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u201c\u2013\u2014-])'(?=\S)/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/**
 * A title set inside double quotation marks turns its own double quotes into single ones
 * (CMOS 6.11, 14.94); single quotes already in the title stay as they are.
 */
export function nestedInQuotes(text: string): string {
  return text.replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019');
}
