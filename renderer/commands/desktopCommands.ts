import type { DesktopHandlers } from '../api/desktopEvents';
import { usePack } from '../state/packStore';
import { confirmDiscard, exportAs, openPath, openWithDialog, save } from './commands';
import { IMPORT_INPUT_ID } from '../ui/importInputId';

/**
 * What each native menu command does. A Record over MenuCommand, so a command added to
 * MENU_COMMANDS without an entry here fails to compile.
 */
export function desktopCommands(focusSearch: () => void): DesktopHandlers {
  return {
    menu: {
      new: () => {
        if (confirmDiscard()) usePack.getState().close();
      },
      open: () => void openWithDialog(),
      save: () => void save(),
      'save-as': () => void save(true),
      'export-docx': () => void exportAs('docx'),
      'export-pdf': () => void exportAs('pdf'),
      search: focusSearch,
      'import-source': () => document.getElementById(IMPORT_INPUT_ID)?.click(),
      about: () => usePack.getState().setNotice({ kind: 'info', text: 'Briefpack: briefing packs with verbatim, footnoted citations.' }),
    },
    openFile: (path) => void openPath(path),
  };
}
