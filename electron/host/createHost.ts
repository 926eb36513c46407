import { dirname, join } from 'node:path';
import { BriefpackError, type BriefpackApi, type EnvironmentInfo, type LibraryItemView } from '../../core/api/contract';
import { packFromTemplate } from '../../core/pack/template';
import { search } from '../../core/search/search';
import { prepareExport } from '../../core/prepare/prepareExport';
import type { AppPaths } from './appPaths';
import { writeExportFile } from './exportFile';
import { backupPathOf, writeFileAtomic } from './atomicWrite';
import { bibliographyCslJson } from '../../core/prepare/bibliographyCslJson';
import { sharedExportRunner, type Exporter } from './export/exportRunner';
import { InlineExporter } from './export/inlineExporter';
import { SearchIndexSnapshot } from './searchIndexSnapshot';
import type { ExportJob } from './export/exportMessages';
import { LibraryService } from './libraryService';
import { libraryItemView } from './libraryItemView';
import { readPackFile, writePackFile } from './packFiles';
import { mayRead, type PathPolicy } from './pathPolicy';
import { RecentFiles } from './recentFiles';
import { Autosaves } from './autosaves';
import { loadTemplates } from './templates';
import { PendingImports } from './userLibrary/pendingImports';
import { formatImportReport } from '../../core/userLibrary/formatImportReport';
import { removeInterruptedSaves } from './interruptedSaves';

export interface HostOptions {
  mode: EnvironmentInfo['mode'];
  paths: AppPaths;
  stateDir: string;
  workspaceDir: string;
  policy: PathPolicy;
  /** The user's own library folder, merged with the bundled library; none: bundled only. */
  userLibraryDir?: string;
  /**
   * Where exports run: on the export worker (the default: the app and web mode keep answering
   * while one runs) or on this thread (the CLI, a process per command; see InlineExporter).
   */
  exportOn?: 'worker' | 'thread';
  /** Where the CLI keeps the bundled library's search index (searchIndexSnapshot.ts). */
  searchIndexSnapshotDir?: string;
  /** A long-lived front door (the app, web mode): search readies its highlights while idle. */
  longLived?: boolean;
  /** For tests: a fixed clock for cover dates and export timestamps. */
  now?: () => Date;
}

/** The one implementation of BriefpackApi for every Node-side front door. */
export interface Host extends BriefpackApi {
  library: LibraryService;
  /**
   * Removes what saves killed mid-way left behind (temp files) in the folders this app writes:
   * its state, the workspace and the folders of recent packs. Front doors call it at start.
   */
  removeInterruptedSaves(): Promise<string[]>;
  exports: Exporter;
  /** exportPack from the request's raw JSON, parsed on the export worker (web mode's large bodies). */
  exportPackJson(json: Uint8Array): ReturnType<BriefpackApi['exportPack']>;
  /** exportPack from a request not yet checked (Electron IPC), checked with its schema on the export worker. */
  exportPackUnchecked(raw: unknown): ReturnType<BriefpackApi['exportPack']>;
}

export function createHost(options: HostOptions): Host {
  const { paths, policy } = options;
  const now = options.now ?? (() => new Date());
  const snapshot = options.searchIndexSnapshotDir ? new SearchIndexSnapshot(options.searchIndexSnapshotDir, paths.library) : undefined;
  const library = new LibraryService(paths.library, options.userLibraryDir, snapshot, options.longLived ?? false);
  const pending = new PendingImports();
  // The file previewImport is reading, and how far: the page polls importStatus for its progress bar.
  let reading: { fileName: string; done: number; total: number } | null = null;
  const recent = new RecentFiles(join(options.stateDir, 'recent.json'));
  const autosaves = new Autosaves(join(options.stateDir, 'autosave'));
  const templates = () => loadTemplates(paths.templates);
  // Exports run on a worker thread (it reads the library and fonts once) unless the front door
  // asks for this thread; the host checks the path and writes. The library generation tells
  // the worker to read the library again after an import.
  const exports: Exporter =
    options.exportOn === 'thread'
      ? new InlineExporter(paths.assets, library)
      : sharedExportRunner({ assetsDir: paths.assets, libraryPath: paths.library, ...(options.userLibraryDir ? { userLibraryDir: options.userLibraryDir } : {}) });
  let libraryGeneration = 0;
  const exportVia = async (request: ExportJob['request']) => {
    const result = await exports.run(request, now(), (out) => policy.writable(out), undefined, libraryGeneration);
    await writeExportFile(result.out, result.bytes);
    return { path: result.out, bytes: result.bytes.length, warnings: result.warnings };
  };

  // A discard after a save must not be overtaken by an autosave still being written (the page
  // sends one, saves, then discards): operations on one slot run in the order they arrive.
  const slotQueues = new Map<string, Promise<unknown>>();
  const inSlotOrder = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (slotQueues.get(key) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    slotQueues.set(key, settled);
    void settled.then(() => {
      if (slotQueues.get(key) === settled) slotQueues.delete(key);
    });
    return run;
  };

  /** Entries of the user's state whose pack this session may read (all of them when unconfined). */
  const keepReadable = async <T>(entries: T[], pathOf: (entry: T) => string | null): Promise<T[]> => {
    if (!policy.confined) return entries;
    const allowed = await Promise.all(entries.map((e) => (pathOf(e) === null ? true : mayRead(policy, pathOf(e)!))));
    return entries.filter((_, i) => allowed[i]);
  };

  return {
    library,
    exports,
    exportPackJson: (json) => exportVia({ json }),
    exportPackUnchecked: (raw) => exportVia({ parsed: raw }),
    async removeInterruptedSaves() {
      const recentFolders = (await recent.list()).map((r) => dirname(r.path));
      return removeInterruptedSaves([options.stateDir, join(options.stateDir, 'autosave'), options.workspaceDir, ...recentFolders]);
    },
    async getEnvironment() {
      return {
        mode: options.mode,
        workspaceDir: options.workspaceDir,
        samplePath: join(paths.examples, 'sample.briefpack'),
        nativeDialogs: options.mode === 'electron',
      };
    },
    async listTemplates() {
      return (await templates()).map(({ name, title, description }) => ({ name, title, description }));
    },
    async newPack({ template }) {
      const found = (await templates()).find((t) => t.name === template);
      if (!found) throw new BriefpackError('not-found', `No template named "${template}".`);
      const date = now().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
      return packFromTemplate(found, date);
    },
    async openPack({ path }) {
      const opened = await readPackFile(await policy.readable(path));
      await recent.add({ path: opened.path, title: opened.file.pack.cover.title, openedAt: now().toISOString() });
      return opened;
    },
    async savePack({ path, file }) {
      const target = await policy.writable(path);
      // The previous version is copied to the backup: a link planted there must not lead out.
      await policy.writable(backupPathOf(target));
      await removeInterruptedSaves([dirname(target)]);
      await writePackFile(target, file);
      await recent.add({ path: target, title: file.pack.cover.title, openedAt: now().toISOString() });
      return { path: target, savedAt: now().toISOString() };
    },
    async autosave({ key, path, file }) {
      const savedAt = now().toISOString();
      await inSlotOrder(key, async () => {
        if (path !== null) await policy.writable(path);
        await autosaves.save(key, path, file, savedAt);
      });
      return { savedAt };
    },
    async listRecoverable() {
      return keepReadable(await autosaves.list(), (r) => r.path);
    },
    async recoverPack({ key }) {
      const recovered = await autosaves.recover(key);
      if (recovered.originalPath !== null && !(await mayRead(policy, recovered.originalPath))) {
        throw new BriefpackError('not-found', `No recovered pack "${key}".`);
      }
      return recovered;
    },
    async discardAutosave({ key }) {
      await inSlotOrder(key, () => autosaves.discard(key));
      return {};
    },
    async listRecent() {
      return keepReadable(await recent.list(), (r) => r.path);
    },
    async exportPack(request) {
      return exportVia({ parsed: request });
    },
    async exportStatus() {
      return exports.status();
    },
    async cancelExport() {
      return { cancelled: exports.cancel() };
    },
    async exportBibliography({ file, out }) {
      const target = await policy.writable(out);
      const lib = await library.get();
      const { cited } = prepareExport(file, lib.library, lib.index);
      const json = bibliographyCslJson(cited);
      await writeFileAtomic(target, json);
      return { path: target, bytes: Buffer.byteLength(json), entries: cited.length };
    },
    async checkPack({ file }) {
      const lib = await library.get();
      return { warnings: prepareExport(file, lib.library, lib.index).warnings };
    },
    async previewImport({ fileName, data }) {
      // The importers (pdf.js, a DOCX reader) load on the first import, not with every host.
      const { importFile } = await import('./userLibrary/importFile');
      const mine = { fileName, done: 0, total: 0 };
      reading = mine;
      try {
        const file = await importFile(fileName, Buffer.from(data, 'base64'), undefined, (done, total) => Object.assign(mine, { done, total }));
        return { importId: pending.add(file), file, report: formatImportReport(file) };
      } finally {
        if (reading === mine) reading = null;
      }
    },
    async importStatus() {
      return reading ? { reading: true, ...reading } : { reading: false, fileName: null, done: 0, total: 0 };
    },
    async acceptImport({ importId, values }) {
      if (!options.userLibraryDir) throw new BriefpackError('refused', 'No library folder is set for your own sources.');
      const saved = await pending.accept(importId, values, options.userLibraryDir);
      library.reload();
      libraryGeneration += 1;
      return saved;
    },
    async searchLibrary(req) {
      return search((await library.get()).searchIndex(), req);
    },
    // Dialogs belong to a window; the Electron main process replaces these two.
    async pickOpenPath() {
      throw new BriefpackError('refused', 'No native dialogs here: type the path of the pack instead.');
    },
    async pickSavePath() {
      throw new BriefpackError('refused', 'No native dialogs here: type the path to save to instead.');
    },
    async getLibraryItem({ id }): Promise<LibraryItemView> {
      const view = libraryItemView(await library.get(), id);
      if (!view) throw new BriefpackError('not-found', `No library passage with id "${id}".`);
      return view;
    },
    async getLibraryItems({ ids }) {
      const lib = await library.get();
      const items: Record<string, LibraryItemView> = {};
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        const view = libraryItemView(lib, id);
        if (view) items[id] = view;
        else missing.push(id);
      }
      return { items, missing };
    },

  };
}
