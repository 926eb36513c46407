import type { PdfLine, PdfPage } from './importTypes';

/**
 * Line indexes of the page's top and bottom bands: the two lines nearest each edge, when they sit
 * in the outer 8% of the page. Running heads, feet and folios are looked for only there.
 */
export function bandLines(page: PdfPage): Map<number, 'top' | 'bottom'> {
  const band = new Map<number, 'top' | 'bottom'>();
  const byY = page.lines.map((l, i) => ({ y: l.y, i })).sort((a, b) => b.y - a.y);
  for (const { y, i } of byY.slice(0, 2)) if (y >= page.height * 0.92) band.set(i, 'top');
  for (const { y, i } of byY.slice(-2)) if (y <= page.height * 0.08) band.set(i, 'bottom');
  return band;
}

const ARABIC = /^(?:page\s+)?(\d{1,4})$|^(\d{1,4})\s*[|·•–—-]\s*\S.*$|^\S.*?\s[|·•–—-]?\s*(\d{1,4})$/i;
const ROMAN = /^[ivxlc]{1,7}$/i;

/** The number printed in one band line, if it is a folio ("12", "Page 12", "12 | Title", "Title 12"). */
export function folioIn(text: string): { arabic?: number; roman?: string } | null {
  const t = text.trim();
  if (ROMAN.test(t) && /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/i.test(t)) return { roman: t.toLowerCase() };
  const m = ARABIC.exec(t);
  if (!m) return null;
  const n = Number(m[1] ?? m[2] ?? m[3]);
  return Number.isFinite(n) ? { arabic: n } : null;
}

export interface PageLabels {
  /** By 1-based PDF page index: the page as it should be cited, or undefined where none can be. */
  labels: (string | undefined)[];
  source: 'printed' | 'pdf';
  /** PDF page index -> line indexes that are the folio (to remove). */
  folioLines: Map<number, Set<number>>;
}

/**
 * Page numbers for citation. Where most pages with a band line carrying a number agree on one
 * offset from the PDF page index (printed page = PDF page - offset), the document has printed
 * folios and those are used, front matter keeping its roman numerals; otherwise the PDF page.
 */
export function pageLabels(pages: readonly PdfPage[]): PageLabels {
  const candidates = new Map<number, { line: number; arabic?: number; roman?: string }[]>();
  const offsets = new Map<number, number>();
  for (const page of pages) {
    const found: { line: number; arabic?: number; roman?: string }[] = [];
    for (const i of bandLines(page).keys()) {
      const folio = folioIn((page.lines[i] as PdfLine).text);
      if (folio) found.push({ line: i, ...folio });
    }
    candidates.set(page.index, found);
    const seen = new Set<number>();
    for (const f of found) if (f.arabic !== undefined) seen.add(page.index - f.arabic);
    for (const o of seen) offsets.set(o, (offsets.get(o) ?? 0) + 1);
  }
  const best = [...offsets.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const printed = best !== undefined && best[1] >= Math.max(2, pages.length * 0.3);
  const labels: (string | undefined)[] = [];
  const folioLines = new Map<number, Set<number>>();
  for (const page of pages) {
    const found = candidates.get(page.index) ?? [];
    if (!printed) {
      labels[page.index] = String(page.index);
      const lines = found.filter((f) => f.arabic === page.index && /^\d+$/.test((page.lines[f.line] as PdfLine).text.trim()));
      if (lines.length) folioLines.set(page.index, new Set(lines.map((f) => f.line)));
      continue;
    }
    const offset = best[0];
    const arabic = found.find((f) => f.arabic !== undefined && page.index - f.arabic === offset);
    const roman = found.find((f) => f.roman !== undefined);
    const lines = new Set<number>();
    if (arabic) lines.add(arabic.line);
    else if (roman) lines.add(roman.line);
    if (lines.size) folioLines.set(page.index, lines);
    const number = page.index - offset;
    // Pages before the first printed folio (cover, front matter) get a page only if they print one.
    labels[page.index] = number >= 1 ? String(number) : roman?.roman;
  }
  return { labels, source: printed ? 'printed' : 'pdf', folioLines };
}
