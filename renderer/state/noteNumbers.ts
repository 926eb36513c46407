import { create } from 'zustand';

/** Live note numbers by node key, published by NoteNumberingPlugin (editor/noteNumbering.ts) whenever notes can move. */
export const useNoteNumbers = create<{ numbers: Record<string, number>; set: (n: Record<string, number>) => void }>((set) => ({
  numbers: {},
  set: (numbers) => set({ numbers }),
}));
