import type { JSX } from 'react';

/** Citation runs with their italics, as the note will print. */
export function CitationRuns({ runs }: { runs: { text: string; italic?: boolean }[] }): JSX.Element {
  return <>{runs.map((r, i) => (r.italic ? <i key={i}>{r.text}</i> : <span key={i}>{r.text}</span>))}</>;
}
