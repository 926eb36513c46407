import type { Anomaly } from './pipelineTypes';

export interface SourceReport {
  sourceId: string;
  excerpts: number;
  recommendations: number;
  /** Recommendations carrying a printed number. */
  numberedRecommendations: number;
  /** Footnote texts found in the source. */
  footnotes: number;
  /** Footnote markers removed from the text and attached to an excerpt. */
  notesAttached: number;
  /** Printed pages found (0 where the source has none). */
  pages: number;
  /** Line-end hyphens: kept (compounds) and removed (broken words). */
  hyphensKept: number;
  hyphensRemoved: number;
}

export interface LibraryReport {
  sources: SourceReport[];
  anomalies: Anomaly[];
  /** Anomalies without a reason: the build's target is zero. */
  unexplained: number;
}

/** Plain-text rendering for `briefpack library report`. */
export function formatLibraryReport(report: LibraryReport): string {
  const rows = report.sources.map(
    (s) =>
      `${s.sourceId.padEnd(20)} ${String(s.excerpts).padStart(5)} ${String(s.recommendations).padStart(5)} ` +
      `${String(s.numberedRecommendations).padStart(5)} ${String(s.footnotes).padStart(5)} ${String(s.notesAttached).padStart(5)} ` +
      `${String(s.pages).padStart(5)} ${String(s.hyphensKept).padStart(5)}/${s.hyphensRemoved}`,
  );
  const lines = [
    `${'source'.padEnd(20)} ${'exc'.padStart(5)} ${'recs'.padStart(5)} ${'num'.padStart(5)} ${'notes'.padStart(5)} ${'attch'.padStart(5)} ${'pages'.padStart(5)} hyph kept/removed`,
    ...rows,
    '',
    `Anomalies: ${report.anomalies.length} (${report.unexplained} unexplained)`,
  ];
  for (const a of report.anomalies) {
    lines.push(`${a.reason ? '  explained' : '! UNEXPLAINED'} [${a.sourceId}] ${a.kind}: ${a.message}${a.reason ? ` (${a.reason})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
