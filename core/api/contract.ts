import * as z from 'zod';
import { PackFile } from '../pack/schema';
import { Excerpt, Recommendation } from '../library/types';
import { UserSourceFile } from '../library/userSourceFile';
import { ExportWarning } from '../pack/exportWarning';
import { SearchQuery, SearchResponse } from '../search/types';
import { OP_NAMES, type OpNameList } from './opNames';

/**
 * Every operation the renderer may ask of the Node side, listed once with request and response
 * schemas. Electron IPC and web mode both serve this table, and both parse every request with
 * it on entering Node, so the two transports cannot drift.
 */

const FilePath = z.string().min(1).max(4096);

/** Files imported from the app travel as base64 in one request: 20 MiB of file at most (the CLI has no limit). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const TemplateInfo = z.object({ name: z.string(), title: z.string(), description: z.string() });
export type TemplateInfo = z.infer<typeof TemplateInfo>;

export const RecentFile = z.object({ path: FilePath, title: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof RecentFile>;

export const EnvironmentInfo = z.object({
  mode: z.enum(['electron', 'web']),
  /** Where new packs are saved by default (web mode confines every path to its roots). */
  workspaceDir: z.string(),
  samplePath: z.string(),
  /** Native open/save dialogs exist (Electron); web mode uses in-app path prompts. */
  nativeDialogs: z.boolean(),
});
export type EnvironmentInfo = z.infer<typeof EnvironmentInfo>;

export const OpenedPack = z.object({
  path: FilePath,
  file: PackFile,
  /** What restorePack repaired; non-empty means the pack opens unsaved. */
  repairs: z.array(z.string()),
  /** The marking could not be read and was raised to the most restrictive: the user confirms it. */
  confirmMarking: z.boolean().default(false),
});
export type OpenedPack = z.infer<typeof OpenedPack>;

/** What the library panel gets back: search's own shape (core/search/types.ts). */
export type SearchResult = SearchResponse;

export const LibraryItemView = z.object({
  item: z.union([Excerpt, Recommendation]),
  /** The note as it would print for a first citation, as plain text with *italic* marks kept as runs. */
  citation: z.array(z.object({ text: z.string(), italic: z.boolean().optional() })),
  partTitle: z.string(),
  sourceTitle: z.string(),
  /** The part's printed pages ("19-29") where the metadata gives them: a page typed outside them is refused. */
  partPages: z.string().optional(),
  /** Neighbouring excerpts in reading order (previous, next), for context. */
  previous: Excerpt.nullable(),
  next: Excerpt.nullable(),
});
export type LibraryItemView = z.infer<typeof LibraryItemView>;

const LibraryItemId = z.string().min(1).max(200);
/** The renderer splits a longer list of ids into several batches. */
export const MAX_ITEMS_PER_BATCH = 500;

/** Names an autosave slot: one per open document, made by the renderer. */
export const AutosaveKey = z.string().regex(/^[a-z0-9-]{8,64}$/);

export const Recoverable = z.object({
  key: AutosaveKey,
  path: FilePath.nullable(),
  title: z.string(),
  savedAt: z.string(),
});
export type Recoverable = z.infer<typeof Recoverable>;


/** Where a running export is, for the page to show: a stage, and a count within it when known. */
export const ExportProgress = z.object({
  stage: z.enum(['reading', 'preparing', 'laying out', 'drawing', 'writing']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

export const ExportFormat = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const contract = {
  getEnvironment: { req: z.object({}), res: EnvironmentInfo },
  listTemplates: { req: z.object({}), res: z.array(TemplateInfo) },
  newPack: { req: z.object({ template: z.string().min(1).max(100) }), res: PackFile },
  openPack: { req: z.object({ path: FilePath }), res: OpenedPack },
  savePack: { req: z.object({ path: FilePath, file: PackFile }), res: z.object({ path: FilePath, savedAt: z.string() }) },
  listRecent: { req: z.object({}), res: z.array(RecentFile) },
  /** What the user should know before exporting: quotations that no longer match the library. */
  checkPack: { req: z.object({ file: PackFile }), res: z.object({ warnings: z.array(ExportWarning) }) },
  exportPack: {
    req: z.object({ file: PackFile, format: ExportFormat, out: FilePath }),
    res: z.object({ path: FilePath, bytes: z.number(), warnings: z.array(ExportWarning) }),
  },
  /** Exports run on a worker thread: the page asks how far one is, and may stop it. */
  exportStatus: { req: z.object({}), res: z.object({ running: z.boolean(), format: ExportFormat.nullable(), progress: ExportProgress.nullable() }) },
  cancelExport: { req: z.object({}), res: z.object({ cancelled: z.boolean() }) },
  /** The works a pack cites as CSL-JSON, for Zotero and pandoc. */
  exportBibliography: {
    req: z.object({ file: PackFile, out: FilePath }),
    res: z.object({ path: FilePath, bytes: z.number(), entries: z.number() }),
  },
  searchLibrary: { req: SearchQuery, res: SearchResponse },
  /** Reads a file the user dropped or picked into a source, without saving it: the report and metadata come first. */
  previewImport: {
    req: z.object({ fileName: z.string().min(1).max(255), data: z.base64().max(MAX_IMPORT_BASE64) }),
    res: z.object({ importId: z.string(), file: UserSourceFile, report: z.array(z.string()) }),
  },
  /** How far the file being previewed has been read: pages of a PDF (total 0 until they are counted). */
  importStatus: {
    req: z.object({}),
    res: z.object({ reading: z.boolean(), fileName: z.string().nullable(), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  },
  /** Saves a previewed source to the user's library folder with the metadata the user confirmed. */
  acceptImport: {
    req: z.object({ importId: z.string().min(1).max(100), values: z.record(z.string(), z.string().max(5000)) }),
    res: z.object({ path: FilePath, sourceId: z.string() }),
  },
  getLibraryItem: { req: z.object({ id: LibraryItemId }), res: LibraryItemView },
  /**
   * Many items in one request: opening a pack asks for every block's passage at once. An id
   * the library lacks is listed in `missing` rather than failing the others.
   */
  getLibraryItems: {
    req: z.object({ ids: z.array(LibraryItemId).min(1).max(MAX_ITEMS_PER_BATCH) }),
    res: z.object({ items: z.record(LibraryItemId, LibraryItemView), missing: z.array(LibraryItemId) }),
  },
  /** Crash recovery: the open pack is copied to the user's state folder while it has unsaved changes. */
  autosave: {
    req: z.object({ key: AutosaveKey, path: FilePath.nullable(), file: PackFile }),
    res: z.object({ savedAt: z.string() }),
  },
  listRecoverable: { req: z.object({}), res: z.array(Recoverable) },
  recoverPack: { req: z.object({ key: AutosaveKey }), res: OpenedPack.extend({ originalPath: FilePath.nullable() }) },
  discardAutosave: { req: z.object({ key: AutosaveKey }), res: z.object({}) },
  /** Native dialogs (Electron only; web mode asks for a path in the page instead). */
  pickOpenPath: { req: z.object({}), res: z.object({ path: FilePath.nullable() }) },
  pickSavePath: {
    req: z.object({ suggestedName: z.string().max(255), kind: z.enum(['pack', 'docx', 'pdf']) }),
    res: z.object({ path: FilePath.nullable() }),
  },
} as const satisfies Record<OpNameList[number], unknown>;

export type Contract = typeof contract;
export type OpName = keyof Contract;
// Requests are typed as parsed (defaults filled in): the host receives exactly that, and the
// renderer only ever sends packs it received whole from the host.
export type OpRequest<K extends OpName> = z.output<Contract[K]['req']>;
export type OpResponse<K extends OpName> = z.output<Contract[K]['res']>;

export type BriefpackApi = { [K in OpName]: (req: OpRequest<K>) => Promise<OpResponse<K>> };

// The contract must list exactly the operations of OP_NAMES (preload exposes that list).
const _everyOpListed: Record<OpName, true> = Object.fromEntries(OP_NAMES.map((n) => [n, true])) as Record<OpNameList[number], true>;
void _everyOpListed;

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(contract, name);
}

/** Errors crossing a transport: a code the UI can act on and a sentence a user understands. */
export const ApiErrorBody = z.object({ code: z.string(), message: z.string() });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** What both transports carry back: errors as data, since Electron flattens thrown errors to strings. */
export type ApiReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export class BriefpackError extends Error {
  constructor(
    readonly code: 'not-found' | 'refused' | 'invalid' | 'io' | 'internal',
    message: string,
  ) {
    super(message);
    this.name = 'BriefpackError';
  }
}
