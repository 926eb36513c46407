import { writeFileAtomic } from './atomicWrite';
import { writeError } from './writeError';

/** Writes an export to `out`; on any failure no file (partial or temp) is left behind. */
export async function writeExportFile(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    // writeFileAtomic leaves no temp file and never a half-written `out`.
    throw writeError(out, e, 'No file was written, and any file already there is as it was.', 'exported');
  }
}
