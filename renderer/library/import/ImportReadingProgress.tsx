import type { JSX } from 'react';
import { api } from '../../api/transport';
import { usePolledStatus } from '../../ui/usePolledStatus';

/**
 * While the host reads a dropped file: the pages of a PDF counted as they are read (the host is
 * asked every quarter second, as for exports), else a bar that only says it is busy.
 */
export function ImportReadingProgress({ fileName }: { fileName: string | null }): JSX.Element {
  const status = usePolledStatus(fileName ?? '', () => api.importStatus({}));
  const pages = status?.reading && status.fileName === fileName && status.total > 0 ? status : null;
  return (
    <div className="bp-import-progress">
      <progress aria-label={`Reading ${fileName ?? 'the file'}`} {...(pages ? { max: pages.total, value: pages.done } : {})} />
      <p role="status">{pages ? `Read page ${pages.done} of ${pages.total}.` : 'Reading the file…'}</p>
      <p>Cleaning the text: removing page numbers, running heads and line-end hyphens.</p>
    </div>
  );
}
