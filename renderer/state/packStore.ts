import { create } from 'zustand';
import type { LexicalEditor } from 'lexical';
import type { EnvironmentInfo } from '../../core/api/contract';
import type { Block, Cover, PackFile, Settings } from '../../core/pack/schema';
import { canonicalJson } from '../../core/pack/canonicalJson';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/**
 * The open pack. While editing, the body lives in the Lexical editor (the single source of
 * truth for text); cover and settings live here. `currentFile()` joins them.
 */
export interface PackState {
  env: EnvironmentInfo | null;
  path: string | null;
  file: PackFile | null;
  /** Bumped when a new file is loaded, so the editor remounts with its content. */
  generation: number;
  /** The pack differs from the saved one (see dirtyTracking.ts); never set by a mere editor update. */
  dirty: boolean;
  /**
   * The saved pack's cover and settings ("head") and body as canonical JSON, to compare with;
   * 'pending' until the editor has read the body back, null when there is nothing saved to
   * compare with (a repaired or recovered pack: unsaved until saved).
   */
  saved: SavedText | 'pending' | null;
  /** The same texts for the pack as last seen. */
  seen: { head: string; body: string };
  /** Counts changes, so the autosaver knows whether anything changed since its last copy. */
  edits: number;
  /** The crash-recovery slot of the open document. */
  autosaveKey: string;
  notice: Notice | null;
  repairs: string[];
  editor: LexicalEditor | null;
  setEnv(env: EnvironmentInfo): void;
  /** `unsaved`: nothing on disk matches this pack (repaired, recovered), so it is dirty until saved. */
  load(file: PackFile, path: string | null, options?: { repairs?: string[]; autosaveKey?: string; unsaved?: boolean }): void;
  close(): void;
  setCover(patch: Partial<Cover>): void;
  setSettings(patch: Partial<Settings>): void;
  markSaved(path: string, file: PackFile): void;
  setNotice(n: Notice | null): void;
  setEditor(e: LexicalEditor | null): void;
}

export const usePack = create<PackState>((set) => ({
  env: null,
  path: null,
  file: null,
  generation: 0,
  dirty: false,
  saved: null,
  seen: { head: '', body: '' },
  edits: 0,
  autosaveKey: newKey(),
  notice: null,
  repairs: [],
  editor: null,
  setEnv: (env) => set({ env }),
  load: (file, path, { repairs = [], autosaveKey = newKey(), unsaved = repairs.length > 0 } = {}) =>
    set((s) => ({
      file,
      path,
      repairs,
      autosaveKey,
      edits: 0,
      dirty: unsaved,
      saved: unsaved ? null : 'pending',
      seen: { head: headText(file), body: '' },
      generation: s.generation + 1,
      notice: null,
    })),
  close: () => set({ file: null, path: null, dirty: false, repairs: [], editor: null }),
  setSettings: (patch) =>
    set((s) => (s.file ? withSeen(s, 'head', { ...s.file, pack: { ...s.file.pack, settings: { ...s.file.pack.settings, ...patch } } }) : {})),
  setCover: (patch) => set((s) => (s.file ? withSeen(s, 'head', { ...s.file, pack: { ...s.file.pack, cover: { ...s.file.pack.cover, ...patch } } }) : {})),
  markSaved: (path, file) =>
    set((s) => {
      const saved = { head: headText(file), body: bodyText(file.pack.body) };
      // A change made while the save was on its way stays unsaved.
      return { path, saved, repairs: [], dirty: differs(s.seen, saved) };
    }),
  setNotice: (notice) => set({ notice }),
  setEditor: (editor) => set({ editor }),
}));

export interface SavedText {
  head: string;
  body: string;
}

export const headText = (file: PackFile): string => canonicalJson({ template: file.pack.template, cover: file.pack.cover, settings: file.pack.settings });
export const bodyText = (body: Block[]): string => canonicalJson(body);
const differs = (seen: SavedText, saved: SavedText) => seen.head !== saved.head || (seen.body !== '' && seen.body !== saved.body);

/** The state after the head or body was seen as `text`: dirty only if it differs from the saved pack. */
export function seenState(s: PackState, part: keyof SavedText, text: string): Partial<PackState> {
  if (s.seen[part] === text) return {};
  const seen = { ...s.seen, [part]: text };
  const dirty = s.saved === null ? true : s.saved === 'pending' ? false : differs(seen, s.saved);
  return { seen, dirty, edits: s.edits + 1 };
}

function withSeen(s: PackState, part: 'head', file: PackFile): Partial<PackState> {
  return { file, ...seenState(s, part, headText(file)) };
}

function newKey(): string {
  return crypto.randomUUID();
}
