import * as z from 'zod';
import { CslItem } from '../citations/csl';
import { issuePath } from '../library/userSourceFile';

export type ParsedCsl = { ok: true; items: CslItem[] } | { ok: false; message: string };

/**
 * CSL-JSON as Zotero ("Export collection… > CSL JSON") and pandoc write it: an array of items,
 * or one item. The message names the file and the entry and field that are wrong.
 */
export function parseCslJson(text: string, fileName: string): ParsedCsl {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `${fileName} is not valid CSL-JSON: it is not JSON at all (${(e as Error).message}). Export the references again from Zotero as "CSL JSON".` };
  }
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0) return { ok: false, message: `${fileName} holds no references. Export at least one reference as CSL JSON.` };
  const parsed = z.array(CslItem).safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const [entry, ...field] = issue.path;
    const where = typeof entry === 'number' ? `reference ${entry + 1}${field.length ? `, field ${issuePath(field)}` : ''}` : issuePath(issue.path);
    return { ok: false, message: `${fileName} is not valid CSL-JSON: ${where}: ${issue.message}. Fix that reference or export it again from Zotero as "CSL JSON".` };
  }
  return { ok: true, items: parsed.data };
}
