import type { UserSourceFile } from '../library/userSourceFile';

const PAGES = {
  printed: 'Page numbers are the ones printed on the pages.',
  pdf: 'The pages print no numbers Briefpack could find: locators use the PDF page (page 1 is the first page of the file).',
  none: 'The file has no pages: locators are section and paragraph.',
} as const;

/** The import report as the CLI prints it and the app lists it: what was removed and what to check. */
export function formatImportReport(file: UserSourceFile): string[] {
  const { report, source } = file;
  const lines = [`${report.file}: “${source.title}” (${source.id}), ${report.excerpts} passage(s). ${PAGES[report.pageNumbers]}`];
  const byKind = (kind: 'removed' | 'doubtful' | 'info') => report.notes.filter((n) => n.kind === kind);
  const label = { removed: '', doubtful: 'Check', info: 'Note' } as const;
  for (const kind of ['removed', 'doubtful', 'info'] as const) {
    const notes = byKind(kind);
    const shown = notes.slice(0, 25);
    for (const n of shown) lines.push(`  ${label[kind] ? `${label[kind]}${n.page && !n.message.includes('pages') ? ` (p. ${n.page})` : ''}: ` : ''}${n.message}`);
    if (notes.length > shown.length) lines.push(`  … and ${notes.length - shown.length} more of this kind.`);
  }
  if (file.guessed.length) lines.push(`  Guessed (please confirm): ${file.guessed.join(', ')}.`);
  return lines;
}
