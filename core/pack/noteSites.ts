import type { Block, CiteRun, ExcerptBlock, FootnoteRun, Inline, RecommendationBlock } from './schema';

/** A place in the body that takes a note number. */
export type NoteSite =
  | { kind: 'cite'; run: CiteRun }
  | { kind: 'footnote'; run: FootnoteRun }
  | { kind: 'library'; block: ExcerptBlock | RecommendationBlock };

/**
 * The body's notes in the order they are numbered: block by block in reading order; inside a
 * block its inlines left to right (a list's items in turn); a quoted library block's note after
 * its text. Template guidance is never printed and takes no number. Export numbers its notes
 * with this function and the editor shows the same numbers, so the two cannot disagree.
 */
export function noteSites(body: readonly Block[]): NoteSite[] {
  const sites: NoteSite[] = [];
  const fromInlines = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'cite') sites.push({ kind: 'cite', run: inline });
      else if (inline.type === 'footnote') sites.push({ kind: 'footnote', run: inline });
    }
  };
  for (const block of body) {
    switch (block.type) {
      case 'heading':
      case 'quote':
        fromInlines(block.children);
        break;
      case 'paragraph':
        if (!block.guidance) fromInlines(block.children);
        break;
      case 'list':
        block.items.forEach(fromInlines);
        break;
      case 'excerpt':
      case 'recommendation':
        sites.push({ kind: 'library', block });
        break;
    }
  }
  return sites;
}

/**
 * The object a site stands for: the marker run, or the library block's ref. Callers that hold
 * the same objects (export walking the body, the editor reading its nodes) key numbers on it.
 */
export function noteTarget(site: NoteSite): object {
  return site.kind === 'library' ? site.block.ref : site.run;
}
