import { BriefpackError, contract, type ExportFormat } from '../../../core/api/contract';
import type { ExportWarning } from '../../../core/pack/exportWarning';
import { describeJsonError } from '../../../core/pack/printableMessage';
import type { PdfFonts } from '../../../core/export/pdf/fonts';
import type { PdfProgress } from '../../../core/export/pdf/toPdf';
import { packTextLength, textTooLargeToExport } from '../../../core/pack/packLimits';
import type { PackFile } from '../../../core/pack/schema';
import { prepareExport } from '../../../core/prepare/prepareExport';
import type { LibraryIndex } from '../../../core/prepare/libraryIndex';
import type { Library } from '../../../core/library/types';
import * as z from 'zod';
import type { ExportProgress } from './exportMessages';
import { zlibZip } from './zlibZip';

type PdfStage = Parameters<PdfProgress>[0];

export interface ExportRequest {
  file: PackFile;
  format: ExportFormat;
  out: string;
}

/**
 * An exportPack request, from raw JSON or already parsed, checked with the contract's schema
 * and the pack limits: the same checks the dispatcher makes, made where the work is done.
 */
export function readExportRequest(request: { json: Uint8Array } | { parsed: unknown }): ExportRequest & { textChars: number } {
  let raw: unknown;
  if ('json' in request) {
    const text = new TextDecoder().decode(request.json);
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new BriefpackError('invalid', `Bad request body: ${describeJsonError(e, text)}.`);
    }
  } else raw = request.parsed;
  const parsed = contract.exportPack.req.safeParse(raw);
  if (!parsed.success) throw new BriefpackError('invalid', `Invalid exportPack request: ${z.prettifyError(parsed.error)}`);
  const textChars = packTextLength(parsed.data.file.pack);
  const tooLarge = textTooLargeToExport(textChars);
  if (tooLarge) throw new BriefpackError('refused', tooLarge);
  return { ...parsed.data, textChars };
}

/** The exported bytes of a pack, and what the user should know about it. No I/O. */
export async function renderExport(
  request: ExportRequest,
  lib: { library: Library; index: LibraryIndex },
  fonts: () => Promise<PdfFonts>,
  createdAt: Date,
  onProgress: (p: ExportProgress) => void = () => undefined,
): Promise<{ bytes: Uint8Array; warnings: ExportWarning[] }> {
  onProgress({ stage: 'preparing', done: 0, total: 0 });
  const { doc, warnings } = prepareExport(request.file, lib.library, lib.index);
  let bytes: Uint8Array;
  try {
    const options = { paper: request.file.pack.settings.paper, createdAt, onProgress: (stage: PdfStage, done: number, total: number) => onProgress({ stage, done, total }) };
    // The writers are loaded when first used, and only the one the format needs: pdfkit alone
    // takes about 100 ms to load, which a DOCX export would pay for nothing.
    // (core/export/writeDocument.ts makes the same choice, loading both.)
    bytes =
      request.format === 'pdf'
        ? await (await import('../../../core/export/pdf/toPdf')).toPdf(doc, await fonts(), options)
        : await (await import('../../../core/export/writeDocx')).writeDocx(doc, await fonts(), { ...options, zip: zlibZip });
  } catch (e) {
    throw new BriefpackError('internal', `Export to ${request.format.toUpperCase()} failed: ${(e as Error).message}`);
  }
  return { bytes, warnings };
}
