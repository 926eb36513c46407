import { BriefpackError, type ExportFormat } from '../../core/api/contract';
import type { PackFile } from '../../core/pack/schema';
import type { ExportWarning } from '../../core/pack/exportWarning';
import { prepareExport } from '../../core/prepare/prepareExport';
import { writeFileAtomic } from './atomicWrite';
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
  const { doc, warnings } = prepareExport(file, lib.library, now, lib.index);
  let bytes: Uint8Array;
  try {
    // Each writer is loaded when first used: pdfkit alone takes about 100 ms to load, which a
    // CLI call that searches the library, or exports DOCX, would otherwise pay for nothing.
    bytes =
      format === 'docx'
        ? await (await import('../../core/export/docx/toDocx')).toDocx(doc)
        : await (await import('../../core/export/pdf/toPdf')).toPdf(doc, await pdfFonts());
  } catch (e) {
    throw new BriefpackError('internal', `Export to ${format.toUpperCase()} failed: ${(e as Error).message}`);
  }
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    // writeFileAtomic leaves no temp file and never a half-written `out`.
    throw new BriefpackError('io', `${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  return { path: out, bytes: bytes.length, warnings };
}
