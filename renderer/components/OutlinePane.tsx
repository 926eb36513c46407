import type { JSX } from 'react';
import { useEditorDigest } from '../editor/useEditorDigest';
import { usePack } from '../state/packStore';
import { $moveSection, $readOutline, type OutlineEntry } from '../editor/outline';
import { formatSpeakingTime, speakingSeconds } from '../../core/pack/speakingTime';

const DRAG_TYPE = 'application/x-briefpack-section';

/** Sections as a tree: click to jump, drag to reorder, speaking time per section. */
export function OutlinePane(): JSX.Element {
  const editor = usePack((s) => s.editor);
  const wpm = usePack((s) => s.file?.pack.settings.wordsPerMinute ?? 140);
  const entries = useEditorDigest<OutlineEntry[]>(editor, $readOutline, []);

  const jump = (key: string) => {
    editor?.getElementByKey(key)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  const move = (from: string, before: string | null) => editor?.update(() => $moveSection(from, before));

  return (
    <nav className="bp-outline" aria-label="Outline">
      <h2>Outline</h2>
      <ol>
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
            <button type="button" className="bp-outline-link" onClick={() => jump(e.key)} data-key={e.key}>
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
    </nav>
  );
}
