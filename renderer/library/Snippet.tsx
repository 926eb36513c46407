import type { JSX } from 'react';

/** The hit in context, with the matched words marked. */
export function Snippet({ snippet }: { snippet: { text: string; highlights: [number, number][] } }): JSX.Element {
  const parts: JSX.Element[] = [];
  let at = 0;
  snippet.highlights.forEach(([start, end], i) => {
    if (start > at) parts.push(<span key={`t${i}`}>{snippet.text.slice(at, start)}</span>);
    parts.push(<mark key={`m${i}`}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(<span key="rest">{snippet.text.slice(at)}</span>);
  return <p className="bp-snippet">{parts}</p>;
}
