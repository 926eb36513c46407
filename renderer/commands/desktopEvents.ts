import { exportAs, openPath, openWithDialog, save, confirmDiscard } from './commands';
import { usePack } from '../state/packStore';

interface DesktopEvents {
  onMenu(listener: (command: string) => void): void;
  onOpenFile(listener: (path: string) => void): void;
}

declare global {
  interface Window {
    briefpackEvents?: DesktopEvents;
  }
}

/** Native menu commands and OS file-open requests (Electron only; absent in web mode). */
export function listenToDesktop(focusSearch: () => void): void {
  const events = window.briefpackEvents;
  if (!events) return;
  events.onMenu((command) => {
    switch (command) {
      case 'new':
        if (confirmDiscard()) usePack.getState().close();
        return;
      case 'open':
        return void openWithDialog();
      case 'save':
        return void save();
      case 'save-as':
        return void save(true);
      case 'export-docx':
        return void exportAs('docx');
      case 'export-pdf':
        return void exportAs('pdf');
      case 'search':
        return focusSearch();
      case 'about':
        usePack.getState().setNotice({ kind: 'info', text: 'Briefpack: briefing packs with verbatim, footnoted citations.' });
    }
  });
  events.onOpenFile((path) => void openPath(path));
  const initial = new URLSearchParams(location.hash.slice(1)).get('open');
  if (initial) void openPath(initial);
}
