import { contextBridge, ipcRenderer } from 'electron';
import { OP_NAMES } from '../../core/api/opNames';

// Exactly one function per BriefpackApi operation: never a generic channel. Replies carry
// errors as data ({ ok: false, error }); the renderer's transport turns them back into errors.
const api = Object.fromEntries(OP_NAMES.map((op) => [op, (req: unknown) => ipcRenderer.invoke(`briefpack:${op}`, req)]));

contextBridge.exposeInMainWorld('briefpackIpc', Object.freeze(api));
