import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { DESKTOP_EVENT_CHANNELS, type DesktopEventPayloads } from '../../core/api/desktopEvents';

/**
 * Native menus. Commands the renderer owns (new, open, save, export, insert) are sent to it as
 * menu events; the Edit menu uses Electron's roles so platform shortcuts behave natively.
 */
export function buildMenu(win: () => BrowserWindow | null): void {
  const send = (command: DesktopEventPayloads['menu']) => () => win()?.webContents.send(DESKTOP_EVENT_CHANNELS.menu, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Pack…', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Export DOCX…', accelerator: 'CmdOrCtrl+E', click: send('export-docx') },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-pdf') },
        { type: 'separator' },
        { label: 'Import Source into My Library…', accelerator: 'CmdOrCtrl+Shift+I', click: send('import-source') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'Insert', submenu: [{ label: 'Search Library…', accelerator: 'CmdOrCtrl+K', click: send('search') }] },
    { role: 'viewMenu' },
    { role: 'help', submenu: [{ label: 'About Briefpack', click: send('about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
