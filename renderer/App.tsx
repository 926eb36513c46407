import { useEffect, type JSX } from 'react';
import { api } from './api/transport';
import { usePack } from './state/packStore';
import { StartScreen } from './components/StartScreen';
import { EditorScreen } from './components/EditorScreen';
import { TextPrompt } from './components/TextPrompt';
import { NoticeBar } from './components/NoticeBar';
import { ExportProgressBar } from './components/ExportProgressBar';
import { ConnectionBanner } from './components/ConnectionBanner';
import { startAutosaver } from './commands/autosaver';
import { listenToDesktop } from './api/desktopEvents';
import { desktopCommands } from './commands/desktopCommands';
import { errorNotice } from './commands/errorNotice';

export function App(): JSX.Element {
  const hasFile = usePack((s) => s.file !== null);
  useEffect(() => startAutosaver(), []);
  useEffect(() => listenToDesktop(desktopCommands(() => document.querySelector<HTMLInputElement>('input[aria-label="Search the library"]')?.focus())), []);
  useEffect(() => {
    api.getEnvironment({}).then(
      (env) => usePack.getState().setEnv(env),
      (e: unknown) => usePack.getState().setNotice(errorNotice(e)),
    );
  }, []);
  return (
    <>
      <ConnectionBanner />
      <ExportProgressBar />
      {hasFile ? (
        <EditorScreen />
      ) : (
        <>
          <NoticeBar />
          <StartScreen />
        </>
      )}
      <TextPrompt />
    </>
  );
}
