import type { CslItem } from '../citations/csl';
import { hash53 } from '../library-build/ids';
import { USER_SOURCE_PREFIX } from '../library/userSourceFile';

/**
 * A user source's ID: "my-" and 12 hex digits of the SHA-256 of the file's bytes. The same file
 * imported again, on any machine, gets the same ID (so its excerpts keep theirs); two different
 * files never share an ID, so two people importing into one shared folder write different files.
 */
export function userSourceId(contentHash: string): string {
  if (!/^[0-9a-f]{64}$/.test(contentHash)) throw new Error(`Not a SHA-256 hex digest: "${contentHash}".`);
  return `${USER_SOURCE_PREFIX}${contentHash.slice(0, 12)}`;
}

/** A bibliography entry without a file: its ID comes from what identifies the work. */
export function cslOnlySourceId(csl: CslItem): string {
  const key = [csl.type, csl.title ?? '', JSON.stringify(csl.author ?? []), JSON.stringify(csl.issued ?? {}), String(csl.DOI ?? ''), csl.URL ?? ''].join('\u0000');
  return `${USER_SOURCE_PREFIX}ref-${hash53(key).toString(16).padStart(14, '0')}`;
}
