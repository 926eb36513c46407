import { BriefpackError, type ExportFormat, type ExportProgress } from '../../../core/api/contract';
import type { PdfFonts } from '../../../core/export/pdf/fonts';
import type { LibraryService } from '../libraryService';
import type { Exporter, ExportOutcome, ExportStatus } from './exportRunner';
import type { ExportJob } from './exportMessages';
import { loadPdfFonts } from './loadPdfFonts';
import { readExportRequest, renderExport } from './renderExport';

/**
 * Runs exports on the calling thread, for the CLI. A CLI command is a process of its own that
 * nothing else waits on, so the worker's reasons (a thread that keeps answering the page, a
 * memory ceiling that stops a thread and not the app) do not apply, and a worker would load the
 * code, the library and the fonts a second time: about a quarter of a second and 60 MiB of a
 * whole-process export. The checks and the rendering are the worker's own (readExportRequest,
 * renderExport); the library is the host's, read once for the command.
 *
 * It cannot be cancelled (the CLI is stopped with its process); exports run one at a time.
 */
export class InlineExporter implements Exporter {
  private fonts: Promise<PdfFonts> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private running: { format: ExportFormat | null; progress: ExportProgress | null } | undefined;

  constructor(
    private readonly assetsDir: string,
    private readonly library: LibraryService,
  ) {}

  status(): ExportStatus {
    const r = this.running;
    return { running: r !== undefined, format: r?.format ?? null, progress: r?.progress ?? null };
  }

  cancel(): boolean {
    return false;
  }

  async close(): Promise<void> {}

  run(request: ExportJob['request'], createdAt: Date, approve: (out: string) => Promise<string>, onProgress?: (p: ExportProgress) => void): Promise<ExportOutcome> {
    const job = this.queue.then(() => this.runNow(request, createdAt, approve, onProgress));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async runNow(request: ExportJob['request'], createdAt: Date, approve: (out: string) => Promise<string>, onProgress?: (p: ExportProgress) => void): Promise<ExportOutcome> {
    const running: NonNullable<typeof this.running> = { format: null, progress: null };
    this.running = running;
    const report = (p: ExportProgress) => {
      running.progress = p;
      onProgress?.(p);
    };
    try {
      report({ stage: 'reading', done: 0, total: 0 });
      const parsed = readExportRequest(request);
      running.format = parsed.format;
      const out = await approve(parsed.out);
      const lib = await this.library.get();
      const fonts = () =>
        (this.fonts ??= loadPdfFonts(this.assetsDir).catch((e: unknown) => {
          this.fonts = undefined;
          throw e;
        }));
      const { bytes, warnings } = await renderExport(parsed, { library: lib.library, index: lib.index }, fonts, createdAt, report);
      return { out, format: parsed.format, bytes, warnings };
    } catch (e) {
      if (e instanceof BriefpackError) throw e;
      throw new BriefpackError('internal', `The export stopped: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = undefined;
    }
  }
}
