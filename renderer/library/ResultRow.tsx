import { memo, type JSX } from 'react';
import type { SearchResult } from '../../core/api/contract';
import { Snippet } from './Snippet';
import { LIBRARY_DRAG_TYPE } from '../editor/plugins/LibraryDropPlugin';

export type Hit = SearchResult['hits'][number];

interface Props {
  hit: Hit;
  index: number;
  /** Rows in the whole answer: the list draws only the first few (useRowsShown). */
  count: number;
  selected: boolean;
  inPack: boolean;
  /** The source's title (from the facets), shown instead of its internal id. */
  sourceTitle: string;
  onSelect: (index: number) => void;
  onInsert: (hit: Hit) => void;
}

/** One search result: what it is, where it is from, and the matched words in context. */
function ResultRowView({ hit: h, index, count, selected, inPack, sourceTitle, onSelect, onInsert }: Props): JSX.Element {
  return (
    <li
      id={`hit-${h.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={`bp-hit ${h.kind}${inPack ? ' in-pack' : ''}`}
      data-id={h.id}
      data-in-pack={inPack || undefined}
      aria-description={inPack ? 'Already in the pack' : undefined}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(LIBRARY_DRAG_TYPE, h.id);
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onInsert(h)}
    >
      <div className="bp-hit-meta">
        <span className={`bp-kind ${h.kind}`}>{h.kind === 'excerpt' ? 'Excerpt' : 'Recommendation'}</span>
        <span className="bp-hit-source" title={sourceTitle}>{sourceTitle}</span>
        <span className="bp-hit-locator" title={`Cited in its note as: ${h.locator}`}>{h.locator}</span>
        {inPack && <span className="bp-in-pack">In pack</span>}
      </div>
      <Snippet snippet={h.snippet} />
    </li>
  );
}

/**
 * Each answer arrives as new objects, though most of its rows show what they showed for the
 * previous keystroke; compare what the row draws, so only rows that changed render again, and
 * typing (which re-renders the panel before the answer comes) renders none.
 */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.index === b.index &&
    a.count === b.count &&
    a.selected === b.selected &&
    a.inPack === b.inPack &&
    a.sourceTitle === b.sourceTitle &&
    a.onSelect === b.onSelect &&
    a.onInsert === b.onInsert &&
    sameHit(a.hit, b.hit)
  );
}

function sameHit(a: Hit, b: Hit): boolean {
  if (a === b) return true;
  const ha = a.snippet.highlights;
  const hb = b.snippet.highlights;
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.locator === b.locator &&
    a.snippet.text === b.snippet.text &&
    ha.length === hb.length &&
    ha.every(([s, e], i) => s === hb[i]![0] && e === hb[i]![1])
  );
}

export const ResultRow = memo(ResultRowView, sameRow);
