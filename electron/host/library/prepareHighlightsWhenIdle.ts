import { setImmediate as nextTurn } from 'node:timers/promises';
import { KEPT_TEXTS, prepareHighlights } from '../../../core/search/findHighlights';
import type { SearchIndex } from '../../../core/search/buildSearchIndex';

/** Texts prepared per turn of the event loop: a few ms, so a request waits at most that long. */
const PER_TURN = 40;

/**
 * Prepares the highlights of every text in `index` (up to as many as are kept), a few at a time
 * between the requests this process is answering, so that the first searches after a start are
 * as quick as later ones. Resolves with how many it prepared; stops early when `stop()` says so
 * (a newer index replaced this one). `perTurn` texts are prepared between two turns.
 */
export async function prepareHighlightsWhenIdle(index: SearchIndex, stop: () => boolean = () => false, perTurn = PER_TURN): Promise<number> {
  const items = index.items.slice(0, KEPT_TEXTS);
  for (let i = 0; i < items.length; i += perTurn) {
    await nextTurn();
    if (stop()) return i;
    for (const item of items.slice(i, i + perTurn)) prepareHighlights(item.text);
  }
  return items.length;
}
