/** Longest an idle callback may wait (a page that is never idle still gets its reading). */
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs `work` once the next frame has painted and the page is idle, for readings the first
 * frame does not need (word counts, the outline, the dirty baseline). A timeout set from a
 * frame callback would run after the paint too, but ahead of whatever else was waiting
 * (another answer, another frame); an idle callback lets those go first. Returns a cancel.
 */
export function idleAfterPaint(work: () => void): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => (idle = requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS })));
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
