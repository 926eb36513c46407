import { useEffect, useRef, useState, type JSX } from 'react';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import type { LibraryRef } from '../../../core/pack/schema';
import { isFaithfulQuotation } from '../../../core/pack/quotation';
import { useLibraryItem } from '../../api/libraryItems';
import { CitationRuns } from '../../ui/CitationRuns';
import { $isLibraryBlockNode, type LibraryBlockNode } from './LibraryBlockNode';
import { useNoteNumbers } from '../../state/noteNumbers';
import { PRINTED, recommendationLabel } from '../../../core/pack/printedWords';

interface Props {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  kind: 'excerpt' | 'recommendation';
  refValue: LibraryRef;
}

/** The editor's view of a library block: locked text, its citation, and the unlock to adapt. */
export function LibraryBlockView({ editor, nodeKey, kind, refValue }: Props): JSX.Element {
  const view = useLibraryItem(refValue.id);
  const noteNumber = useNoteNumbers((s) => s.numbers[nodeKey]);
  const [editing, setEditing] = useState(false);
  // Keyboard users stay put: the text area takes focus on unlock, and the unlock button gets it
  // back when the adaptation is kept or cancelled.
  const unlock = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) unlock.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const [draft, setDraft] = useState(refValue.text);
  const item = view.data?.item;
  const changed = item !== undefined && !isFaithfulQuotation(refValue.text, item.text);
  // The library's own text is not what it was when the passage was inserted (a correction).
  const libraryChanged = item !== undefined && refValue.sourceText !== item.text;

  const change = (edit: (node: LibraryBlockNode) => void) => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isLibraryBlockNode(node)) edit(node);
    });
    setEditing(false);
  };
  const commit = () => change((node) => node.setText(draft));

  return (
    <figure className={`bp-library-block ${kind}${refValue.adapted ? ' adapted' : ''}`} data-library-id={refValue.id} aria-label={kind === 'excerpt' ? 'Quotation from the library' : 'Recommendation from the library'}>
      {kind === 'recommendation' && item?.kind === 'recommendation' && (
        <div className="bp-rec-head">
          <span className="bp-rec-number">{recommendationLabel(item.number, item.heading)}</span>
          {item.horizon && <span className="bp-rec-horizon">{item.horizon}</span>}
        </div>
      )}
      {editing ? (
        <textarea
          aria-label="Adapted text"
          className="bp-adapt"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setEditing(false);
            }
          }}
          rows={6}
          autoFocus
        />
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
            <>
              <button ref={unlock} type="button" onClick={() => { setDraft(refValue.text); setEditing(true); }} title="Unlock the text to adapt it; the note will say it is adapted">
                Unlock to adapt
              </button>
              {refValue.adapted && !libraryChanged && (
                <button type="button" onClick={() => change((node) => node.restoreOriginal())} title="Put back the library's exact words; the note no longer says adapted">
                  Restore original
                </button>
              )}
              {libraryChanged && item && (
                <button type="button" onClick={() => change((node) => node.takeLibraryText(item))} title="The library has corrected this passage since it was inserted: quote its text as it is now; the note no longer says adapted">
                  Use the library’s text
                </button>
              )}
            </>
          )}
        </span>
      </figcaption>
    </figure>
  );
}
