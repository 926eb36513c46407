import { useState, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { useLibraryItem } from '../../library/useLibraryItem';
import { CitationRuns } from '../../library/CitationRuns';
import { $isLibraryBlockNode } from './LibraryBlockNode';
import { useNoteNumbers } from '../noteNumbers';
import { PRINTED, recommendationLabel } from '../../../core/pack/printedWords';

interface Props {
  nodeKey: NodeKey;
  kind: 'excerpt' | 'recommendation';
  refValue: LibraryRef;
}

/** The editor's view of a library block: locked text, its citation, and the unlock to adapt. */
export function LibraryBlockView({ nodeKey, kind, refValue }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const view = useLibraryItem(refValue.id);
  const noteNumber = useNoteNumbers((s) => s.numbers[nodeKey]);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(refValue.text);
  const item = view.data?.item;
  const changed = item !== undefined && item.text !== refValue.text;

  const commit = () => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isLibraryBlockNode(node)) node.setText(draft);
    });
    setEditing(false);
  };

  return (
    <figure className={`bp-library-block ${kind}${refValue.adapted ? ' adapted' : ''}`} data-library-id={refValue.id} aria-label={kind === 'excerpt' ? 'Quotation from the library' : 'Recommendation from the library'}>
      {kind === 'recommendation' && item?.kind === 'recommendation' && (
        <div className="bp-rec-head">
          <span className="bp-rec-number">{recommendationLabel(item.number, item.heading)}</span>
          {item.horizon && <span className="bp-rec-horizon">{item.horizon}</span>}
        </div>
      )}
      {editing ? (
        <textarea aria-label="Adapted text" className="bp-adapt" value={draft} onChange={(e) => setDraft(e.target.value)} rows={6} />
      ) : (
        <blockquote className="bp-quote-text">
          {refValue.text}
          {/* As export prints it (core/prepare): a changed quotation is printed as adapted too. */}
          {(refValue.adapted || changed) && <em className="bp-adapted-inline">{PRINTED.adapted}</em>}
          <sup className="bp-note">{noteNumber ?? ''}</sup>
        </blockquote>
      )}
      <figcaption className="bp-citation">
        {refValue.adapted && <strong className="bp-adapted-mark">Adapted from source · </strong>}
        {changed && !refValue.adapted && <strong className="bp-changed-mark">No longer matches the library · </strong>}
        {view.error ? <span className="bp-error">{view.error}</span> : view.data ? <CitationRuns runs={view.data.citation} /> : 'Loading citation…'}
        <span className="bp-block-actions">
          {editing ? (
            <>
              <button type="button" onClick={commit}>Keep adaptation</button>
              <button type="button" onClick={() => setEditing(false)}>Cancel</button>
            </>
          ) : (
            <button type="button" onClick={() => { setDraft(refValue.text); setEditing(true); }} title="Unlock the text to adapt it; the note will say it is adapted">
              Unlock to adapt
            </button>
          )}
        </span>
      </figcaption>
    </figure>
  );
}
