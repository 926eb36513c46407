import * as z from 'zod';

/**
 * The subset of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)
 * that Briefpack's sources use. Unknown fields pass through untouched so that metadata written
 * by Zotero or pandoc still parses.
 */
export const CslName = z
  .object({
    family: z.string().optional(),
    given: z.string().optional(),
    /** Corporate or otherwise unparsed name, e.g. "NATO Independent Expert Group". */
    literal: z.string().optional(),
  })
  .passthrough();
export type CslName = z.infer<typeof CslName>;

export const CslDate = z
  .object({
    'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
    literal: z.string().optional(),
    /** CSL's flag for a date that is inferred or approximate (printed "[2013?]"). */
    circa: z.union([z.boolean(), z.string(), z.number()]).optional(),
  })
  .passthrough();
export type CslDate = z.infer<typeof CslDate>;

export const CslItem = z
  .object({
    id: z.string().min(1),
    type: z.string().min(1),
    title: z.string().optional(),
    'title-short': z.string().optional(),
    'container-title': z.string().optional(),
    'collection-title': z.string().optional(),
    'collection-number': z.union([z.string(), z.number()]).optional(),
    number: z.union([z.string(), z.number()]).optional(),
    genre: z.string().optional(),
    author: z.array(CslName).optional(),
    editor: z.array(CslName).optional(),
    publisher: z.string().optional(),
    'publisher-place': z.string().optional(),
    issued: CslDate.optional(),
    accessed: CslDate.optional(),
    URL: z.string().optional(),
    page: z.string().optional(),
    note: z.string().optional(),
  })
  .passthrough();
export type CslItem = z.infer<typeof CslItem>;
