import type { JSX } from 'react';
import { acceptImport, cancelImport, useImport } from './importStore';
import { MetadataForm } from './MetadataForm';
import { ImportReadingProgress } from './ImportReadingProgress';

/** The import as the user sees it: progress while the file is read, then the report and the form. */
export function ImportDialog(): JSX.Element | null {
  const { phase, fileName, preview, error } = useImport();
  if (phase === 'idle') return null;
  return (
    <div className="bp-modal-backdrop" role="presentation">
      <div className="bp-modal bp-import" role="dialog" aria-label={`Import ${fileName ?? 'a source'}`} onKeyDown={(e) => e.key === 'Escape' && cancelImport()}>
        <h2>Import {fileName}</h2>
        {phase === 'reading' && <ImportReadingProgress fileName={fileName} />}
        {error && (
          <>
            <p className="bp-error" role="alert">{error}</p>
            <div className="bp-modal-actions">
              <button type="button" className="primary" onClick={cancelImport} autoFocus>Close</button>
            </div>
          </>
        )}
        {preview && !error && (
          <>
            <section aria-label="Import report" className="bp-import-report">
              <ul>
                {preview.report.map((line, i) => (
                  <li key={i}>{line.trim()}</li>
                ))}
              </ul>
            </section>
            <MetadataForm
              key={preview.importId}
              csl={preview.file.source.csl}
              guessed={preview.file.guessed}
              busy={phase === 'saving'}
              onAccept={(values) => void acceptImport(values)}
              onCancel={cancelImport}
            />
          </>
        )}
      </div>
    </div>
  );
}
