import { useEffect, type JSX } from 'react';
import { usePack } from '../state/packStore';

/** How long a confirmation ("Saved …") stays: long enough to read, short enough not to linger. */
export const INFO_NOTICE_MS = 6000;

/**
 * Errors and confirmations, announced to screen readers, in a row of their own just above the
 * status bar (or at the top of the start screen): never over the text, never pushing the
 * status bar out of the window. Info leaves by itself; warnings and errors stay until
 * dismissed, with the technical text behind "Details" when there is one.
 */
export function NoticeBar(): JSX.Element | null {
  const notice = usePack((s) => s.notice);
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => {
      if (usePack.getState().notice === notice) usePack.getState().setNotice(null);
    }, INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className={`bp-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span className="bp-notice-text">{notice.text}</span>
      {notice.details && (
        <details className="bp-notice-details">
          <summary>Details</summary>
          <pre>{notice.details}</pre>
        </details>
      )}
      <button type="button" aria-label="Dismiss" onClick={() => usePack.getState().setNotice(null)}>×</button>
    </div>
  );
}
