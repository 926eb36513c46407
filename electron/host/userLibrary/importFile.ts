import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { BriefpackError } from '../../../core/api/contract';
import type { CslItem } from '../../../core/citations/csl';
import { importDocx } from '../../../core/userLibrary/importDocx';
import { importPdf } from '../../../core/userLibrary/importPdf';
import { ImportRefused } from '../../../core/userLibrary/importRefused';
import { importText } from '../../../core/userLibrary/importText';
import type { UserSourceFile } from '../../../core/library/userSourceFile';
import { readDocxParagraphs } from './readDocxParagraphs';
import { readPdfPages } from './readPdfPages';

export interface ImportProgress {
  (done: number, total: number): void;
}

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = 'PK\u0003\u0004';

/**
 * One file to a user source, in memory: nothing is written here (the user sees the report and
 * the metadata first). The kind is told by the file's first bytes where it can be, else by its
 * extension, so a renamed file is read as what it is.
 */
export async function importFile(path: string, bytes: Uint8Array, csl: CslItem | undefined, onProgress?: ImportProgress): Promise<UserSourceFile> {
  const fileName = basename(path);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const input = { fileName, contentHash, ...(csl ? { csl } : {}) };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const ext = extname(path).toLowerCase();
  if (head.includes(PDF_MAGIC) || ext === '.pdf') {
    if (!head.includes(PDF_MAGIC)) throw new BriefpackError('invalid', `${fileName} is not a PDF, although its name ends in .pdf. Export it again as PDF, or import the original file.`);
    const { pages, hints } = await readPdfPages(bytes, fileName, onProgress);
    try {
      return importPdf(pages, input, hints);
    } catch (e) {
      throw e instanceof ImportRefused ? new BriefpackError('refused', e.message) : e;
    }
  }
  if (ext === '.docx') {
    if (!head.startsWith(ZIP_MAGIC)) throw new BriefpackError('invalid', `${fileName} is not a Word document (.docx), although its name says so. Open it in Word or LibreOffice, save it as .docx, and import that copy.`);
    return importDocx(readDocxParagraphs(bytes, fileName), input);
  }
  if (ext === '.md' || ext === '.markdown' || ext === '.txt' || ext === '.text' || ext === '') {
    const text = decodeText(bytes, fileName);
    return importText(text, input, ext === '.md' || ext === '.markdown');
  }
  throw new BriefpackError('refused', `${fileName}: Briefpack imports PDF, Word (.docx), Markdown (.md) and plain text (.txt) files, and CSL-JSON metadata. Save it in one of these formats and import it again.`);
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BriefpackError('invalid', `${fileName} is not UTF-8 text. Save it as UTF-8 (in most editors: Save As, encoding UTF-8) and import it again.`);
  }
}
