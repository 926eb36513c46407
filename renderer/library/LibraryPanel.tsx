import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { SearchResult } from '../../core/api/contract';
import { api } from '../api/transport';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { insertLibraryBlock } from '../editor/insertLibraryBlock';
import { insertNoteMarker } from '../editor/insertNoteMarker';
import { fetchLibraryItem } from '../api/libraryItems';
import { ResultRow, type Hit } from './ResultRow';
import { LibraryPreview } from './LibraryPreview';
import { FacetBar, type Filters } from './FacetBar';
import { usePackLibraryIds } from './usePackLibraryIds';
import { useRowsShown } from './useRowsShown';
import { ImportButton, draggingFiles } from './import/ImportButton';
import { ImportDialog } from './import/ImportDialog';
import { importFiles, useImport } from './import/importStore';

/** Which query and filters an answer is for. */
const searchKey = (text: string, filters: Filters): string => JSON.stringify([text, filters]);

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
  const queryKey = searchKey(text, filters);
  const busy = answeredKey !== queryKey;
  const seq = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);
  const inPack = usePackLibraryIds();
  const libraryVersion = useImport((s) => s.libraryVersion);
  const [dropping, setDropping] = useState(false);
  const [editor] = useLexicalComposerContext();

  // The request for the query the user is typing leaves from the input event itself, before React
  // renders the keystroke (a few ms of a 50 ms budget from key to painted results); the effect
  // asks for whatever the state holds when nothing has yet: at the start, for a facet chosen,
  // and after an import.
  const asked = useRef<string | null>(null);
  const ask = useCallback((text: string, filters: Filters, libraryVersion: number) => {
    const key = searchKey(text, filters);
    const request = `${libraryVersion} ${key}`;
    if (asked.current === request) return;
    asked.current = request;
    const mine = ++seq.current;
    api.searchLibrary({ text, limit: 50, ...filters }).then(
      (r) => {
        if (mine !== seq.current) return; // a newer keystroke's answer wins
        // Drawn now, in this callback, not at the scheduler's next turn: the answer is what the
        // user is waiting for, and whatever else is queued can wait one list's render.
        flushSync(() => {
          setResult(r);
          setAnswered(text);
          setActive(0);
          setError(null);
          setAnsweredKey(key);
        });
      },
      (e: Error) => {
        if (mine !== seq.current) return;
        setError(e.message);
        setAnsweredKey(key);
      },
    );
  }, []);
  useEffect(() => ask(text, filters, libraryVersion), [ask, text, filters, libraryVersion]);

  const hits = result?.hits ?? [];
  const rowsShown = useRowsShown(listRef, result, hits.length, active);
  // Show sources by title (the facet labels), not by their internal id.
  const sourceTitle = new Map(result?.facets.source.map((s) => [s.value, s.label]) ?? []);
  const current: Hit | undefined = hits[active];

  const insert = useCallback(
    async (hit: Hit | undefined, text?: string) => {
      if (!hit) return;
      const view = await fetchLibraryItem(hit.id);
      insertLibraryBlock(editor, view.item, null, text);
    },
    [editor],
  );
  const insertHit = useCallback((hit: Hit) => void insert(hit), [insert]);

  // Arrows and Enter drive the results only from the search box and the list: a facet keeps its own arrow
  // keys, and Enter on a button or a facet does what that control says, never an insert.
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void insert(current);
    }
  };
  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    editor.focus();
  };

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <aside
      className={`bp-library${dropping ? ' dropping' : ''}`}
      aria-label="Library"
      onKeyDown={onPanelKey}
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
          onChange={(e) => {
            ask(e.target.value, filters, libraryVersion);
            setText(e.target.value);
          }}
          onKeyDown={onSearchKey}
        />
      </div>
      {result && <FacetBar facets={result.facets} filters={filters} onChange={setFilters} />}
      {error && <p className="bp-error" role="alert">{error}</p>}
      <p className="bp-result-count" aria-live="polite">{result ? `${result.total} result${result.total === 1 ? '' : 's'}` : 'Loading library…'}</p>
      {result?.matched === 'any' && (
        <p className="bp-result-note" role="status">No passage has all of these words; showing passages with any of them, those with the most words first.</p>
      )}
      <ul
        id="bp-results"
        className="bp-results"
        role="listbox"
        aria-label="Results"
        aria-busy={busy}
        ref={listRef}
        data-answered={answered ?? undefined}
        // A Tab stop of its own (the search box also drives it), so the list scrolls from the keyboard.
        tabIndex={0}
        aria-activedescendant={current ? `hit-${current.id}` : undefined}
        onKeyDown={onSearchKey}
      >
        {hits.slice(0, rowsShown).map((h, i) => (
          <ResultRow
            key={h.id}
            hit={h}
            index={i}
            count={hits.length}
            selected={i === active}
            inPack={inPack.has(h.id)}
            sourceTitle={sourceTitle.get(h.sourceId) ?? h.sourceId}
            onSelect={setActive}
            onInsert={insertHit}
          />
        ))}
      </ul>
      {current && (
        <LibraryPreview
          id={current.id}
          onInsert={(text) => void insert(current, text)}
          onCite={() => {
            insertNoteMarker(editor, { type: 'cite', ref: current.id });
          }}
        />
      )}
    </aside>
  );
}
