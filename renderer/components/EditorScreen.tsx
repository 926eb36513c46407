import { useEffect, useRef, useState, type JSX } from 'react';
import { usePack } from '../state/packStore';
import { PackComposer, PackEditor } from '../editor/PackEditor';
import { activeEditor } from '../editor/activeEditor';
import { LibraryPanel } from '../library/LibraryPanel';
import { Toolbar } from './Toolbar';
import { CoverPanel } from './CoverPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatusBar } from './StatusBar';
import { NoticeBar } from './NoticeBar';
import { OutlinePane } from './OutlinePane';
import { FindBar } from './FindBar';
import { syncSelectionFromDom } from '../editor/syncSelectionFromDom';
import { confirmDiscard, exportAs, openWithDialog, save } from '../commands/commands';

/** The pack being edited: toolbar, cover, text, library beside it, status below. */
export function EditorScreen(): JSX.Element | null {
  const file = usePack((s) => s.file);
  const generation = usePack((s) => s.generation);
  const searchRef = useRef<HTMLInputElement>(null);
  // Counts Ctrl+F presses, so a second one puts focus back in the open find box.
  const [finding, setFinding] = useState(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      const run = (f: () => void) => {
        e.preventDefault();
        f();
      };
      if (key === 's') run(() => void save(e.shiftKey));
      else if (key === 'o') run(() => void openWithDialog());
      else if (key === 'k') run(() => {
        const editor = activeEditor();
        if (editor) syncSelectionFromDom(editor);
        // Select the last query so typing starts a new search, as in a browser's address bar.
        searchRef.current?.focus();
        searchRef.current?.select();
      });
      else if (key === 'f' && !e.altKey) run(() => {
        // Remember the caret exactly (see syncSelectionFromDom), so Escape can put it back.
        const editor = activeEditor();
        if (editor) syncSelectionFromDom(editor);
        setFinding((n) => n + 1);
      });
      else if (key === 'e') run(() => void exportAs(e.shiftKey ? 'pdf' : 'docx'));
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (usePack.getState().dirty) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  if (!file) return null;
  return (
    <PackComposer key={generation} body={file.pack.body}>
    <div className="bp-editor-screen">
      <Toolbar onClose={() => confirmDiscard() && usePack.getState().close()} />
      {finding > 0 && <FindBar focusRequest={finding} onClose={() => { setFinding(0); activeEditor()?.focus(); }} />}
      <div className="bp-columns">
        <OutlinePane />
        <main className="bp-document">
          <CoverPanel />
          <SettingsPanel />
          <PackEditor />
        </main>
        <LibraryPanel inputRef={searchRef} />
      </div>
      <NoticeBar />
      <StatusBar />
    </div>
    </PackComposer>
  );
}
