import type { StyledRun } from './types';

/** Drops empty runs and joins neighbours with the same styling, so runs compare by value. */
export function mergeRuns(runs: readonly StyledRun[]): StyledRun[] {
  const out: StyledRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else out.push(run.italic ? { text: run.text, italic: true } : { text: run.text });
  }
  return out;
}
