import type { JSX } from 'react';

type Part = string | JSX.Element;

/**
 * The hit in context, with the matched words marked. The text between marks is plain text
 * nodes, not elements: a short prefix marks dozens of words per snippet, and fifty snippets'
 * worth of spans was a good part of rendering an answer.
 */
export function Snippet({ snippet }: { snippet: { text: string; highlights: [number, number][] } }): JSX.Element {
  const parts: Part[] = [];
  let at = 0;
  snippet.highlights.forEach(([start, end], i) => {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={`m${i}`}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <p className="bp-snippet">{parts}</p>;
}
