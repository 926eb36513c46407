import type { CslDate, CslItem, CslName } from './csl';
import { fieldsFor, type MetadataField } from './cslTypeFields';

/** The form's values: plain strings, one per field, as typed. */
export type MetadataValues = Partial<Record<MetadataField | 'type', string>>;

const NAME_FIELDS = new Set<MetadataField>(['author', 'editor']);
const DATE_FIELDS = new Set<MetadataField>(['issued', 'accessed']);

/** "Seward, Julian" -> family + given; a line without a comma is an organisation, kept whole. */
export function parseNames(text: string): CslName[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [family, ...given] = line.split(',');
      return given.length ? { family: (family as string).trim(), given: given.join(',').trim() } : { literal: line };
    });
}

export function formatNames(names: readonly CslName[] | undefined): string {
  return (names ?? []).map((n) => (n.literal ? n.literal : [n.family, n.given].filter(Boolean).join(', '))).join('\n');
}

/** "2024", "2024-05" or "2024-05-17" -> CSL date parts; anything else is kept as a literal date. */
export function parseDate(text: string): CslDate {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text.trim());
  if (!m) return { literal: text.trim() };
  return { 'date-parts': [[m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number)] };
}

export function formatDate(date: CslDate | undefined): string {
  const parts = date?.['date-parts']?.[0];
  if (parts?.length) return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
  return date?.literal ?? '';
}

/** The form's initial values from a source's CSL item. */
export function formValues(csl: CslItem): MetadataValues {
  const values: MetadataValues = { type: csl.type };
  for (const field of fieldsFor(csl.type)) {
    const v = csl[field];
    values[field] = NAME_FIELDS.has(field) ? formatNames(v as CslName[] | undefined) : DATE_FIELDS.has(field) ? formatDate(v as CslDate | undefined) : v === undefined ? '' : String(v);
  }
  return values;
}

/**
 * The CSL item with the form applied: fields of the chosen type set or cleared, every other CSL
 * field kept, the ID unchanged (so excerpt IDs and citations do not move).
 */
export function applyMetadata(item: CslItem, values: MetadataValues): CslItem {
  const type = values.type?.trim() || item.type;
  const csl: CslItem = { ...item, type };
  // CSL fields typed by name: the form writes each with the shape its field takes.
  const set = csl as Record<string, unknown>;
  for (const field of fieldsFor(type)) {
    const text = values[field]?.trim() ?? '';
    if (!text) {
      delete set[field];
      continue;
    }
    set[field] = NAME_FIELDS.has(field) ? parseNames(text) : DATE_FIELDS.has(field) ? parseDate(text) : text;
  }
  return csl;
}
