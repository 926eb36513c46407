import * as z from 'zod';
import { Excerpt, LibrarySource } from './types';

/**
 * One source of a user library folder: one JSON file per source, so that two people adding
 * sources to a shared folder write different files and no shared index is ever rewritten.
 * The file holds the CSL-JSON metadata, the excerpts and the report of the import that made it.
 */

export const ImportNote = z.object({
  kind: z.enum(['removed', 'doubtful', 'info']),
  page: z.string().optional(),
  message: z.string(),
});
export type ImportNote = z.infer<typeof ImportNote>;

export const ImportReport = z.object({
  file: z.string(),
  format: z.enum(['pdf', 'docx', 'markdown', 'text', 'csl']),
  pageNumbers: z.enum(['printed', 'pdf', 'none']),
  excerpts: z.number().int().nonnegative(),
  notes: z.array(ImportNote),
  guessed: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const USER_SOURCE_FORMAT = 'briefpack-source';

export const UserSourceFile = z
  .object({
    format: z.literal(USER_SOURCE_FORMAT),
    version: z.literal(1),
    /** SHA-256 of the imported file; null for a bibliography entry imported without text. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    source: LibrarySource,
    excerpts: z.array(Excerpt),
    report: ImportReport,
    /** Metadata fields the importer guessed and the user has not confirmed yet. */
    guessed: z.array(z.string()),
  })
  .superRefine((file, ctx) => {
    if (file.source.csl.id !== file.source.id) {
      ctx.addIssue({ code: 'custom', path: ['source', 'csl', 'id'], message: `must equal the source id "${file.source.id}"` });
    }
    file.excerpts.forEach((e, i) => {
      if (e.sourceId !== file.source.id || e.partId !== file.source.id) {
        ctx.addIssue({ code: 'custom', path: ['excerpts', i, 'sourceId'], message: `belongs to "${e.sourceId}", not to this file's source "${file.source.id}"` });
      }
    });
  });
export type UserSourceFile = z.infer<typeof UserSourceFile>;

/** The file name a source is stored under in a library folder. */
export function userSourceFileName(sourceId: string): string {
  return `${sourceId}.json`;
}

/** Where in the file a zod issue points, as "excerpts[12].locator.page". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(top level)';
}

export type ParsedSourceFile = { ok: true; file: UserSourceFile } | { ok: false; message: string };

/** Parses one library-folder file; the message names the field that is wrong. */
export function parseUserSourceFile(text: string, name: string): ParsedSourceFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `${name} is not valid JSON (${(e as Error).message}).` };
  }
  const parsed = UserSourceFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return { ok: false, message: `${name} is not a Briefpack source file: ${issuePath(issue.path)}: ${issue.message}${more}.` };
  }
  return { ok: true, file: parsed.data };
}

/** Sources the user imported have IDs starting "my-" (see core/userLibrary/sourceIdentity.ts); bundled ones never do. */
export const USER_SOURCE_PREFIX = 'my-';

export function isUserSourceId(id: string): boolean {
  return id.startsWith(USER_SOURCE_PREFIX);
}
