import type { JSX } from 'react';
import { useLibraryItem } from './useLibraryItem';
import { CitationRuns } from './CitationRuns';
import { primaryLocator } from '../../core/library/primaryLocator';

/** The whole passage, its notes, where it sits, its citation as it will print, and its neighbours. */
export function LibraryPreview({ id, onInsert, onCite }: { id: string; onInsert: () => void; onCite: () => void }): JSX.Element {
  const { data, error } = useLibraryItem(id);
  if (error) return <section className="bp-preview bp-error">{error}</section>;
  if (!data) return <section className="bp-preview">Loading…</section>;
  const { item } = data;
  const { section } = primaryLocator(item);
  return (
    <section className="bp-preview" aria-label="Preview">
      <p className="bp-preview-path">{sectionPath(data.sourceTitle, section)}</p>
      {data.previous && <p className="bp-neighbour">… {data.previous.text.slice(-180)}</p>}
      <blockquote className="bp-preview-text">{item.text}</blockquote>
      {data.next && <p className="bp-neighbour">{data.next.text.slice(0, 180)} …</p>}
      {item.kind === 'excerpt' && item.notes.length > 0 && (
        <ol className="bp-source-notes" aria-label="Notes in the source">
          {item.notes.map((n) => (
            <li key={n.marker} value={Number(n.marker) || undefined}>{n.text}</li>
          ))}
        </ol>
      )}
      <p className="bp-preview-cite"><CitationRuns runs={data.citation} /></p>
      <div className="bp-preview-actions">
        <button type="button" className="primary" onClick={onInsert}>Insert at cursor (Enter)</button>
        <button type="button" onClick={onCite} title="Put a note marker citing this passage at the cursor in your own sentence">Cite in my sentence</button>
      </div>
    </section>
  );
}

/** Source title, then the section path; a top section that repeats the title is shown once. */
function sectionPath(title: string, section: readonly string[]): string {
  const parts = [title, ...section].filter(Boolean);
  return parts.filter((p, i) => i === 0 || p !== parts[i - 1]).join(' › ');
}
