import * as z from 'zod';
import { CslItem } from '../citations/csl';

/** The hand-written bibliographic input (`assets/sources/metadata.json`). */
export const PartMetadata = z.object({ id: z.string().min(1), title: z.string().min(1), csl: CslItem });
export type PartMetadata = z.infer<typeof PartMetadata>;

export const SourceMetadata = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().min(1),
  csl: CslItem,
  parts: z.array(PartMetadata).min(1),
});
export type SourceMetadata = z.infer<typeof SourceMetadata>;

export const LibraryMetadata = z.object({ sources: z.array(SourceMetadata).min(1) });
export type LibraryMetadata = z.infer<typeof LibraryMetadata>;
