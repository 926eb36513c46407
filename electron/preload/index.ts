import { contextBridge, ipcRenderer } from 'electron';
import { OP_NAMES } from '../../core/api/opNames';
import { DESKTOP_EVENT_CHANNELS, isMenuCommand, type DesktopEvents } from '../../core/api/desktopEvents';

// Exactly one function per BriefpackApi operation: never a generic channel. Replies carry
// errors as data ({ ok: false, error }); the renderer's transport turns them back into errors.
const api = Object.fromEntries(OP_NAMES.map((op) => [op, (req: unknown) => ipcRenderer.invoke(`briefpack:${op}`, req)]));

contextBridge.exposeInMainWorld('briefpackIpc', Object.freeze(api));

// Menu commands and files opened from the OS (second launch, file association) arrive as
// events; only their string payload crosses, never the IPC event object.
const events: DesktopEvents = {
  onMenu: (listener) => {
    ipcRenderer.on(DESKTOP_EVENT_CHANNELS.menu, (_e, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    });
  },
  onOpenFile: (listener) => {
    ipcRenderer.on(DESKTOP_EVENT_CHANNELS.openFile, (_e, path: unknown) => {
      if (typeof path === 'string') listener(path);
    });
  },
};
contextBridge.exposeInMainWorld('briefpackEvents', Object.freeze(events));
