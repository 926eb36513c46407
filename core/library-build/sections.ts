import type { ExcerptDraft } from './excerptDraft';
import type { Block } from './pipelineTypes';
import type { SourceNote } from '../library/types';

export interface SectionInput {
  blocks: Block[];
  partTitle: (partId: string) => string;
  /** Cleaned text and notes of a paragraph block (markers removed). */
  clean: (block: Block) => { text: string; notes: SourceNote[] };
  /** Heading text cleaned the same way (a heading may carry a marker too). */
  cleanHeading: (block: Block) => { text: string; notes: SourceNote[] };
}

const LIST_MARKER = /^([\uf0b7\uf0a7\u2022-]|\d{1,3}\.|[ivx]{1,4}\.)(?:\s|$)/;

function pageLabel(pages: number[]): string | undefined {
  if (pages.length === 0) return undefined;
  const lo = Math.min(...pages);
  const hi = Math.max(...pages);
  return lo === hi ? String(lo) : `${lo}-${hi}`;
}

/**
 * Gives each paragraph its section path (part title > heading > subheading) and its
 * 1-based number within the innermost section.
 */
export function assignSections(input: SectionInput): ExcerptDraft[] {
  const out: ExcerptDraft[] = [];
  let stack: { level: number; text: string }[] = [];
  let part = '';
  const counters = new Map<string, number>();
  let headingNotes: SourceNote[] = [];
  for (const b of input.blocks) {
    if (b.partId !== part) {
      part = b.partId;
      stack = [];
    }
    if (b.resetSections) stack = [];
    if (b.kind === 'heading') {
      stack = stack.filter((h) => h.level < b.level);
      const h = input.cleanHeading(b);
      stack.push({ level: b.level, text: h.text.replace(/\s*:$/, '') });
      // A note marked on a heading travels with the first paragraph under it.
      headingNotes.push(...h.notes);
      continue;
    }
    const cleaned = input.clean(b);
    const text = cleaned.text;
    if (!text) continue;
    const notes = [...headingNotes, ...cleaned.notes];
    headingNotes = [];
    const headings = stack.map((h) => h.text);
    const section = [input.partTitle(b.partId), ...headings];
    const key = `${b.partId}\u0000${section.join('\u0000')}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const page = pageLabel(b.pages);
    const marker = LIST_MARKER.exec(b.text)?.[1];
    out.push({
      partId: b.partId,
      text,
      notes,
      locator: page === undefined ? { section, paragraph: n } : { page, section, paragraph: n },
      headings,
      line: b.line,
      lineNos: b.lineNos,
      ...(marker ? { listMarker: marker } : {}),
    });
  }
  return out;
}
