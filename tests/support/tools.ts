import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** Converts a DOCX to PDF with LibreOffice in a private profile, so parallel runs don't clash. */
export async function docxToPdf(docx: string): Promise<string> {
  return toPdfWithLibreOffice(docx);
}

/** Any document LibreOffice opens (DOCX, ODT, flat ODT) to PDF, in a private profile. */
export async function toPdfWithLibreOffice(file: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'bp-lo-'));
  await run('soffice', [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { timeout: 120_000 });
  return join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

export async function pdfText(pdf: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return (await run('pdftotext', ['-layout', ...range, pdf, '-'])).stdout;
}
