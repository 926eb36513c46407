import type { SourceLine } from './pipelineTypes';

/** Splits a seed text into numbered lines (1-based, as an editor shows them). */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  return raw.map((t, i) => ({ no: i + 1, text: t }));
}
