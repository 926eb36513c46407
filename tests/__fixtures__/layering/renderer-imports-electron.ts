// as: renderer/probe.ts
// lint: no-restricted-imports
import { ipcRenderer } from 'electron';
export const probe = ipcRenderer;
