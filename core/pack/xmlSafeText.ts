/**
 * Characters a document cannot carry: C0 controls other than tab and newline (XML 1.0 forbids
 * all but tab, newline and carriage return, and a carriage return only survives as a newline),
 * lone UTF-16 surrogates, and the non-characters U+FFFE and U+FFFF. A DOCX holding one is not
 * well-formed and Word refuses to open it, so they are taken out of pack text when a pack is
 * read (a repair the user is told about) and again by the writers (whatever reaches them).
 * Tab and newline stay: they are whitespace a writer may have typed or pasted.
 */
// eslint-disable-next-line no-control-regex -- these characters are what it looks for
const NOT_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * The repair restorePack lists: a pack whose text holds characters a document cannot carry
 * comes back without them, with one sentence saying how many fields changed. Never changes its
 * input.
 */
export function repairUnsafeCharacters<T>(pack: T): { pack: T; repair?: string } {
  const fields = countXmlUnsafeStrings(pack);
  if (fields === 0) return { pack };
  const where = fields === 1 ? '1 text field' : `${fields} text fields`;
  return { pack: xmlSafeStrings(pack), repair: `Control characters that a document cannot hold were removed from ${where}.` };
}

/** Every string inside `value` made XML-safe; objects and arrays copied, other values kept. */
export function xmlSafeStrings<T>(value: T): T {
  return mapStrings(value, xmlSafeText) as T;
}

/** How many strings inside `value` hold characters XML cannot carry. */
export function countXmlUnsafeStrings(value: unknown): number {
  let count = 0;
  mapStrings(value, (s) => {
    if (xmlSafeText(s) !== s) count += 1;
    return s;
  });
  return count;
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}
