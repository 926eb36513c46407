import { readFile } from 'node:fs/promises';
import { Library } from '../../../core/library/types';
import { describeJsonError } from '../../../core/pack/printableMessage';

/** Where in the library JSON a zod issue points, as "excerpts[12].locator.page". */
function pathText(path: PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/**
 * Reads and validates the built library. Throws an Error naming the file and the first bad
 * field (or the JSON syntax error), so a broken build is reported where it is, not later.
 */
export async function loadLibrary(path: string): Promise<Library> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read the library at ${path}: ${(e as Error).message}. Run "briefpack library build".`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`The library at ${path} is not valid JSON (${describeJsonError(e, raw)}).`, { cause: e });
  }
  const parsed = Library.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${pathText(i.path) || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    throw new Error(`The library at ${path} is invalid: ${issues.join('; ')}${more}`);
  }
  return parsed.data;
}
