import type { Library } from '../library/types';
import type { UserSourceFile } from '../library/userSourceFile';

/**
 * The library every front door searches and cites from: the bundled sources, then the user's,
 * in the order given (the host sorts them by title). User sources are single works, so their
 * excerpts' partId is the source ID and they need no part entries.
 */
export function mergeLibraries(bundled: Library, user: readonly UserSourceFile[]): Library {
  const taken = new Set(bundled.sources.map((s) => s.id));
  const mine = user.filter((f) => !taken.has(f.source.id));
  return {
    ...bundled,
    sources: [...bundled.sources, ...mine.map((f) => f.source)],
    excerpts: [...bundled.excerpts, ...mine.flatMap((f) => f.excerpts)],
  };
}
