/**
 * What the Electron main process sends the renderer unasked: native menu commands and files
 * the OS asks the app to open. Listed once, for electron/main (which sends), electron/preload
 * (which checks each payload before it crosses) and renderer/api/desktopEvents.ts (which acts
 * on them). Plain data without zod, like opNames.ts, so the preload bundle stays small.
 */

export const MENU_COMMANDS = ['new', 'open', 'save', 'save-as', 'export-docx', 'export-pdf', 'import-source', 'search', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The IPC channel of each event, main to renderer. */
export const DESKTOP_EVENT_CHANNELS = {
  menu: 'briefpack:menu',
  openFile: 'briefpack:open-file',
} as const;

/** The payload each channel carries. */
export interface DesktopEventPayloads {
  menu: MenuCommand;
  openFile: string;
}

/** What the preload script exposes as `window.briefpackEvents`. */
export interface DesktopEvents {
  onMenu(listener: (command: MenuCommand) => void): void;
  onOpenFile(listener: (path: string) => void): void;
}
