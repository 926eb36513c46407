import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BriefpackError, type ExportFormat, type ExportProgress } from '../../../core/api/contract';
import type { ExportWarning } from '../../../core/pack/exportWarning';
import { exportOutOfMemory, PACK_LIMITS } from '../../../core/pack/packLimits';
import { FromWorker, type ExportJob } from './exportMessages';

/**
 * Starts the export worker (exportWorker.ts), the one place a worker is spawned. Bundled, the
 * worker is its own entry built beside the bundle that runs this code (electron.vite.config.ts
 * builds out/main/exportWorker.js next to out/main/index.js). From the TypeScript sources (the
 * CLI and web mode through tsx, vitest) the new thread has no TypeScript loader, so a two-line
 * bootstrap registers tsx in it first. The memory ceiling stops the thread, not the app.
 */
export function spawnExportWorker(memoryMb: number = PACK_LIMITS.exportMemoryMb): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./exportWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryMb } };
  if (!fromSource) return new Worker(entry, options);
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ESM API as a file URL: an eval'd worker has no folder to resolve a package name from. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), pkg.exports['./esm/api']!.import.default)).href;
}

export interface ExportPaths {
  assetsDir: string;
  libraryPath: string;
  userLibraryDir?: string;
}

export interface ExportOutcome {
  out: string;
  format: ExportFormat;
  bytes: Uint8Array;
  warnings: ExportWarning[];
}

export interface ExportStatus {
  running: boolean;
  format: ExportFormat | null;
  progress: ExportProgress | null;
}

interface Running {
  format: ExportFormat | null;
  progress: ExportProgress | null;
  cancel: () => void;
}

/**
 * What runs a host's exports: the worker (ExportRunner, for the app and web mode) or the calling
 * thread (InlineExporter, for the CLI). Both parse the request, ask `approve` for the path to
 * write, and render with renderExport: only where the work runs differs.
 */
export interface Exporter {
  run(request: ExportJob['request'], createdAt: Date, approve: (out: string) => Promise<string>, onProgress?: (p: ExportProgress) => void, libraryGeneration?: number): Promise<ExportOutcome>;
  status(): ExportStatus;
  /** Stops the running export, if any and if it can be stopped; false when nothing stopped. */
  cancel(): boolean;
  close(): Promise<void>;
}

/**
 * Runs exports on the worker, one at a time (a second waits for the first), and keeps one
 * worker alive between them so the library and fonts are read once. Cancelling or running out
 * of memory ends the worker; the next export starts a fresh one.
 */
export class ExportRunner implements Exporter {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private running: Running | undefined;

  constructor(
    private readonly paths: ExportPaths,
    private readonly spawn: () => Worker = spawnExportWorker,
  ) {}

  status(): ExportStatus {
    const r = this.running;
    return { running: r !== undefined, format: r?.format ?? null, progress: r?.progress ?? null };
  }

  /** Stops the running export, if any; its caller gets "The export was cancelled." */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  /**
   * Exports one request. `approve` is called with the output path once the worker has parsed
   * and accepted the request, while it renders; it returns the path to write to or throws, and
   * a refusal stops the worker at once.
   */
  run(request: ExportJob['request'], createdAt: Date, approve: (out: string) => Promise<string>, onProgress?: (p: ExportProgress) => void, libraryGeneration = 0): Promise<ExportOutcome> {
    const job = this.queue.then(() => this.runNow(request, createdAt, approve, onProgress, libraryGeneration));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Ends the worker (at shutdown, and in tests). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private runNow(request: ExportJob['request'], createdAt: Date, approve: (out: string) => Promise<string>, onProgress: ((p: ExportProgress) => void) | undefined, libraryGeneration: number): Promise<ExportOutcome> {
    const worker = (this.worker ??= this.spawn());
    // A worker keeps a process alive only while it works: the CLI and tests end when done.
    worker.ref();
    return new Promise<ExportOutcome>((resolve, reject) => {
      let textChars = 0;
      let target: Promise<string> | undefined;
      let format: ExportFormat | null = null;
      let settled = false;
      const running: Running = { format: null, progress: null, cancel: () => stop(new BriefpackError('refused', 'The export was cancelled.')) };
      this.running = running;

      const finish = () => {
        settled = true;
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (this.running === running) this.running = undefined;
      };
      const fail = (e: unknown) => {
        if (settled) return;
        finish();
        reject(e);
      };
      // The worker is ended, so nothing it does after this reaches the caller.
      const stop = (e: unknown) => {
        if (settled) return;
        if (this.worker === worker) this.worker = undefined;
        fail(e);
        void worker.terminate();
      };
      const onMessage = (raw: unknown) => {
        const message = FromWorker.safeParse(raw);
        if (!message.success) return stop(new BriefpackError('internal', 'The export worker sent a message that makes no sense.'));
        const m = message.data;
        switch (m.type) {
          case 'progress':
            running.progress = m.progress;
            onProgress?.(m.progress);
            return;
          case 'accepted':
            textChars = m.textChars;
            format = m.format;
            running.format = m.format;
            target = approve(m.out);
            target.catch(stop);
            return;
          case 'failed':
            return fail(new BriefpackError(m.code, m.message));
          case 'done':
            if (!target || !format) return stop(new BriefpackError('internal', 'The export worker finished a request it never accepted.'));
            running.progress = { stage: 'writing', done: 0, total: 0 };
            target.then((out) => {
              if (settled) return;
              finish();
              resolve({ out, format: format!, bytes: m.bytes, warnings: m.warnings });
            }, stop);
            return;
        }
      };
      const onError = (e: Error & { code?: string }) => {
        if (this.worker === worker) this.worker = undefined;
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(new BriefpackError('refused', exportOutOfMemory(textChars)));
        else fail(new BriefpackError('internal', `The export stopped: ${e.message}`));
      };
      const onExit = () => {
        if (this.worker === worker) this.worker = undefined;
        fail(new BriefpackError('internal', 'The export stopped before it finished.'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);

      const message: ExportJob = { type: 'export', request, ...this.paths, libraryGeneration, createdAt };
      const json = 'json' in request ? request.json : undefined;
      // A body that owns its whole buffer moves to the worker without a copy.
      const transfer = json && json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? [json.buffer as ArrayBuffer] : [];
      worker.postMessage(message, transfer);
    });
  }
}

const shared = new Map<string, ExportRunner>();

/**
 * The process's export runner for these assets: one worker per process, whichever host or
 * command asks (the CLI makes a host per command), so the memory ceiling is per process too.
 */
export function sharedExportRunner(paths: ExportPaths): ExportRunner {
  const key = `${paths.assetsDir}\0${paths.libraryPath}\0${paths.userLibraryDir ?? ''}`;
  let runner = shared.get(key);
  if (!runner) shared.set(key, (runner = new ExportRunner(paths)));
  return runner;
}
