import type { Cover, Settings } from '../pack/schema';
import { headingText, type Contents, type ExportBlock, type ExportInline, type FrontMatter, type Furniture } from '../export/exportDoc';
import type { TemplateFurniture } from './templateFurniture';
import { PRINTED as LABELS } from '../pack/printedWords';

/** An adapted quotation says so before its note marker: it is not the source's exact words. */
export function markAdapted(inlines: readonly ExportInline[], adapted: boolean): ExportInline[] {
  if (!adapted) return [...inlines];
  const label: ExportInline = { kind: 'text', text: LABELS.adapted, italic: true };
  const last = inlines[inlines.length - 1];
  return last?.kind === 'noteRef' ? [...inlines.slice(0, -1), label, last] : [...inlines, label];
}

/** A marker directly after another gets a separator ("¹,²"). */
export function separateMarkers(inlines: readonly ExportInline[]): ExportInline[] {
  return inlines.map((inline, i) =>
    inline.kind === 'noteRef' && inlines[i - 1]?.kind === 'noteRef' ? { ...inline, separator: LABELS.noteSeparator } : inline,
  );
}

export function frontMatter(cover: Cover): FrontMatter {
  const details = [
    { label: LABELS.from, value: cover.author },
    { label: LABELS.for, value: cover.recipient },
    { label: LABELS.date, value: cover.date },
  ].filter((d) => d.value !== '');
  return { title: cover.title, subtitle: cover.subtitle, details };
}

export function furniture(cover: Cover, template: TemplateFurniture): Furniture {
  return {
    cover: template.cover,
    runningTitle: cover.title,
    ...(cover.marking !== 'NONE' ? { marking: cover.marking } : {}),
    ...(cover.draft ? { watermark: LABELS.watermark } : {}),
    folio: LABELS.folio,
  };
}

/** Headings of levels 1 and 2, the bibliography's included; none without headings. */
export function contents(blocks: readonly ExportBlock[], template: TemplateFurniture): Contents | undefined {
  if (!template.contents) return undefined;
  const entries = blocks.flatMap((b) =>
    // An empty heading keeps its place on the page but has nothing to list.
    b.kind === 'heading' && b.level <= 2 && headingText(b.inlines) !== '' ? [{ level: b.level as 1 | 2, text: headingText(b.inlines), anchor: b.anchor }] : [],
  );
  return entries.length > 0 ? { title: LABELS.contents, entries } : undefined;
}

/** The bibliography as ordinary blocks after the body: a heading and its entries. */
export function bibliographyBlocks(entries: readonly (readonly { text: string; bold?: boolean; italic?: boolean }[])[], settings: Settings, anchor: number): ExportBlock[] {
  if (!settings.bibliography || entries.length === 0) return [];
  return [
    { kind: 'heading', level: 1, anchor, inlines: [{ kind: 'text', text: LABELS.bibliography }] },
    ...entries.map((runs): ExportBlock => ({ kind: 'bibliographyEntry', runs: [...runs] })),
  ];
}
