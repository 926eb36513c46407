import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BriefpackError } from '../../core/api/contract';
import { serializePack } from '../../core/pack/restorePack';
import { plainText } from '../../core/citations/plainText';
import { appPaths, stateDir, webStateDir } from '../host/appPaths';
import { createHost } from '../host/createHost';
import { writeFileAtomic } from '../host/atomicWrite';
import { confinedTo, unconfined } from '../host/pathPolicy';
import { replyOf } from '../host/dispatch';
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

const cliHost = () =>
  createHost({ mode: 'electron', paths: appPaths(), stateDir: stateDir(), workspaceDir: process.cwd(), policy: unconfined });

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

export async function cmdValidate(path: string, io: Io): Promise<void> {
  const opened = await cliHost().openPack({ path: resolve(path) });
  if (opened.repairs.length) throw new BriefpackError('invalid', `${path}: damaged: ${firstRepair(opened.repairs)}`);
  // A citation's place that cannot be printed (unreadable, or a page of a source without pages) is refused here too.
  const places = (await cliHost().checkPack({ file: opened.file })).warnings.filter((w) => w.kind === 'locator');
  if (places.length) throw new BriefpackError('invalid', `${path}: ${places.map((w) => w.message).join(' ')}`);
  io.out(`${path}: valid Briefpack pack, format version ${opened.file.version}, ${opened.file.pack.body.length} blocks`);
}

/**
 * Exports as the app does and prints the warnings the app shows before an export (checkPack:
 * changed quotations, missing passages), one line each on stderr. With `strict`, a warning
 * fails the command (exit 1) before anything is written.
 */
export async function cmdExport(args: { file: string; format: 'docx' | 'pdf'; out: string; paper?: 'a4' | 'letter'; strict?: boolean }, io: Io): Promise<void> {
  const host = cliHost();
  const opened = await host.openPack({ path: resolve(args.file) });
  if (opened.repairs.length) throw new BriefpackError('invalid', `${args.file}: damaged, open and save it in Briefpack first: ${firstRepair(opened.repairs)}`);
  const file = structuredClone(opened.file);
  if (args.paper) file.pack.settings.paper = args.paper;
  const { warnings } = await host.checkPack({ file });
  for (const w of warnings) io.warn(`briefpack: warning: ${args.file}: ${w.message.replace(/\s*\n\s*/g, ' ')}`);
  if (args.strict && warnings.length > 0) {
    const count = warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`;
    throw new BriefpackError('refused', `${args.file}: not exported: ${count} and --strict.`);
  }
  if (args.out !== '-') {
    const result = await host.exportPack({ file, format: args.format, out: resolve(args.out) });
    io.out(`${result.path}: ${args.format.toUpperCase()}, ${result.bytes} bytes`);
    return;
  }
  // `--out -`: the document itself is the output, for a pipe. It is exported to a file first
  // (the same all-or-nothing export), so a failed export writes nothing to stdout.
  const dir = await mkdtemp(join(tmpdir(), 'briefpack-export-'));
  try {
    const result = await host.exportPack({ file, format: args.format, out: join(dir, `export.${args.format}`) });
    io.bytes(await readFile(result.path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The library build pipeline and the web server are loaded only by the commands that use
// them: a search or an export starts faster without parsing them.
const libraryBuilder = () => import('../host/library/buildLibraryFiles');

export async function cmdLibraryBuild(io: Io): Promise<void> {
  const { buildLibraryFiles } = await libraryBuilder();
  const { report, ms } = await buildLibraryFiles(appPaths().root);
  io.out(formatLibraryReport(report));
  io.out(`Library built in ${Math.round(ms)} ms: ${appPaths().library}`);
}

export async function cmdLibraryReport(io: Io): Promise<void> {
  // The report comes from a build in memory: it reads the sources, so it is always current.
  const { buildLibraryFiles } = await libraryBuilder();
  const { report } = await buildLibraryFiles(appPaths().root, { write: false });
  io.out(formatLibraryReport(report));
}

export async function cmdLibrarySearch(
  args: { query: string; json: boolean; kind?: 'excerpt' | 'recommendation'; source?: string; limit: number },
  io: Io,
): Promise<void> {
  const res = await cliHost().searchLibrary({
    text: args.query,
    limit: args.limit,
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

export async function cmdLibraryShow(args: { id: string; json: boolean }, io: Io): Promise<void> {
  const view = await cliHost().getLibraryItem({ id: args.id });
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

export async function cmdServe(args: { port: number; dir?: string }, io: Io): Promise<never> {
  const paths = appPaths();
  const workspace = resolve(args.dir ?? process.cwd());
  const host = createHost({
    mode: 'web',
    paths,
    stateDir: webStateDir(workspace),
    workspaceDir: workspace,
    policy: confinedTo([workspace], [paths.examples]),
  });
  const [{ startWebServer }] = await Promise.all([
    import('../server/webServer'),
    host.library.get(), // fail now, not on the first search, if the library is unreadable
  ]);
  const server = await startWebServer({
    api: host,
    staticDir: paths.renderer,
    port: args.port,
    // A large export's body is parsed on the export worker, never on the thread answering the page.
    rawOps: { exportPack: (body) => replyOf('exportPack', () => host.exportPackJson(body)) },
  });
  io.out(`Briefpack web mode: ${server.url}`);
  io.out(`Packs are read from and saved to ${workspace}. Press Ctrl+C to stop.`);
  return new Promise<never>(() => undefined);
}

export function parsePositiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number, not "${value}".`);
  return n;
}
