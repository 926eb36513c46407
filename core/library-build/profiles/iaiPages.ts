import { clean } from '../lineTools';
import type { Anomaly, SourceLine } from '../pipelineTypes';

export const RUNNING_HEAD = /^(\d+) ?Dynamic Change\s*$/;
const nextOdd = (n: number): number => (n % 2 === 1 ? n : n + 1);

export interface BookPage {
  /** Index (into lines) of the page's first line. */
  start: number;
  page: number;
}

/**
 * Pages of 003 (a printed book). The extractor begins most pages with a leading space; the line
 * after a running head "N Dynamic Change" (which closes page N) begins a page too. Only eight
 * running heads survive, so pages are counted between them, with the book's rules: a part
 * starts on a right-hand (odd) page, and a "Focus Area" divider takes an odd page and its blank
 * back. Where a running head disagrees with the count, the count is corrected from the last
 * part start before it (the only place pages can be missing) and the correction is reported.
 */
export function paginateBook(lines: SourceLine[], partStarts: Set<number>, anomalies: Anomaly[], dividerBefore: Set<number> = new Set()): BookPage[] {
  const pages: BookPage[] = [];
  let afterHead = false;
  let page = 6;
  let lastPartStart = -1;
  let sawDivider = false;
  lines.forEach((l, i) => {
    const t = clean(l.text);
    const head = RUNNING_HEAD.exec(t);
    if (head) {
      const printed = Number(head[1]);
      const current = pages[pages.length - 1];
      if (current && clean(lines[current.start]?.text ?? '').startsWith('Focus Area')) {
        page = printed; // the divider's blank back page carries the head
      } else if (current && current.page !== printed) {
        const delta = printed - current.page;
        const from = pages.findIndex((p) => p.start >= lastPartStart);
        for (let k = Math.max(0, from); k < pages.length; k++) {
          const p = pages[k];
          if (p) p.page += delta;
        }
        anomalies.push({
          sourceId: 'iai-dynamic-change',
          kind: 'page-count-corrected',
          message: `running head ${printed} (line ${l.no}): pages from line ${lines[lastPartStart]?.no ?? '?'} shifted by ${delta}`,
          reason: 'pages without text (blank backs, dividers) are not in the extraction; the printed running head fixes the count',
        });
        page = printed;
      }
      afterHead = true;
      return;
    }
    if (t.startsWith('Focus Area')) sawDivider = true;
    const starts = /^ [^ •]/.test(l.text) || (afterHead && t !== '');
    if (i === 0 || starts) {
      afterHead = false;
      if (partStarts.has(i)) {
        page = sawDivider || dividerBefore.has(i) ? nextOdd(page + 1) + 2 : nextOdd(page + 1);
        lastPartStart = i;
      } else if (t.startsWith('Focus Area')) {
        page = nextOdd(page + 1);
      } else {
        page += 1;
      }
      sawDivider = false;
      pages.push({ start: i, page });
    }
  });
  return pages;
}
