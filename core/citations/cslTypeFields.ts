/**
 * The CSL types the metadata form offers and, for each, the fields a Chicago note and
 * bibliography entry print (CMOS 18: 14.2-14.4 books, 14.68 journal articles, 14.9 chapters,
 * 14.104 web pages, 14.116 reports). The form asks for these; the rest of the item is kept.
 */
export type MetadataField = 'author' | 'editor' | 'title' | 'container-title' | 'publisher' | 'publisher-place' | 'issued' | 'volume' | 'issue' | 'page' | 'URL' | 'accessed' | 'number' | 'collection-title';

export const FIELD_LABELS: Record<MetadataField, string> = {
  author: 'Authors (one per line: Family, Given — or an organisation)',
  editor: 'Editors (one per line)',
  title: 'Title',
  'container-title': 'Published in (journal, book or website)',
  publisher: 'Publisher',
  'publisher-place': 'Place of publication',
  issued: 'Date (year, or year-month-day)',
  volume: 'Volume',
  issue: 'Issue',
  page: 'Pages of the whole piece',
  URL: 'Web address (URL)',
  accessed: 'Date accessed (year-month-day)',
  number: 'Report or paper number',
  'collection-title': 'Series',
};

export const CSL_TYPES: { type: string; label: string; fields: MetadataField[] }[] = [
  { type: 'report', label: 'Report or policy paper', fields: ['author', 'title', 'collection-title', 'number', 'publisher', 'publisher-place', 'issued', 'URL'] },
  { type: 'book', label: 'Book', fields: ['author', 'editor', 'title', 'publisher', 'publisher-place', 'issued'] },
  { type: 'chapter', label: 'Chapter in an edited book', fields: ['author', 'title', 'container-title', 'editor', 'publisher', 'publisher-place', 'issued', 'page'] },
  { type: 'article-journal', label: 'Journal article', fields: ['author', 'title', 'container-title', 'volume', 'issue', 'issued', 'page', 'URL'] },
  { type: 'article-newspaper', label: 'Newspaper or magazine article', fields: ['author', 'title', 'container-title', 'issued', 'URL'] },
  { type: 'webpage', label: 'Web page', fields: ['author', 'title', 'container-title', 'issued', 'URL', 'accessed'] },
  { type: 'document', label: 'Other document', fields: ['author', 'title', 'publisher', 'issued', 'URL'] },
];

/** The fields for a type; an unknown type (from Zotero, say) gets the "other document" fields. */
export function fieldsFor(type: string): MetadataField[] {
  return (CSL_TYPES.find((t) => t.type === type) ?? (CSL_TYPES[CSL_TYPES.length - 1] as (typeof CSL_TYPES)[number])).fields;
}
