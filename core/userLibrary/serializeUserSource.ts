import { sortKeys } from '../library-build/serializeLibrary';
import type { UserSourceFile } from '../library/userSourceFile';

/** Sorted keys and a trailing newline: the same source always serialises to the same bytes. */
export function serializeUserSource(file: UserSourceFile): string {
  return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
