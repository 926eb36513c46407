import type { Block, Inline, LibraryRef, PackFile } from '../pack/schema';
import type { ExportWarning } from '../pack/exportWarning';
import type { Library, LibraryItem } from '../library/types';
import type { NoteLocator, NoteRequest } from '../citations/types';
import { resolveCitations } from '../citations/resolveCitations';
import type { ExportBlock, ExportDoc, ExportInline } from '../export/exportDoc';
import { formatSpeakingTime, sectionWords, speakingSeconds } from '../pack/speakingTime';
import { libraryIndex, type LibraryIndex } from './libraryIndex';
import { PRINTED, recommendationLabel } from '../pack/printedWords';
import { bibliographyBlocks, contents, frontMatter, furniture, markAdapted, separateMarkers } from './presentation';
import { templateFurniture } from './templateFurniture';

export interface PreparedExport {
  doc: ExportDoc;
  warnings: ExportWarning[];
}

/**
 * Turns a pack into what the exporters print: citations resolved once, in reading order, into
 * numbered Chicago notes (first full, later short), guidance left out. A quotation whose text no
 * longer matches the library is printed as adapted and listed in the warnings. Every label,
 * mark and piece of furniture is decided here too (see ./presentation.ts), so the writers only
 * lay the document out.
 */
export function prepareExport(file: PackFile, library: Library, index: LibraryIndex = libraryIndex(library)): PreparedExport {
  const { pack } = file;
  const requests: NoteRequest[] = [];
  const warnings: ExportWarning[] = [];
  const blocks: ExportBlock[] = [];

  const noteFor = (request: NoteRequest): ExportInline => {
    requests.push(request);
    return { kind: 'noteRef', n: requests.length };
  };

  const citeRequest = (id: string, adapted: boolean, locatorOverride?: string): NoteRequest => {
    const item = index.items.get(id);
    if (!item) {
      if (!warnings.some((w) => w.id === id)) {
        warnings.push({ kind: 'missing-source', id, message: `The library no longer has passage ${id}; its note cannot be made.` });
      }
      return { kind: 'text', text: `Source unavailable: library passage ${id} is not in this version of the library.` };
    }
    const locator = locatorOverride ? { page: locatorOverride } : noteLocator(item);
    return { kind: 'cite', itemId: item.partId, locator, adapted };
  };

  const inlines = (children: Inline[]): ExportInline[] =>
    separateMarkers(children.map((c): ExportInline => {
      switch (c.type) {
        case 'text':
          return { kind: 'text', text: c.text, ...(c.bold ? { bold: true } : {}), ...(c.italic ? { italic: true } : {}) };
        case 'cite':
          return noteFor(citeRequest(c.ref, false, c.locator));
        case 'footnote':
          return noteFor({ kind: 'text', text: c.text });
      }
    }));

  const quoted = (ref: LibraryRef): { adapted: boolean; note: ExportInline } => {
    const item = index.items.get(ref.id);
    const changed = item !== undefined && ref.text !== item.text;
    if (changed && !ref.adapted) {
      warnings.push({
        kind: 'quotation-changed',
        id: ref.id,
        message: `The quotation “${ref.text.slice(0, 60)}…” no longer matches the library; it is printed as adapted.`,
      });
    }
    const adapted = ref.adapted || changed;
    return { adapted, note: noteFor(citeRequest(ref.id, adapted)) };
  };

  const template = templateFurniture(pack.template);
  const times = sectionWords(pack.body).map((words) => speakingSeconds(words, pack.settings.wordsPerMinute));
  let anchor = 0;
  for (const block of pack.body) {
    const out = exportBlock(block, inlines, quoted, index, () => ++anchor);
    if (out) blocks.push(out);
    if (out?.kind === 'heading' && template.speakingTimes) {
      blocks.push({ kind: 'speakingTime', text: `${PRINTED.speakingTime}${formatSpeakingTime(times[out.anchor - 1] ?? 0)}` });
    }
  }

  const resolved = resolveCitations(requests, index.csl, { ibid: pack.settings.ibid });
  blocks.push(...bibliographyBlocks(resolved.bibliography, pack.settings, anchor + 1));
  return {
    doc: {
      meta: { title: pack.cover.title, author: pack.cover.author, subject: pack.cover.subtitle },
      furniture: furniture(pack.cover, template),
      front: frontMatter(pack.cover),
      ...withContents(blocks, template),
      blocks,
      notes: resolved.notes.map((runs, i) => ({ n: i + 1, runs })),
    },
    warnings,
  };
}

function withContents(blocks: readonly ExportBlock[], template: ReturnType<typeof templateFurniture>): Pick<ExportDoc, 'contents'> {
  const c = contents(blocks, template);
  return c ? { contents: c } : {};
}

function exportBlock(
  block: Block,
  inlines: (children: Inline[]) => ExportInline[],
  quoted: (ref: LibraryRef) => { adapted: boolean; note: ExportInline },
  index: LibraryIndex,
  nextAnchor: () => number,
): ExportBlock | null {
  switch (block.type) {
    case 'heading':
      return { kind: 'heading', level: block.level, anchor: nextAnchor(), inlines: inlines(block.children) };
    case 'paragraph':
      return block.guidance ? null : { kind: 'paragraph', inlines: inlines(block.children) };
    case 'quote':
      return { kind: 'quote', inlines: inlines(block.children) };
    case 'list':
      return { kind: 'list', ordered: block.ordered, items: block.items.map(inlines) };
    case 'excerpt': {
      const { adapted, note } = quoted(block.ref);
      return { kind: 'excerpt', inlines: markAdapted([{ kind: 'text', text: block.ref.text }, note], adapted) };
    }
    case 'recommendation': {
      const item = index.items.get(block.ref.id);
      const rec = item?.kind === 'recommendation' ? item : undefined;
      const { adapted, note } = quoted(block.ref);
      return {
        kind: 'recommendation',
        label: recommendationLabel(rec?.number, rec?.heading),
        inlines: markAdapted([{ kind: 'text', text: block.ref.text }, note], adapted),
        ...(rec?.horizon ? { horizon: rec.horizon } : {}),
      };
    }
  }
}

/** The most precise locator the passage has: its printed page, else its section and paragraph. */
export function noteLocator(item: LibraryItem): NoteLocator {
  const locator = item.kind === 'excerpt' ? item.locator : item.locators[0];
  if (!locator) return {};
  if (locator.page) return { page: locator.page };
  const section = locator.section.at(-1);
  return { ...(section ? { section } : {}), paragraph: locator.paragraph };
}
