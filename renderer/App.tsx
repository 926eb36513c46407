import { useEffect, type JSX } from 'react';
import { api } from './api/transport';
import { usePack } from './state/packStore';
import { StartScreen } from './components/StartScreen';
import { EditorScreen } from './components/EditorScreen';
import { TextPrompt } from './components/TextPrompt';
import { NoticeBar } from './components/NoticeBar';
import { ExportProgressBar } from './components/ExportProgressBar';
import { ConnectionBanner } from './components/ConnectionBanner';
import { startAutosaver } from './state/autosaver';
import { listenToDesktop } from './api/desktopEvents';

export function App(): JSX.Element {
  const hasFile = usePack((s) => s.file !== null);
  useEffect(() => startAutosaver(), []);
  useEffect(() => listenToDesktop(() => document.querySelector<HTMLInputElement>('input[aria-label="Search the library"]')?.focus()), []);
  useEffect(() => {
    api.getEnvironment({}).then(
      (env) => usePack.getState().setEnv(env),
      (e: Error) => usePack.getState().setNotice({ kind: 'error', text: e.message }),
    );
  }, []);
  return (
    <>
      <ConnectionBanner />
      <NoticeBar />
      <ExportProgressBar />
      {hasFile ? <EditorScreen /> : <StartScreen />}
      <TextPrompt />
    </>
  );
}
