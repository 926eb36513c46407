import type { CslItem } from '../citations/csl';
import type { Block, CiteRun, Inline, LibraryRef, PackFile } from '../pack/schema';
import type { ExportWarning } from '../pack/exportWarning';
import type { Library } from '../library/types';
import type { NoteLocator, NoteRequest } from '../citations/types';
import { formatLocator } from '../citations/writeLocator';
import { libraryLocator, locatorMisfit } from '../library/libraryLocator';
import { resolveCitations } from '../citations/resolveCitations';
import type { ExportBlock, ExportDoc, ExportInline } from '../export/exportDoc';
import { formatSpeakingTime, sectionWords, speakingSeconds } from '../pack/speakingTime';
import { libraryIndex, type LibraryIndex } from './libraryIndex';
import { noteSites, noteTarget } from '../pack/noteSites';
import { PRINTED, recommendationLabel } from '../pack/printedWords';
import { isFaithfulQuotation } from '../pack/quotation';
import { bibliographyBlocks, contents, frontMatter, furniture, markAdapted, separateMarkers } from './presentation';
import { templateFurniture } from './templateFurniture';

export interface PreparedExport {
  doc: ExportDoc;
  warnings: ExportWarning[];
  /** The works the notes cite, as CSL items in order of first citation (for a CSL-JSON bibliography). */
  cited: CslItem[];
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
  const warnings: ExportWarning[] = [];
  const blocks: ExportBlock[] = [];

  const citeRequest = (id: string, adapted: boolean, cite?: CiteRun): NoteRequest => {
    const item = index.items.get(id);
    // A bibliography entry without text (imported from CSL-JSON alone) is cited as a whole, at the locator typed.
    if (!item && index.csl.has(id)) return { kind: 'cite', itemId: id, ...(cite?.locator ? { locator: cite.locator } : {}), adapted };
    if (!item) {
      if (!warnings.some((w) => w.id === id)) {
        warnings.push({ kind: 'missing-source', id, message: missingMessage(id) });
      }
      return { kind: 'text', text: `Source unavailable: library passage ${id} is not in this version of the library.` };
    }
    const csl = index.csl.get(item.partId);
    const own = libraryLocator(item, csl?.title);
    const locator = cite
      ? chosenLocator(cite, own, (message) => warnings.push({ kind: 'locator', id, message }), (typed) => locatorMisfit(typed, item, csl?.title ?? item.partId, csl?.page))
      : own;
    return { kind: 'cite', itemId: item.partId, locator, adapted };
  };

  const isAdapted = (ref: LibraryRef): boolean => {
    const item = index.items.get(ref.id);
    // A quotation of some of the passage's sentences, with ellipses, is still the library's words.
    const changed = item !== undefined && !isFaithfulQuotation(ref.text, item.text);
    if (changed && !ref.adapted) {
      warnings.push({
        kind: 'quotation-changed',
        id: ref.id,
        message: `The quotation “${ref.text.slice(0, 60)}…” no longer matches the library; it is printed as adapted.`,
      });
    }
    return ref.adapted || changed;
  };

  // Notes are numbered by noteSites, the order the editor shows too; the walk below only looks
  // each marker's number up.
  const numberOf = new Map<object, number>();
  const adaptedRefs = new Set<LibraryRef>();
  const requests = noteSites(pack.body).map((site, i): NoteRequest => {
    numberOf.set(noteTarget(site), i + 1);
    switch (site.kind) {
      case 'cite':
        return citeRequest(site.run.ref, false, site.run);
      case 'footnote':
        return { kind: 'text', text: site.run.text };
      case 'library': {
        const adapted = isAdapted(site.block.ref);
        if (adapted) adaptedRefs.add(site.block.ref);
        return citeRequest(site.block.ref.id, adapted);
      }
    }
  });
  const noteRef = (target: object): ExportInline => ({ kind: 'noteRef', n: numberOf.get(target) ?? 0 });

  const inlines = (children: Inline[]): ExportInline[] =>
    separateMarkers(children.map((c): ExportInline => {
      switch (c.type) {
        case 'text':
          return { kind: 'text', text: c.text, ...(c.bold ? { bold: true } : {}), ...(c.italic ? { italic: true } : {}) };
        case 'cite':
        case 'footnote':
          return noteRef(c);
      }
    }));

  const quoted = (ref: LibraryRef): { adapted: boolean; note: ExportInline } => ({ adapted: adaptedRefs.has(ref), note: noteRef(ref) });

  const template = templateFurniture(pack.template);
  // Counted only for a template that prints them: counting every word was a tenth of preparing.
  const times = template.speakingTimes ? sectionWords(pack.body).map((words) => speakingSeconds(words, pack.settings.wordsPerMinute)) : [];
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
    cited: [...new Set(requests.flatMap((r) => (r.kind === 'cite' ? [r.itemId] : [])))].flatMap((id) => {
      const csl = index.csl.get(id);
      return csl ? [csl] : [];
    }),
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

/**
 * Why a note cannot be made. A passage from someone's own library ("my-…") is missing because
 * that source was never imported on this computer, not because the library changed: say so, and
 * which source, so the user can ask for the file or import it.
 */
function missingMessage(id: string): string {
  const source = /^(my-[0-9a-f]{12})-/.exec(id)?.[1];
  if (source) {
    return `Passage ${id} comes from an imported source (${source}) that is not in this computer's library: its text is printed as the pack carries it, without its note. Import the same file (or open the team's library folder) to restore the note.`;
  }
  return `The library no longer has passage ${id}; its note cannot be made.`;
}

/**
 * The place a citation marker prints: the user's own locator where it fits the source, else the
 * passage's own place, with a warning saying why (a page of a source without page numbers, or
 * text from a version 1 pack that could not be read).
 */
function chosenLocator(cite: CiteRun, own: NoteLocator, warn: (message: string) => void, misfit: (typed: NoteLocator) => string | undefined): NoteLocator {
  if (cite.locator) {
    const why = misfit(cite.locator);
    if (!why) return cite.locator;
    warn(`${why} The note cites the passage’s own place (${formatLocator(own)}).`);
    return own;
  }
  if (cite.unreadLocator !== undefined) {
    warn(`The place “${cite.unreadLocator}” typed for a citation cannot be read as a page, paragraph or section; the note cites the passage’s own place (${formatLocator(own)}). Click the note marker to type it again.`);
  }
  return own;
}
