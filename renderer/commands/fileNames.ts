/** The file kinds Briefpack writes, and the one extension each must carry. */
export const EXTENSION = { pack: 'briefpack', docx: 'docx', pdf: 'pdf' } as const;

const KIND_WORDS = { pack: 'A pack', docx: 'A Word export', pdf: 'A PDF export' } as const;

/**
 * The path to write, with the extension its kind needs: added when the name has none, refused
 * (with a sentence saying why) when it has another, so a pack is never saved as "notes.txt"
 * where nothing would open it again.
 */
export function withExtension(path: string, kind: keyof typeof EXTENSION): { path: string } | { refusal: string } {
  const ext = EXTENSION[kind];
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { path: `${path}.${ext}` };
  if (name.slice(dot + 1).toLowerCase() === ext) return { path };
  return { refusal: `${KIND_WORDS[kind]} is saved as a .${ext} file, so “${name}” was not used. Choose a name ending in .${ext}, or leave the ending off.` };
}
