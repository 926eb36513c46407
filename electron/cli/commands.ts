import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CslItem } from '../../core/citations/csl';
import { formatImportReport } from '../../core/userLibrary/formatImportReport';
import { importCslOnly } from '../../core/userLibrary/importCslOnly';
import { parseCslJson } from '../../core/userLibrary/parseCslJson';
import type { UserSourceFile } from '../../core/library/userSourceFile';
import { saveUserSource } from '../host/userLibrary/userLibraryFolder';
import { BriefpackError } from '../../core/api/contract';
import { serializePack } from '../../core/pack/restorePack';
import { plainText } from '../../core/citations/plainText';
import { appPaths, defaultUserLibraryDir, stateDir, webStateDir } from '../host/appPaths';
import { replyOf } from '../host/dispatch';
import { createHost } from '../host/createHost';
import { writeFileAtomic } from '../host/atomicWrite';
import { confinedTo, unconfined } from '../host/pathPolicy';
import { readPackFile } from '../host/packFiles';
import { newToken, ServeIdentities } from '../server/serveIdentity';
import { formatLibraryReport } from '../../core/library-build/report';
import { primaryLocator } from '../../core/library/primaryLocator';
import { UsageError } from './usage';

export interface Io {
  out: (line: string) => void;
  /** Warnings: one line each, on stderr, so stdout stays the command's result. */
  warn: (line: string) => void;
  /** Raw bytes to stdout: an export written to `--out -`. */
  bytes: (data: Uint8Array) => void;
}

/** The user library folder a command reads: `--library <folder>`, else the user's own. */
export const libraryDir = (library?: string) => resolve(library ?? defaultUserLibraryDir());

/**
 * The built CLI's own folder (out/cli/), where it keeps the bundled library's search index
 * (electron/host/searchIndexSnapshot.ts); none when run from the TypeScript sources.
 */
const builtCliDir = (): string | undefined => (import.meta.url.endsWith('.js') ? dirname(fileURLToPath(import.meta.url)) : undefined);

// A command's exports run on its own thread: the process is the command (InlineExporter).
const cliHost = (library?: string) => {
  const snapshotDir = builtCliDir();
  return createHost({ mode: 'electron', paths: appPaths(), stateDir: stateDir(), workspaceDir: process.cwd(), policy: unconfined, userLibraryDir: libraryDir(library), exportOn: 'thread', ...(snapshotDir ? { searchIndexSnapshotDir: snapshotDir } : {}) });
};

async function refuseExisting(path: string): Promise<void> {
  const exists = await stat(path).then(() => true, () => false);
  if (exists) throw new BriefpackError('refused', `${path}: already exists; choose another --out or remove it first.`);
}

export async function cmdNew(args: { template: string; out: string }, io: Io): Promise<void> {
  const host = cliHost();
  const out = resolve(args.out);
  await refuseExisting(out);
  const file = await host.newPack({ template: args.template });
  await writeFileAtomic(out, serializePack(file));
  io.out(`${out}: new ${args.template} pack`);
}

/** The first repair, and how many more: one line however damaged the pack is. */
function firstRepair(repairs: readonly string[]): string {
  const [first = ''] = repairs;
  const shown = first.length > 200 ? `${first.slice(0, 199)}…` : first;
  return repairs.length > 1 ? `${shown} (and ${repairs.length - 1} more)` : shown;
}

/**
 * Read-only: reads the pack and says what restorePack would repair; writes nothing (not even the
 * recent-files list). With --json, one object on stdout whatever the outcome.
 */
export async function cmdValidate(args: { path: string; json: boolean; library?: string }, io: Io): Promise<void> {
  const { path } = args;
  let opened;
  try {
    opened = await readPackFile(resolve(path));
  } catch (e) {
    if (args.json && e instanceof BriefpackError) io.out(JSON.stringify({ path, valid: false, refused: e.message, repairs: [] }, null, 2));
    throw e;
  }
  const { file, repairs, confirmMarking } = opened;
  // A citation's place that cannot be printed (unreadable, or a page of a source without pages) is refused here too.
  const places = repairs.length ? [] : (await cliHost(args.library).checkPack({ file })).warnings.filter((w) => w.kind === 'locator').map((w) => w.message);
  if (args.json) io.out(JSON.stringify({ path, valid: repairs.length === 0 && places.length === 0, version: file.version, blocks: file.pack.body.length, repairs, places, confirmMarking }, null, 2));
  if (repairs.length) throw new BriefpackError('invalid', `${path}: damaged: ${firstRepair(repairs)} (briefpack repair writes a repaired copy)`);
  if (places.length) throw new BriefpackError('invalid', `${path}: ${places.join(' ')}`);
  if (!args.json) io.out(`${path}: valid Briefpack pack, format version ${file.version}, ${file.pack.body.length} blocks`);
}

/** Writes the repaired pack to OUT; IN is only read. OUT must be a new file. */
export async function cmdRepair(args: { file: string; out: string }, io: Io): Promise<void> {
  const input = resolve(args.file);
  const out = resolve(args.out);
  if (out === input) throw new BriefpackError('refused', `${args.out}: is the file being repaired; choose another --out (the original is never changed).`);
  await refuseExisting(out);
  const opened = await readPackFile(input);
  await writeFileAtomic(out, serializePack(opened.file));
  for (const repair of opened.repairs) io.out(`- ${repair}`);
  io.out(`${out}: ${opened.repairs.length ? `repaired copy of ${args.file} (${opened.repairs.length} repair${opened.repairs.length === 1 ? '' : 's'})` : `copy of ${args.file}; nothing needed repair`}`);
  if (opened.confirmMarking) io.out(`The marking could not be read and is now ${opened.file.pack.cover.marking}: check it before sharing the pack.`);
}

/**
 * Exports as the app does and prints the warnings the app shows before an export (checkPack:
 * changed quotations, missing passages), one line each on stderr. With `strict`, a warning
 * fails the command (exit 1) before anything is written.
 */
export async function cmdExport(
  args: { file: string; format: 'docx' | 'pdf' | 'csl-json'; out: string; paper?: 'a4' | 'letter'; strict?: boolean; library?: string },
  io: Io,
): Promise<void> {
  const host = cliHost(args.library);
  // Read directly, not through openPack: exporting must not touch the recent-files list.
  const opened = await readPackFile(resolve(args.file));
  if (opened.repairs.length) throw new BriefpackError('invalid', `${args.file}: damaged, open and save it in Briefpack first: ${firstRepair(opened.repairs)}`);
  if (args.format === 'csl-json') {
    const written = await host.exportBibliography({ file: opened.file, out: resolve(args.out) });
    io.out(`${written.path}: CSL-JSON bibliography, ${written.entries} work(s)`);
    return;
  }
  const file = structuredClone(opened.file);
  if (args.paper) file.pack.settings.paper = args.paper;
  const warn = (warnings: readonly { message: string }[]) => {
    for (const w of warnings) io.warn(`briefpack: warning: ${args.file}: ${w.message.replace(/\s*\n\s*/g, ' ')}`);
  };
  // The export reports its own warnings, from the same preparation; only --strict, which must
  // write nothing when there are any, asks for them first (preparing twice cost a tenth of a
  // DOCX export).
  if (args.strict) {
    const { warnings } = await host.checkPack({ file });
    warn(warnings);
    if (warnings.length > 0) {
      const count = warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`;
      throw new BriefpackError('refused', `${args.file}: not exported: ${count} and --strict.`);
    }
  }
  if (args.out !== '-') {
    const result = await host.exportPack({ file, format: args.format, out: resolve(args.out) });
    if (!args.strict) warn(result.warnings);
    io.out(`${result.path}: ${args.format.toUpperCase()}, ${result.bytes} bytes`);
    return;
  }
  // `--out -`: the document itself is the output, for a pipe. It is exported to a file first
  // (the same all-or-nothing export), so a failed export writes nothing to stdout.
  const dir = await mkdtemp(join(tmpdir(), 'briefpack-export-'));
  try {
    const result = await host.exportPack({ file, format: args.format, out: join(dir, `export.${args.format}`) });
    if (!args.strict) warn(result.warnings);
    io.bytes(await readFile(result.path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The library build pipeline and the web server are loaded only by the commands that use
// them: a search or an export starts faster without parsing them.
const libraryBuilder = () => import('../host/library/buildLibraryFiles');
// The importers (and pdf.js behind them) likewise load only for `library import`.
const fileImporter = () => import('../host/userLibrary/importFile');

/**
 * Imports files (and CSL-JSON metadata) into a user library folder and prints each report. All
 * files are read and cleaned before anything is written, so one bad file leaves the library as it was.
 */
export async function cmdLibraryImport(args: { files: string[]; meta?: string; library?: string; dryRun?: boolean }, io: Io): Promise<void> {
  const dir = libraryDir(args.library);
  const refs = args.meta ? await readCsl(resolve(args.meta)) : [];
  if (args.files.length === 0 && refs.length === 0) throw new UsageError('give the files to import, or --meta <csl.json> for references without text.');
  if (args.files.length > 0 && args.meta && refs.length !== 1 && refs.length !== args.files.length) {
    throw new BriefpackError('invalid', `${args.meta} has ${refs.length} references for ${args.files.length} file(s): give one reference, or one per file in the same order.`);
  }
  const imported: UserSourceFile[] = [];
  for (const [i, path] of args.files.entries()) {
    const full = resolve(path);
    const bytes = await readFile(full).catch((e: NodeJS.ErrnoException) => {
      throw new BriefpackError('not-found', `${path}: cannot be read (${e.code === 'ENOENT' ? 'no such file' : e.message}). Check the name and try again.`);
    });
    imported.push(await (await fileImporter()).importFile(full, bytes, refs.length === 1 ? refs[0] : refs[i]));
  }
  if (args.files.length === 0) for (const ref of refs) imported.push(importCslOnly(ref, args.meta as string));
  for (const file of imported) {
    for (const line of formatImportReport(file)) io.out(line);
    // --dry-run: the report only, so a user reads what would be removed before anything is written.
    io.out(args.dryRun ? '  Not saved (--dry-run).' : `  Saved to ${await saveUserSource(dir, file)}`);
  }
}

async function readCsl(path: string): Promise<CslItem[]> {
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new BriefpackError('not-found', `${path}: cannot be read (${e.code === 'ENOENT' ? 'no such file' : e.message}).`);
  });
  const parsed = parseCslJson(text, path);
  if (!parsed.ok) throw new BriefpackError('invalid', parsed.message);
  return parsed.items;
}

export async function cmdLibraryBuild(io: Io): Promise<void> {
  const { buildLibraryFiles } = await libraryBuilder();
  const { report, ms, carried, retired } = await buildLibraryFiles(appPaths().root);
  io.out(formatLibraryReport(report));
  for (const c of carried) io.out(`passage ${c.from} is now ${c.to} (its text was corrected; ${Math.round(c.likeness * 100)}% of its words are the same): packs citing ${c.from} still find it`);
  for (const id of retired) io.out(`passage ${id} is gone (no passage of the new library has its text): packs citing it will say the library no longer has it`);
  io.out(`Library built in ${Math.round(ms)} ms: ${appPaths().library}`);
}

export async function cmdLibraryReport(io: Io): Promise<void> {
  // The report comes from a build in memory: it reads the sources, so it is always current.
  const { buildLibraryFiles } = await libraryBuilder();
  const { report } = await buildLibraryFiles(appPaths().root, { write: false });
  io.out(formatLibraryReport(report));
}

export async function cmdLibrarySearch(
  args: { query: string; json: boolean; kind?: 'excerpt' | 'recommendation'; source?: string; limit: number; library?: string },
  io: Io,
): Promise<void> {
  const res = await cliHost(args.library).searchLibrary({
    text: args.query,
    limit: args.limit,
    withText: args.json,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.source ? { sourceId: args.source } : {}),
  });
  if (args.json) {
    io.out(JSON.stringify(res.hits.map(({ id, kind, sourceId, partId, text, section, locator, score }) => ({ id, kind, sourceId, partId, text, section, locator, score })), null, 2));
    return;
  }
  if (!res.hits.length) io.out(`No results for "${args.query}".`);
  for (const h of res.hits) io.out(`${h.id}  [${h.kind}] ${h.sourceId}, ${h.locator}\n    ${h.snippet.text.replace(/\s+/g, ' ')}`);
  if (res.total > res.hits.length) io.out(`(${res.total - res.hits.length} more; use --limit)`);
}

export async function cmdLibraryShow(args: { id: string; json: boolean; library?: string }, io: Io): Promise<void> {
  const view = await cliHost(args.library).getLibraryItem({ id: args.id });
  if (args.json) {
    io.out(JSON.stringify({ ...view.item, citation: plainText(view.citation), partTitle: view.partTitle, sourceTitle: view.sourceTitle }, null, 2));
    return;
  }
  const { item } = view;
  const { section } = primaryLocator(item);
  io.out(`${item.id} [${item.kind}] ${view.sourceTitle}`);
  io.out(`Section: ${section.join(' > ')}`);
  io.out('');
  io.out(item.text);
  if (item.kind === 'excerpt') for (const n of item.notes) io.out(`  [${n.marker}] ${n.text}`);
  io.out('');
  io.out(`Note: ${plainText(view.citation)}`);
}

/**
 * Web mode. The folder's port and token are kept across restarts (serveIdentity.ts), so an open
 * tab reconnects to the restarted server by itself; `--new-token` replaces the token (old tabs
 * are then refused), `--port` chooses the port (0: any free one).
 */
export async function cmdServe(args: { port?: number; dir?: string; newToken?: boolean; library?: string }, io: Io): Promise<never> {
  const paths = appPaths();
  const workspace = await realpath(resolve(args.dir ?? process.cwd())).catch(() => {
    throw new BriefpackError('not-found', `${args.dir ?? process.cwd()}: no such folder to serve.`);
  });
  const host = createHost({
    mode: 'web',
    paths,
    // Recent list and recovery copies per served folder (webStateDir): none from elsewhere.
    stateDir: webStateDir(workspace),
    workspaceDir: workspace,
    policy: confinedTo([workspace], [paths.examples]),
    userLibraryDir: libraryDir(args.library),
    longLived: true,
  });
  const [{ startWebServer }] = await Promise.all([
    import('../server/webServer'),
    host.library.get(), // fail now, not on the first search, if the library is unreadable
  ]);
  await host.removeInterruptedSaves();
  const identities = new ServeIdentities(stateDir());
  const saved = await identities.load(workspace);
  const token = (!args.newToken && saved?.token) || newToken();
  const start = (port: number) =>
    startWebServer({
      api: host,
      staticDir: paths.renderer,
      port,
      token,
      // A large export's body is parsed on the export worker, never on the thread answering the page.
      rawOps: { exportPack: (body) => replyOf('exportPack', () => host.exportPackJson(body)) },
    });
  let server;
  try {
    server = await start(args.port ?? saved?.port ?? 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    const port = args.port ?? saved?.port ?? 0;
    if (args.port !== undefined) throw new BriefpackError('io', `Port ${port} is in use; choose another with --port, or leave it out.`);
    io.out(`Port ${port}, this folder's usual one, is in use (is briefpack serve already running here?): using another; pages open on the old address must be opened again.`);
    server = await start(0);
  }
  await identities.save({ folder: workspace, port: server.port, token: server.token });
  io.out(`Briefpack web mode: ${server.url}`);
  io.out(`Packs are read from and saved to ${workspace}. Press Ctrl+C to stop.`);
  return new Promise<never>(() => undefined);
}

export function parsePositiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number, not "${value}".`);
  return n;
}
