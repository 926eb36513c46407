import type { LibraryItem, Locator } from './types';

/**
 * Where a library item is cited: an excerpt at its own place; a recommendation, which a
 * document may print more than once (summary and body), at the first place it prints it. Every
 * view of an item (search result, preview, note, command line) starts from this one choice.
 */
export function primaryLocator(item: LibraryItem): Locator {
  if (item.kind === 'excerpt') return item.locator;
  // The schema requires at least one place; the fallback only satisfies the type checker.
  return item.locators[0] ?? { section: [], paragraph: 1 };
}

/** True when the item's source prints page numbers (the build gives every excerpt of such a source a page). */
export function isPaginated(item: LibraryItem): boolean {
  return Boolean(primaryLocator(item).page?.trim());
}
