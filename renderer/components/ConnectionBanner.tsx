import type { JSX } from 'react';
import { OFFLINE_MESSAGE, useConnection } from '../api/connection';

/** Web mode only: the server has stopped; the page keeps the text and reconnects by itself. */
export function ConnectionBanner(): JSX.Element | null {
  const online = useConnection((s) => s.online);
  if (online) return null;
  return (
    <div className="bp-notice error bp-offline" role="alert">
      <span>{OFFLINE_MESSAGE}</span>
    </div>
  );
}
