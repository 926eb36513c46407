import type { JSX } from 'react';
import { importFiles } from './importStore';

/** The id the menu's "Import Source…" command clicks, so menu and button share one picker. */
export const IMPORT_INPUT_ID = 'bp-import-input';

export const IMPORT_ACCEPT = '.pdf,.docx,.md,.markdown,.txt,application/pdf';

/** "Import…": a file picker for PDF, Word, Markdown and text files. */
export function ImportButton(): JSX.Element {
  return (
    <label className="bp-import-button">
      Import…
      <input
        id={IMPORT_INPUT_ID}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        aria-label="Import your own source (PDF, Word, Markdown or text)"
        onChange={(e) => {
          importFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </label>
  );
}

/** Whether a drag carries files from the desktop (not a library passage being dragged). */
export function draggingFiles(e: React.DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}
