import type { Library, LibraryItem } from '../library/types';
import { normalizeForId } from './ids';

/** The share of words two texts have in common, in order, below which a change is a new passage. */
export const SAME_PASSAGE = 0.8;

export interface CarriedId {
  from: string;
  to: string;
  /** The share of words the two texts have in common, in order (0 to 1). */
  likeness: number;
}

/**
 * The new library with each item's earlier IDs: those it had in `previous` (listed there in
 * `formerIds`), and the ID of any previous item that is gone and whose text this item now
 * carries, corrected (same source and kind, the most words in common, at least SAME_PASSAGE of
 * them). `retired`: IDs of the previous library no item carries any more (a heading that was
 * taken for a passage, say). Pure: the build passes in the library file it is about to replace.
 */
export function carryFormerIds(previous: Library, next: Library): { library: Library; carried: CarriedId[]; retired: string[] } {
  const nextIds = new Set([...next.excerpts, ...next.recommendations].map((i) => i.id));
  const previousIds = new Set([...previous.excerpts, ...previous.recommendations].map((i) => i.id));
  const former = new Map<string, Set<string>>();
  const add = (to: string, ids: Iterable<string>) => {
    let set = former.get(to);
    if (!set) former.set(to, (set = new Set()));
    for (const id of ids) if (!nextIds.has(id)) set.add(id);
  };
  const carried: CarriedId[] = [];
  const retired: string[] = [];
  const fresh = [...next.excerpts, ...next.recommendations].filter((i) => !previousIds.has(i.id));
  for (const old of [...previous.excerpts, ...previous.recommendations]) {
    if (nextIds.has(old.id)) {
      add(old.id, old.formerIds ?? []);
      continue;
    }
    const oldWords = wordsOf(old);
    let best: { item: LibraryItem; likeness: number } | undefined;
    for (const candidate of fresh) {
      if (candidate.kind !== old.kind || candidate.sourceId !== old.sourceId) continue;
      const likeness = sharedInOrder(oldWords, wordsOf(candidate));
      if (!best || likeness > best.likeness) best = { item: candidate, likeness };
    }
    if (!best || best.likeness < SAME_PASSAGE) {
      retired.push(old.id, ...(old.formerIds ?? []));
      continue;
    }
    add(best.item.id, [old.id, ...(old.formerIds ?? [])]);
    carried.push({ from: old.id, to: best.item.id, likeness: best.likeness });
  }
  const withFormer = <T extends LibraryItem>(item: T): T => {
    const { formerIds: _, ...rest } = item;
    const ids = [...(former.get(item.id) ?? [])].sort();
    return (ids.length > 0 ? { ...rest, formerIds: ids } : rest) as T;
  };
  return { library: { ...next, excerpts: next.excerpts.map(withFormer), recommendations: next.recommendations.map(withFormer) }, carried, retired };
}

function wordsOf(item: LibraryItem): string[] {
  return normalizeForId(item.kind === 'recommendation' ? `${item.number ?? ''} ${item.text}` : item.text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** 2 × (longest common subsequence of words) / (both lengths): 1 for the same words in order. */
function sharedInOrder(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) next[j] = word === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return (2 * row[b.length]!) / (a.length + b.length);
}
