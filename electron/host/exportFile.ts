import { BriefpackError } from '../../core/api/contract';
import { writeFileAtomic } from './atomicWrite';

/** Writes an export to `out`; on any failure no file (partial or temp) is left behind. */
export async function writeExportFile(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    // writeFileAtomic leaves no temp file and never a half-written `out`.
    throw new BriefpackError('io', `${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
}
