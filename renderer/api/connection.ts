import { create } from 'zustand';

/** How often a page that lost its server tries again. */
export const RECONNECT_MS = 1000;

export const OFFLINE_MESSAGE =
  'Briefpack (the briefpack serve command) has stopped. Your text is kept in this page: start `briefpack serve` again in the same folder and this page reconnects by itself.';

interface ConnectionState {
  online: boolean;
}

/** Whether web mode's server answers. Electron's main process never goes away under the page. */
export const useConnection = create<ConnectionState>(() => ({ online: true }));

let probing: ReturnType<typeof setInterval> | undefined;

/**
 * The server did not answer: say so, and ask again every second until it does. `probe` is a
 * cheap request that resolves once the server answers with the page's token (it keeps its
 * port and token across restarts, so the same address works).
 */
export function lostServer(probe: () => Promise<boolean>): void {
  useConnection.setState({ online: false });
  if (probing) return;
  probing = setInterval(() => {
    void probe().then(
      (answered) => {
        if (!answered || !probing) return;
        clearInterval(probing);
        probing = undefined;
        useConnection.setState({ online: true });
      },
      () => undefined,
    );
  }, RECONNECT_MS);
}
