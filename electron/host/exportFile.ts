import { BriefpackError, type ExportFormat } from '../../core/api/contract';
import type { PackFile } from '../../core/pack/schema';
import type { ExportWarning } from '../../core/pack/exportWarning';
import { prepareExport } from '../../core/prepare/prepareExport';
import { writeFileAtomic } from './atomicWrite';
import { writeError } from './writeError';
import type { PdfFonts } from '../../core/export/pdf/fonts';
import type { LoadedLibrary } from './libraryService';

export interface ExportResult {
  path: string;
  bytes: number;
  warnings: ExportWarning[];
}

/** Exports a pack to `out`; on any failure no file (partial or temp) is left behind. */
export async function exportFile(
  file: PackFile,
  format: ExportFormat,
  out: string,
  lib: LoadedLibrary,
  pdfFonts: () => Promise<PdfFonts>,
  now: Date = new Date(),
): Promise<ExportResult> {
  const { doc, warnings } = prepareExport(file, lib.library, lib.index);
  let bytes: Uint8Array;
  try {
    // The writers are loaded when first used, and only the one the format needs: pdfkit alone
    // takes about 100 ms to load, which a library search or a DOCX export would pay for nothing.
    // (core/export/writeDocument.ts makes the same choice, loading both.)
    const options = { paper: file.pack.settings.paper, createdAt: now };
    bytes =
      format === 'pdf'
        ? await (await import('../../core/export/pdf/toPdf')).toPdf(doc, await pdfFonts(), options)
        : await (await import('../../core/export/writeDocx')).writeDocx(doc, await pdfFonts(), options);
  } catch (e) {
    throw new BriefpackError('internal', `Export to ${format.toUpperCase()} failed: ${(e as Error).message}`);
  }
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    // writeFileAtomic leaves no temp file and never a half-written `out`.
    throw writeError(out, e, 'No file was written, and any file already there is as it was.', 'exported');
  }
  return { path: out, bytes: bytes.length, warnings };
}
