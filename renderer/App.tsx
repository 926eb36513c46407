import { useEffect, type JSX } from 'react';
import { api } from './api/transport';
import { usePack } from './state/packStore';
import { StartScreen } from './components/StartScreen';
import { EditorScreen } from './components/EditorScreen';
import { PathPrompt } from './components/PathPrompt';
import { NoticeBar } from './components/NoticeBar';

export function App(): JSX.Element {
  const hasFile = usePack((s) => s.file !== null);
  useEffect(() => {
    api.getEnvironment({}).then(
      (env) => usePack.getState().setEnv(env),
      (e: Error) => usePack.getState().setNotice({ kind: 'error', text: e.message }),
    );
  }, []);
  return (
    <>
      <NoticeBar />
      {hasFile ? <EditorScreen /> : <StartScreen />}
      <PathPrompt />
    </>
  );
}
