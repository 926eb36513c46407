import type { JSX } from 'react';
import { usePack } from '../state/packStore';

/** Errors and confirmations, announced to screen readers; errors stay until dismissed. */
export function NoticeBar(): JSX.Element | null {
  const notice = usePack((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`bp-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={() => usePack.getState().setNotice(null)}>×</button>
    </div>
  );
}
