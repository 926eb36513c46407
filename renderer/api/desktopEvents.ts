import type { DesktopEvents, MenuCommand } from '../../core/api/desktopEvents';

declare global {
  interface Window {
    briefpackEvents?: DesktopEvents;
  }
}

/** What the app does for each menu command and for a file the OS asks it to open. */
export interface DesktopHandlers {
  menu: Record<MenuCommand, () => void>;
  openFile(path: string): void;
}

/**
 * Native menu commands and OS file-open requests (Electron only; absent in web mode). The one
 * place that listens to `window.briefpackEvents`; what each command does is handed in
 * (renderer/commands/desktopCommands.ts), so the transport layer imports no app code.
 */
export function listenToDesktop(handlers: DesktopHandlers): void {
  const events = window.briefpackEvents;
  if (!events) return;
  events.onMenu((command) => handlers.menu[command]());
  events.onOpenFile((path) => handlers.openFile(path));
  const initial = new URLSearchParams(location.hash.slice(1)).get('open');
  if (initial) handlers.openFile(initial);
}
