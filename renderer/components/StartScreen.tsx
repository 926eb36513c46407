import { useEffect, useState, type JSX } from 'react';
import type { RecentFile, TemplateInfo } from '../../core/api/contract';
import { api } from '../api/transport';
import { newFromTemplate, openPath, openWithDialog } from '../state/commands';
import { discardEntry, listRecovery, recoverEntry, type RecoveryEntry } from '../state/recoveryList';
import { usePack } from '../state/packStore';

/** New pack from a template, recent files, the sample pack. */
export function StartScreen(): JSX.Element {
  const env = usePack((s) => s.env);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recoverable, setRecoverable] = useState<RecoveryEntry[]>([]);
  useEffect(() => {
    listRecovery().then(setRecoverable, () => setRecoverable([]));
    api.listTemplates({}).then(setTemplates, (e: Error) => usePack.getState().setNotice({ kind: 'error', text: e.message }));
    api.listRecent({}).then(setRecent, () => setRecent([]));
  }, []);
  return (
    <main className="bp-start">
      <h1>Briefpack</h1>
      <p className="bp-lede">Assemble a briefing pack from the library, write around it, and export it with its notes.</p>
      {recoverable.length > 0 && (
        <section className="bp-recover" aria-labelledby="recover-heading" role="region">
          <h2 id="recover-heading">Unsaved work from last time</h2>
          <ul>
            {recoverable.map((r) => (
              <li key={r.key}>
                <strong>{r.title}</strong>
                <span className="bp-path">{r.path ?? 'never saved'}{r.savedAt ? ` · ${r.inPage ? 'kept in this page' : 'autosaved'} ${new Date(r.savedAt).toLocaleString('en-GB')}` : ''}</span>
                <button type="button" className="primary" onClick={() => void recoverEntry(r).then((gone) => gone && setRecoverable((list) => list.filter((x) => x.key !== r.key)))}>Recover</button>
                <button
                  type="button"
                  onClick={() => {
                    if (!window.confirm(`Discard the unsaved work in “${r.title}” for good?`)) return;
                    void discardEntry(r).finally(() => setRecoverable((list) => list.filter((x) => x.key !== r.key)));
                  }}
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">New pack</h2>
        <ul className="bp-template-list">
          {templates.map((t) => (
            <li key={t.name}>
              <button type="button" className="bp-template" onClick={() => void newFromTemplate(t.name)} data-template={t.name}>
                <strong>{t.title}</strong>
                <span>{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open</h2>
        <div className="bp-open-row">
          <button type="button" onClick={() => void openWithDialog()}>Open a pack…</button>
          {env && <button type="button" onClick={() => void openPath(env.samplePath)}>Open the sample pack</button>}
        </div>
        {recent.length > 0 && (
          <>
            <h3>Recent</h3>
            <ul className="bp-recent">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="bp-link" onClick={() => void openPath(r.path)} title={r.path}>
                    {r.title || r.path}
                  </button>
                  <span className="bp-path">{r.path}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}
