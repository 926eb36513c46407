import { contextBridge, ipcRenderer } from 'electron';
import { OP_NAMES } from '../../core/api/opNames';

// Exactly one function per BriefpackApi operation: never a generic channel. Replies carry
// errors as data ({ ok: false, error }); the renderer's transport turns them back into errors.
const api = Object.fromEntries(OP_NAMES.map((op) => [op, (req: unknown) => ipcRenderer.invoke(`briefpack:${op}`, req)]));

contextBridge.exposeInMainWorld('briefpackIpc', Object.freeze(api));

// Menu commands and files opened from the OS (second launch, file association) arrive as
// events; only their string payload crosses, never the IPC event object.
const MENU_COMMANDS = new Set(['new', 'open', 'save', 'save-as', 'export-docx', 'export-pdf', 'search', 'about']);
contextBridge.exposeInMainWorld(
  'briefpackEvents',
  Object.freeze({
    onMenu: (listener: (command: string) => void) => {
      ipcRenderer.on('briefpack:menu', (_e, command: unknown) => {
        if (typeof command === 'string' && MENU_COMMANDS.has(command)) listener(command);
      });
    },
    onOpenFile: (listener: (path: string) => void) => {
      ipcRenderer.on('briefpack:open-file', (_e, path: unknown) => {
        if (typeof path === 'string') listener(path);
      });
    },
  }),
);
