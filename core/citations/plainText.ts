import type { StyledRun } from './types';

/** The note or entry as unstyled text (search, previews, plain-text export). */
export function plainText(runs: readonly StyledRun[]): string {
  return runs.map((r) => r.text).join('');
}
