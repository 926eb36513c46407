import { create } from 'zustand';

/** Live note numbers by node key, recomputed after every edit by NoteNumberingPlugin. */
export const useNoteNumbers = create<{ numbers: Record<string, number>; set: (n: Record<string, number>) => void }>((set) => ({
  numbers: {},
  set: (numbers) => set({ numbers }),
}));
