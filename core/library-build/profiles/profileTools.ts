import { BULLET, clean, isBlank } from '../lineTools';
import { TERMINAL } from '../paragraphs';
import type { SourceLine } from '../pipelineTypes';

/**
 * Blank-line sources: a line standing alone between blank lines that does not end a sentence
 * and is short is a heading. `levelOf` gives its level (or `undefined` to leave it a paragraph).
 */
export function markIsolatedHeadings(lines: SourceLine[], levelOf: (text: string, line: SourceLine) => number | undefined): void {
  lines.forEach((l, i) => {
    const t = clean(l.text);
    if (!t || t.length > 160) return;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const alone = (!prev || isBlank(prev) || l.pageStart === true) && (!next || isBlank(next) || next.pageStart === true);
    if (!alone || BULLET.test(t) || /^\d+\.\s/.test(t) || !/^[\p{Lu}\d“‘"]/u.test(t)) return;
    if (TERMINAL.test(t) && !/^Recommendations\s*:?\s*\d*$/.test(t)) return;
    const level = levelOf(t, l);
    if (level !== undefined) l.heading = level;
  });
}
