import { exportAs, openPath, openWithDialog, save, confirmDiscard } from '../state/commands';
import { usePack } from '../state/packStore';
import { IMPORT_INPUT_ID } from '../library/import/ImportButton';
import type { DesktopEvents, MenuCommand } from '../../core/api/desktopEvents';

declare global {
  interface Window {
    briefpackEvents?: DesktopEvents;
  }
}

/** Native menu commands and OS file-open requests (Electron only; absent in web mode). */
export function listenToDesktop(focusSearch: () => void): void {
  const events = window.briefpackEvents;
  if (!events) return;
  events.onMenu((command: MenuCommand) => {
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
      case 'import-source':
        return document.getElementById(IMPORT_INPUT_ID)?.click();
      case 'about':
        usePack.getState().setNotice({ kind: 'info', text: 'Briefpack: briefing packs with verbatim, footnoted citations.' });
        return;
      default:
        // A command added to MENU_COMMANDS without a case here fails to compile.
        return command satisfies never;
    }
  });
  events.onOpenFile((path) => void openPath(path));
  const initial = new URLSearchParams(location.hash.slice(1)).get('open');
  if (initial) void openPath(initial);
}
