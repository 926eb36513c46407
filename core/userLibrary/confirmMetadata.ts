import { applyMetadata, type MetadataValues } from '../citations/metadataForm';
import type { UserSourceFile } from '../library/userSourceFile';

/**
 * The source with the metadata form applied. Every field the form showed counts as confirmed,
 * so nothing stays marked guessed; the source ID (and so every excerpt ID) does not change.
 */
export function confirmMetadata(file: UserSourceFile, values: MetadataValues): UserSourceFile {
  const csl = applyMetadata(file.source.csl, values);
  csl.id = file.source.id;
  const title = csl.title?.trim() || file.source.title;
  csl.title = title;
  return { ...file, source: { ...file.source, title, csl }, guessed: [], report: { ...file.report, guessed: [] } };
}
