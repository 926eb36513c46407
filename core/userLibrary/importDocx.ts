import { assembleSource } from './assembleSource';
import type { ImportBlock } from './blocks';
import type { DocParagraph, ImportInput } from './importTypes';
import type { ImportNote, UserSourceFile } from '../library/userSourceFile';

/**
 * A Word document (its paragraphs, read by the host) to a user source. Word stores headings and
 * paragraphs as such, so nothing is guessed about the structure; it has no fixed pages, so
 * locators are section + paragraph. Footnotes travel with the paragraph that refers to them.
 */
export function importDocx(paragraphs: readonly DocParagraph[], input: ImportInput): UserSourceFile {
  const blocks: ImportBlock[] = [];
  const notes: ImportNote[] = [];
  let title: string | undefined;
  let noteCount = 0;
  for (const p of paragraphs) {
    const text = p.text.replace(/\s+/g, ' ').trim();
    if (p.title) {
      title ??= text;
      continue;
    }
    if (!text) continue;
    if (p.headingLevel > 0) blocks.push({ kind: 'heading', level: p.headingLevel, text });
    else {
      blocks.push({ kind: 'paragraph', text, notes: p.notes.map((n) => ({ marker: n.marker, text: n.text.replace(/\s+/g, ' ').trim() })) });
      noteCount += p.notes.length;
    }
  }
  if (noteCount) notes.push({ kind: 'info', message: `Kept ${noteCount} footnote(s) apart from the text, with the paragraphs that cite them.` });
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    notes.push({ kind: 'doubtful', message: 'The document has no paragraphs of text: only a bibliography entry will be added.' });
  }
  return assembleSource(input, { format: 'docx', blocks, pageNumbers: 'none', pages: 0, notes, hints: title ? { title } : {} });
}
