import { useEffect, useRef, useState, type JSX } from 'react';
import { useEditorDigest } from '../editor/useEditorDigest';
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { usePack } from '../state/packStore';
import { $moveSection, $readOutline, sectionMoveTarget, type OutlineEntry } from '../editor/outline';
import { formatSpeakingTime, speakingSeconds } from '../../core/pack/speakingTime';

const DRAG_TYPE = 'application/x-briefpack-section';

/** Sections as a tree: click or Enter to jump, drag or Alt+Shift+Up/Down to reorder, speaking time per section. */
export function OutlinePane(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const wpm = usePack((s) => s.file?.pack.settings.wordsPerMinute ?? 140);
  const entries = useEditorDigest<OutlineEntry[]>(editor, $readOutline, []);

  const jump = (key: string) => {
    // As Word's navigation pane: the caret goes to the end of the heading, ready to write.
    editor.update(() => $getNodeByKey(key)?.selectEnd());
    editor.focus();
    editor.getElementByKey(key)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  // The caret stays where it is in the text, and focus stays in the outline.
  const move = (from: string, before: string | null) => editor.update(() => $moveSection(from, before), { tag: SKIP_DOM_SELECTION_TAG });
  const list = useRef<HTMLOListElement>(null);
  // The section just moved from the keyboard keeps focus once the outline has caught up.
  const moved = useRef<string | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!moved.current) return;
    // Only if focus is still in the outline (or was dropped when the list reordered): never
    // pull it back from wherever the user has gone since.
    const active = document.activeElement;
    if (active === document.body || list.current?.contains(active)) list.current?.querySelector<HTMLButtonElement>(`button[data-key="${moved.current}"]`)?.focus();
    moved.current = null;
  }, [entries]);
  const moveByKey = (key: string, direction: 'up' | 'down') => {
    // Read the outline now: the shown one catches up only after typing pauses.
    const fresh = editor.getEditorState().read($readOutline);
    const index = fresh.findIndex((e) => e.key === key);
    const entry = fresh[index];
    if (!entry) return;
    const before = sectionMoveTarget(fresh, index, direction);
    if (before === undefined) {
      setSaid(`“${entry.text}” cannot move further ${direction}.`);
      return;
    }
    moved.current = entry.key;
    move(entry.key, before);
    setSaid(`Moved “${entry.text}” ${direction}.`);
  };

  return (
    <nav className="bp-outline" aria-label="Outline">
      <h2>Outline</h2>
      <ol ref={list}>
        {entries.map((e) => (
          <li
            key={e.key}
            className={`lvl${e.level}`}
            draggable
            onDragStart={(ev) => ev.dataTransfer.setData(DRAG_TYPE, e.key)}
            onDragOver={(ev) => ev.dataTransfer.types.includes(DRAG_TYPE) && ev.preventDefault()}
            onDrop={(ev) => {
              ev.preventDefault();
              move(ev.dataTransfer.getData(DRAG_TYPE), e.key);
            }}
          >
            <button
              type="button"
              className="bp-outline-link"
              onClick={() => jump(e.key)}
              onKeyDown={(ev) => {
                if (!ev.altKey || !ev.shiftKey || (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown')) return;
                ev.preventDefault();
                moveByKey(e.key, ev.key === 'ArrowUp' ? 'up' : 'down');
              }}
              title="Go to this section. Alt+Shift+Up or Down moves it with everything under it."
              data-key={e.key}
            >
              {e.text}
            </button>
            <span className="bp-outline-time" title={`${e.words} words`}>{formatSpeakingTime(speakingSeconds(e.words, wpm))}</span>
          </li>
        ))}
      </ol>
      <div
        className="bp-outline-end"
        onDragOver={(ev) => ev.dataTransfer.types.includes(DRAG_TYPE) && ev.preventDefault()}
        onDrop={(ev) => {
          ev.preventDefault();
          move(ev.dataTransfer.getData(DRAG_TYPE), null);
        }}
      >
        Drop here to move to the end
      </div>
      <p className="bp-visually-hidden" aria-live="polite">{said}</p>
    </nav>
  );
}
