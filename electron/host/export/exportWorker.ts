import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { BriefpackError } from '../../../core/api/contract';
import type { LibraryIndex } from '../../../core/prepare/libraryIndex';
import type { PdfFonts } from '../../../core/export/pdf/fonts';
import type { Library } from '../../../core/library/types';
import { LibraryService } from '../libraryService';
import { ExportJob, type FromWorker } from './exportMessages';
import { loadPdfFonts } from './loadPdfFonts';
import { readExportRequest, renderExport } from './renderExport';

/**
 * The export worker: the one entry point of the thread exports run on (spawned by
 * spawnExportWorker in exportRunner.ts), so a long export never holds up the thread that
 * answers the page, and one that runs out of memory stops this thread, not the app. It parses
 * and checks the request, renders, and hands the bytes back; the host checks the path and
 * writes the file. The library and fonts are read once per worker and kept.
 */
if (!parentPort) throw new Error('exportWorker.ts runs as a worker thread only.');
const port = parentPort;
const EXPORT_NICENESS = 10;

// An export is background work: on Linux this lowers this thread's priority only (threads have
// their own nice value there), so on a busy machine the thread answering the page goes first.
try {
  setPriority(EXPORT_NICENESS);
} catch {
  // Not permitted or not supported here: the export runs at normal priority.
}

let generation = 0;
let library: Promise<{ library: Library; index: LibraryIndex }> | undefined;
let fonts: Promise<PdfFonts> | undefined;

const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (raw: unknown) => {
  void run(raw).catch((e: unknown) => {
    const known = e instanceof BriefpackError && (e.code === 'invalid' || e.code === 'refused' || e.code === 'internal');
    send({ type: 'failed', code: known ? (e.code as 'invalid' | 'refused' | 'internal') : 'internal', message: e instanceof Error ? e.message : String(e) });
  });
});

async function run(raw: unknown): Promise<void> {
  const job = ExportJob.parse(raw);
  send({ type: 'progress', progress: { stage: 'reading', done: 0, total: 0 } });
  const request = readExportRequest(job.request);
  send({ type: 'accepted', out: request.out, format: request.format, textChars: request.textChars });
  // Read once and kept (as the host reads it, the user's own sources merged in) until the host
  // says the library changed; a failed read is not kept, so the next export tries again.
  if (job.libraryGeneration !== generation) library = undefined;
  generation = job.libraryGeneration;
  library ??= new LibraryService(job.libraryPath, job.userLibraryDir).get().then(
    (lib) => ({ library: lib.library, index: lib.index }),
    (e: unknown) => {
      library = undefined;
      throw e;
    },
  );
  const pdfFonts = () =>
    (fonts ??= loadPdfFonts(job.assetsDir).catch((e: unknown) => {
      fonts = undefined;
      throw e;
    }));
  const { bytes, warnings } = await renderExport(request, await library, pdfFonts, job.createdAt, (progress) => send({ type: 'progress', progress }));
  // The bytes move to the host without a copy.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  send({ type: 'done', bytes: owned, warnings }, [owned.buffer as ArrayBuffer]);
}
