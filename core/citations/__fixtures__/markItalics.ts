import type { StyledRun } from '../types';

/** Golden-file form of a note: the plain text with italic spans between asterisks. */
export function markItalics(runs: readonly StyledRun[]): string {
  return runs.map((r) => (r.italic ? `*${r.text}*` : r.text)).join('');
}
