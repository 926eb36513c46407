import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** The app's own pages are served from this scheme, never file://. */
export const APP_SCHEME = 'briefpack-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

// Re-exported so the window code and its tests name one policy.
export { CONTENT_SECURITY_POLICY } from '../host/contentSecurityPolicy';

/** Electron's security checklist, as the options every window gets. */
export function secureWindowOptions(preload: string, extra: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {}): BrowserWindowConstructorOptions {
  return {
    ...extra,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** True for URLs of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Refuses every permission request (camera, notifications, …): the app needs none. */
export function applySessionSecurity(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Refuses navigation away from the app and every new window. */
export function lockNavigation(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
