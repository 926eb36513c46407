/** Citation runs as one string (italics dropped), for titles and plain captions. */
export function runsToText(runs: { text: string }[]): string {
  return runs.map((r) => r.text).join('');
}
