import * as z from 'zod';

/**
 * Something the user should see about a pack before it leaves the building: a quotation whose
 * text no longer matches the library, or a citation of a source the library does not have.
 * prepareExport makes them; the API contract carries them to the renderer. Defined with the
 * pack model, not in prepare, so the contract (and so the renderer) needs nothing of the
 * export pipeline.
 */
export const ExportWarning = z.object({
  kind: z.enum(['quotation-changed', 'missing-source', 'locator']),
  id: z.string(),
  message: z.string(),
});
export type ExportWarning = z.infer<typeof ExportWarning>;
