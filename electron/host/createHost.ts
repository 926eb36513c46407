import { dirname, join } from 'node:path';
import { BriefpackError, type BriefpackApi, type EnvironmentInfo, type LibraryItemView } from '../../core/api/contract';
import { packFromTemplate } from '../../core/pack/template';
import { search } from '../../core/search/search';
import { prepareExport } from '../../core/prepare/prepareExport';
import type { AppPaths } from './appPaths';
import { exportFile } from './exportFile';
import { writeFileAtomic } from './atomicWrite';
import { bibliographyCslJson } from '../../core/prepare/bibliographyCslJson';
import { loadPdfFonts } from './export/loadPdfFonts';
import type { PdfFonts } from '../../core/export/pdf/fonts';
import { LibraryService } from './libraryService';
import { libraryItemView } from './libraryItemView';
import { readPackFile, writePackFile } from './packFiles';
import type { PathPolicy } from './pathPolicy';
import { RecentFiles } from './recentFiles';
import { Autosaves } from './autosaves';
import { loadTemplates } from './templates';
import { importFile } from './userLibrary/importFile';
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
}

export function createHost(options: HostOptions): Host {
  const { paths, policy } = options;
  const now = options.now ?? (() => new Date());
  const library = new LibraryService(paths.library, options.userLibraryDir);
  const pending = new PendingImports();
  const recent = new RecentFiles(join(options.stateDir, 'recent.json'));
  const autosaves = new Autosaves(join(options.stateDir, 'autosave'));
  const templates = () => loadTemplates(paths.templates);
  // Read the fonts once, at the first PDF export, not per export; a failed read is retried.
  let fonts: Promise<PdfFonts> | undefined;
  const pdfFonts = () => {
    fonts ??= loadPdfFonts(paths.assets).catch((e: unknown) => {
      fonts = undefined;
      throw e;
    });
    return fonts;
  };

  return {
    library,
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
      await removeInterruptedSaves([dirname(target)]);
      await writePackFile(target, file);
      await recent.add({ path: target, title: file.pack.cover.title, openedAt: now().toISOString() });
      return { path: target, savedAt: now().toISOString() };
    },
    async autosave({ key, path, file }) {
      const savedAt = now().toISOString();
      await autosaves.save(key, path, file, savedAt);
      return { savedAt };
    },
    async listRecoverable() {
      return autosaves.list();
    },
    async recoverPack({ key }) {
      return autosaves.recover(key);
    },
    async discardAutosave({ key }) {
      await autosaves.discard(key);
      return {};
    },
    async listRecent() {
      return recent.list();
    },
    async exportPack({ file, format, out }) {
      const target = await policy.writable(out);
      const result = await exportFile(file, format, target, await library.get(), pdfFonts, now());
      return { path: result.path, bytes: result.bytes, warnings: result.warnings };
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
      const file = await importFile(fileName, Buffer.from(data, 'base64'), undefined);
      return { importId: pending.add(file), file, report: formatImportReport(file) };
    },
    async acceptImport({ importId, values }) {
      if (!options.userLibraryDir) throw new BriefpackError('refused', 'No library folder is set for your own sources.');
      const saved = await pending.accept(importId, values, options.userLibraryDir);
      library.reload();
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
