/**
 * Appends a continuation line to a footnote's text. A URL broken at the line end is joined
 * without a space ("http://www.eda.europa." + "eu/publications/..."); a word broken with a
 * hyphen keeps the hyphen (URLs and titles in notes are copied as printed).
 */
export function joinNoteLine(text: string, line: string): string {
  const last = /\S+$/.exec(text)?.[0] ?? '';
  if (/^(?:https?:\/\/|www\.)\S*$/.test(last) && !/^(?:https?:|www\.|\[)/.test(line)) return `${text}${line}`;
  return `${text} ${line}`;
}
