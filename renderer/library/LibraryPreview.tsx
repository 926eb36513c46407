import { useId, useState, type JSX } from 'react';
import { quoteSentences } from '../../core/pack/quotation';
import { SentencePicker } from './SentencePicker';
import { useLibraryItem } from '../api/libraryItems';
import { CitationRuns } from '../ui/CitationRuns';
import { primaryLocator } from '../../core/library/primaryLocator';

/** The whole passage, its notes, where it sits, its citation as it will print, and its neighbours. */
export function LibraryPreview({ id, onInsert, onCite }: { id: string; onInsert: (text?: string) => void; onCite: () => void }): JSX.Element {
  const { data, error } = useLibraryItem(id);
  const [chosen, setChosen] = useState<{ id: string; sentences: Set<number> }>({ id, sentences: new Set() });
  const domId = useId();
  // A new passage starts with nothing chosen.
  const sentences = chosen.id === id ? chosen.sentences : new Set<number>();
  if (error) return <section className="bp-preview bp-error">{error}</section>;
  if (!data) return <section className="bp-preview">Loading…</section>;
  const { item } = data;
  const insert = () => onInsert(sentences.size ? quoteSentences(item.text, [...sentences]) : undefined);
  const { section } = primaryLocator(item);
  return (
    <section className="bp-preview" aria-label="Preview">
      <p className="bp-preview-path">{sectionPath(data.sourceTitle, section)}</p>
      {data.previous && <p className="bp-neighbour">… {data.previous.text.slice(-180)}</p>}
      <SentencePicker id={domId} text={item.text} chosen={sentences} onChange={(next) => setChosen({ id, sentences: next })} onInsert={() => insert()} />
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
        <button type="button" className="primary" onClick={insert}>
          {sentences.size ? `Insert ${sentences.size} chosen sentence${sentences.size === 1 ? '' : 's'}` : 'Insert at cursor (Enter)'}
        </button>
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
