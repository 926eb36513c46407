import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { SearchResult } from '../../core/api/contract';
import { api } from '../api/transport';
import { usePack } from '../state/packStore';
import { insertLibraryBlock } from '../editor/insertLibraryBlock';
import { insertNoteMarker } from '../editor/insertNoteMarker';
import { fetchLibraryItem } from './useLibraryItem';
import { Snippet } from './Snippet';
import { LibraryPreview } from './LibraryPreview';
import { FacetBar, type Filters } from './FacetBar';
import { LIBRARY_DRAG_TYPE } from '../editor/plugins/LibraryDropPlugin';
import { usePackLibraryIds } from './usePackLibraryIds';
import { ImportButton, draggingFiles } from './import/ImportButton';
import { ImportDialog } from './import/ImportDialog';
import { importFiles, useImport } from './import/importStore';

type Hit = SearchResult['hits'][number];

/** Search the library as you type, filter by facet, preview, and insert at the cursor. */
export function LibraryPanel({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }): JSX.Element {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  /** The query the shown results answer (for tests and the latency benchmark). */
  const [answered, setAnswered] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Which query and filters the shown results (or error) answer; until the newest one is
  // answered the list is aria-busy. Older answers are dropped.
  const [answeredKey, setAnsweredKey] = useState<string | null>(null);
  const queryKey = JSON.stringify([text, filters]);
  const busy = answeredKey !== queryKey;
  const seq = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);
  const inPack = usePackLibraryIds();
  const libraryVersion = useImport((s) => s.libraryVersion);
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    const mine = ++seq.current;
    const key = JSON.stringify([text, filters]);
    api.searchLibrary({ text, limit: 50, ...filters }).then(
      (r) => {
        if (mine !== seq.current) return; // a newer keystroke's answer wins
        setResult(r);
        setAnswered(text);
        setActive(0);
        setError(null);
        setAnsweredKey(key);
      },
      (e: Error) => {
        if (mine !== seq.current) return;
        setError(e.message);
        setAnsweredKey(key);
      },
    );
  }, [text, filters, libraryVersion]);

  const hits = result?.hits ?? [];
  // Show sources by title (the facet labels), not by their internal id.
  const sourceTitle = new Map(result?.facets.source.map((s) => [s.value, s.label]) ?? []);
  const current: Hit | undefined = hits[active];

  const insert = async (hit: Hit | undefined) => {
    const editor = usePack.getState().editor;
    if (!hit || !editor) return;
    const view = await fetchLibraryItem(hit.id);
    insertLibraryBlock(editor, view.item);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void insert(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      usePack.getState().editor?.focus();
    }
  };

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <aside
      className={`bp-library${dropping ? ' dropping' : ''}`}
      aria-label="Library"
      onKeyDown={onKey}
      onDragOver={(e) => {
        if (!draggingFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        if (!draggingFiles(e)) return;
        e.preventDefault();
        setDropping(false);
        importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <ImportDialog />
      <div className="bp-library-search">
        <ImportButton />
        <input
          ref={inputRef}
          type="search"
          placeholder='Search (Ctrl+K) — "quotes" for a phrase'
          aria-label="Search the library"
          aria-controls="bp-results"
          aria-activedescendant={current ? `hit-${current.id}` : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {result && <FacetBar facets={result.facets} filters={filters} onChange={setFilters} />}
      {error && <p className="bp-error" role="alert">{error}</p>}
      <p className="bp-result-count" aria-live="polite">{result ? `${result.total} result${result.total === 1 ? '' : 's'}` : 'Loading library…'}</p>
      <ul id="bp-results" className="bp-results" role="listbox" aria-label="Results" aria-busy={busy} ref={listRef} data-answered={answered ?? undefined}>
        {hits.map((h, i) => (
          <li
            key={h.id}
            id={`hit-${h.id}`}
            role="option"
            aria-selected={i === active}
            className={`bp-hit ${h.kind}${inPack.has(h.id) ? ' in-pack' : ''}`}
            data-id={h.id}
            data-in-pack={inPack.has(h.id) || undefined}
            aria-description={inPack.has(h.id) ? 'Already in the pack' : undefined}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData(LIBRARY_DRAG_TYPE, h.id);
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => setActive(i)}
            onDoubleClick={() => void insert(h)}
          >
            <div className="bp-hit-meta">
              <span className={`bp-kind ${h.kind}`}>{h.kind === 'excerpt' ? 'Excerpt' : 'Recommendation'}</span>
              <span className="bp-hit-source" title={sourceTitle.get(h.sourceId) ?? h.sourceId}>{sourceTitle.get(h.sourceId) ?? h.sourceId}</span>
              <span className="bp-hit-locator" title={`Cited in its note as: ${h.locator}`}>{h.locator}</span>
              {inPack.has(h.id) && <span className="bp-in-pack">In pack</span>}
            </div>
            <Snippet snippet={h.snippet} />
          </li>
        ))}
      </ul>
      {current && (
        <LibraryPreview
          id={current.id}
          onInsert={() => void insert(current)}
          onCite={() => {
            const editor = usePack.getState().editor;
            if (editor) insertNoteMarker(editor, { type: 'cite', ref: current.id });
          }}
        />
      )}
    </aside>
  );
}
