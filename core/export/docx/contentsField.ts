import { LeaderType, TableOfContents } from 'docx';

interface TabStop {
  type: string;
  position: number;
  leader?: string;
}
type Options = ConstructorParameters<typeof TableOfContents>[1];

/**
 * A TOC field written with its entries, whose page numbers sit at the right margin of our page.
 * docx 9 writes cached entries' tab stops at a fixed 9025 twips (Word's default A4 text width),
 * which lies past our narrower text block, so LibreOffice drops the numbers off the line. The
 * tab stops come from a method docx calls while it builds the entries, in its constructor;
 * a subclass per text width gives them ours.
 */
export function contentsField(alias: string, textWidth: number, options: Options): TableOfContents {
  class ContentsField extends TableOfContents {}
  const tabStops = (level: number): TabStop[] => [
    { type: 'clear', position: 9026 - (level - 1) * 240 },
    { type: 'right', position: textWidth, leader: LeaderType.DOT },
  ];
  Object.defineProperty(ContentsField.prototype, 'getTabStopsForLevel', { value: tabStops });
  return new ContentsField(alias, options);
}
