import type { JSX } from 'react';
import type { ExportProgress, ExportFormat } from '../../core/api/contract';
import { api } from '../api/transport';
import { useExporting } from '../state/exporting';
import { usePolledStatus } from '../ui/usePolledStatus';

function describe(format: ExportFormat, p: ExportProgress | null): string {
  const what = `Exporting ${format.toUpperCase()}`;
  if (!p) return `${what}…`;
  if (p.stage === 'drawing' && p.total > 0) return `${what}: drawing page ${p.done + 1} of ${p.total}…`;
  return `${what}: ${p.stage}…`;
}

/**
 * While an export runs (on the host's worker thread), where it is and a way to stop it. The
 * host is asked every quarter second; its answers come from the thread that stays free.
 */
export function ExportProgressBar(): JSX.Element | null {
  const format = useExporting((s) => s.format);
  const progress = usePolledStatus(format, () => api.exportStatus({}))?.progress ?? null;
  if (!format) return null;
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className="bp-notice info bp-export-progress" role="status">
      <span>{describe(format, progress)}</span>
      <progress max={1} value={fraction} aria-label="Export progress" />
      <button type="button" className="bp-cancel-export" onClick={() => void api.cancelExport({})}>
        Cancel export
      </button>
    </div>
  );
}
