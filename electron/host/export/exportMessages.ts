import * as z from 'zod';
import { ExportFormat, ExportProgress } from '../../../core/api/contract';
import { ExportWarning } from '../../../core/pack/exportWarning';

export { ExportProgress };

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes');

/**
 * The messages between the host and its export worker, each parsed with its schema on arrival
 * like every other message between threads or processes.
 */

/**
 * One export. The request is either the raw JSON of an exportPack request (web mode hands the
 * body over unparsed, so a 30 MB pack is never parsed on the thread that answers the page) or
 * one already parsed (Electron IPC); the worker checks it with the contract's schema either way.
 */
export const ExportJob = z.object({
  type: z.literal('export'),
  request: z.union([z.object({ json: Bytes }), z.object({ parsed: z.unknown() })]),
  assetsDir: z.string(),
  libraryPath: z.string(),
  /** The user's own library folder, merged with the bundled one as the host does. */
  userLibraryDir: z.string().optional(),
  /** Bumped by the host when the library changes (an import): the worker reads it again. */
  libraryGeneration: z.number().int(),
  createdAt: z.date(),
});
export type ExportJob = z.infer<typeof ExportJob>;

export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: ExportProgress }),
  /** The request parsed and within limits: the host checks `out` against its path policy now. */
  z.object({ type: z.literal('accepted'), out: z.string(), format: ExportFormat, textChars: z.number() }),
  z.object({ type: z.literal('done'), bytes: Bytes, warnings: z.array(ExportWarning) }),
  z.object({ type: z.literal('failed'), code: z.enum(['invalid', 'refused', 'internal']), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;
