import { create } from 'zustand';
import type { EnvironmentInfo } from '../../core/api/contract';
import type { Cover, PackFile, Settings } from '../../core/pack/schema';

export interface Notice {
  /** info leaves after a few seconds; a warning or an error stays until dismissed. */
  kind: 'info' | 'warning' | 'error';
  /** One sentence in the user's words. */
  text: string;
  /** The full technical text, shown only on request (for whoever supports the user). */
  details?: string;
}

/**
 * The open pack. While editing, the body lives in the Lexical editor (the single source of
 * truth for text); cover and settings live here. `currentFile()` joins them.
 * The editor instance itself is not kept here (see editor/activeEditor.ts).
 */
export interface PackState {
  env: EnvironmentInfo | null;
  path: string | null;
  file: PackFile | null;
  /** Bumped when a new file is loaded, so the editor remounts with its content. */
  generation: number;
  dirty: boolean;
  /** Counts edits, so the autosaver knows whether anything changed since its last copy. */
  edits: number;
  /** The crash-recovery slot of the open document. */
  autosaveKey: string;
  notice: Notice | null;
  repairs: string[];
  setEnv(env: EnvironmentInfo): void;
  load(file: PackFile, path: string | null, repairs?: string[], autosaveKey?: string): void;
  close(): void;
  setCover(patch: Partial<Cover>): void;
  setSettings(patch: Partial<Settings>): void;
  markDirty(): void;
  markSaved(path: string): void;
  setNotice(n: Notice | null): void;
}

export const usePack = create<PackState>((set) => ({
  env: null,
  path: null,
  file: null,
  generation: 0,
  dirty: false,
  edits: 0,
  autosaveKey: newKey(),
  notice: null,
  repairs: [],
  setEnv: (env) => set({ env }),
  load: (file, path, repairs = [], autosaveKey = newKey()) =>
    set((s) => ({ file, path, repairs, autosaveKey, edits: 0, dirty: repairs.length > 0 || path === null, generation: s.generation + 1, notice: null })),
  close: () => set({ file: null, path: null, dirty: false, repairs: [] }),
  setSettings: (patch) =>
    set((s) => (s.file ? { file: { ...s.file, pack: { ...s.file.pack, settings: { ...s.file.pack.settings, ...patch } } }, dirty: true, edits: s.edits + 1 } : {})),
  setCover: (patch) => set((s) => (s.file ? { file: { ...s.file, pack: { ...s.file.pack, cover: { ...s.file.pack.cover, ...patch } } }, dirty: true, edits: s.edits + 1 } : {})),
  markDirty: () => set((s) => ({ dirty: true, edits: s.edits + 1 })),
  markSaved: (path) => set({ path, dirty: false, repairs: [] }),
  setNotice: (notice) => set({ notice }),
}));

function newKey(): string {
  return crypto.randomUUID();
}
