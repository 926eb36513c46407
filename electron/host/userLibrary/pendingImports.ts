import { randomUUID } from 'node:crypto';
import { BriefpackError } from '../../../core/api/contract';
import type { MetadataValues } from '../../../core/citations/metadataForm';
import { confirmMetadata } from '../../../core/userLibrary/confirmMetadata';
import type { UserSourceFile } from '../../../core/library/userSourceFile';
import { saveUserSource } from './userLibraryFolder';

/**
 * Imports the user has seen but not yet accepted. The host keeps the cleaned source itself; the
 * page sends back only the metadata, so excerpt text cannot change between the report the user
 * read and the file that is saved.
 */
export class PendingImports {
  private readonly pending = new Map<string, UserSourceFile>();

  add(file: UserSourceFile): string {
    const id = randomUUID();
    this.pending.set(id, file);
    // Only the last few previews are kept: an abandoned import is not worth the memory.
    while (this.pending.size > 4) this.pending.delete(this.pending.keys().next().value as string);
    return id;
  }

  async accept(id: string, values: MetadataValues, dir: string): Promise<{ path: string; sourceId: string }> {
    const file = this.pending.get(id);
    if (!file) throw new BriefpackError('not-found', 'That import is no longer waiting: drop or pick the file again.');
    const confirmed = confirmMetadata(file, values);
    const path = await saveUserSource(dir, confirmed);
    this.pending.delete(id);
    return { path, sourceId: confirmed.source.id };
  }
}
