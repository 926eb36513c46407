/**
 * A message safe to print on a terminal or show in a page: control characters (C0, DEL, C1)
 * and lone surrogates are written as \u escapes, so text taken from a damaged file (an ESC
 * that clears the screen, a NUL) is shown as what it is instead of acting on the terminal.
 */
export function printableMessage(text: string): string {
  // eslint-disable-next-line no-control-regex -- these characters are what it looks for
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
    c === '\n' ? ' ' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * What was wrong with text that JSON.parse refused, in words and without the file's bytes: V8
 * quotes the text it choked on, raw, so its message is not shown as it is.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (at) return `at ${lineAndColumn(text, Number(at[1]))}`;
  if (/Unexpected end of JSON input/i.test(message)) return 'it ends too early';
  const token = /Unexpected token '(.+?)', /s.exec(message);
  // V8 gives no position here, and the character may also occur earlier inside a string.
  if (token?.[1] !== undefined) return `unexpected character "${printableMessage(token[1])}"`;
  return 'it could not be read as JSON';
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${end - lineStart + 1}`;
}
