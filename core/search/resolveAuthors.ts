import type { CslName } from '../citations/csl';
import type { Library } from '../library/types';

export interface AuthorName {
  /** "Frederic Wehrey", or the corporate name as printed. */
  display: string;
  /** "Wehrey"; the literal for a corporate author. */
  family: string;
}

function toAuthorName(name: CslName): AuthorName | null {
  const literal = name.literal?.trim();
  if (literal) return { display: literal, family: literal };
  const family = name.family?.trim() ?? '';
  const given = name.given?.trim() ?? '';
  const display = [given, family].filter((s) => s !== '').join(' ');
  return display === '' ? null : { display, family: family || display };
}

/**
 * The authors of every part, keyed by part ID: the part's own authors (a chapter in an edited
 * volume), else its source's. Unsigned parts get none rather than the volume's editors, since
 * a note would not name the editors as the authors of an unsigned introduction either.
 */
export function resolveAuthors(library: Library): Map<string, AuthorName[]> {
  const sourceAuthors = new Map<string, CslName[]>();
  for (const s of library.sources) sourceAuthors.set(s.id, s.csl.author ?? []);
  const byPart = new Map<string, AuthorName[]>();
  const namesOf = (names: CslName[]): AuthorName[] =>
    names.map(toAuthorName).filter((n): n is AuthorName => n !== null);
  for (const part of library.parts) {
    const own = part.csl.author ?? [];
    byPart.set(part.id, namesOf(own.length > 0 ? own : (sourceAuthors.get(part.sourceId) ?? [])));
  }
  // A single work may have no part entry: its items use partId === sourceId.
  for (const [sourceId, names] of sourceAuthors) {
    if (!byPart.has(sourceId)) byPart.set(sourceId, namesOf(names));
  }
  return byPart;
}
