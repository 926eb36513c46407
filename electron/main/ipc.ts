import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type ApiReply, type BriefpackApi, type OpName } from '../../core/api/contract';
import { OP_NAMES } from '../../core/api/opNames';
import { dispatch } from '../host/dispatch';
import { isAppUrl } from './security';

export const channelOf = (op: OpName) => `briefpack:${op}`;

/**
 * Operations whose request the host parses and checks off the main thread, with the same schema
 * (exportPack: on the export worker, so a 30 MB pack does not hold up the window while zod reads it).
 */
export type UncheckedOps = Partial<Record<OpName, (raw: unknown) => Promise<ApiReply>>>;

/**
 * Handles one IPC request: the sender must be the app's own main frame, and the argument must
 * parse with the operation's schema, before the host sees it (here, or for `unchecked`
 * operations where the host does the work).
 */
export async function handleIpc(api: BriefpackApi, op: OpName, senderUrl: string | undefined, isMainFrame: boolean, raw: unknown, unchecked: UncheckedOps = {}): Promise<ApiReply> {
  if (!senderUrl || !isMainFrame || !isAppUrl(senderUrl)) {
    return { ok: false, error: { code: 'refused', message: `Refused ${op}: unknown sender.` } };
  }
  const elsewhere = unchecked[op];
  return elsewhere ? elsewhere(raw) : dispatch(api, op, raw);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: BriefpackApi, unchecked: UncheckedOps = {}): void {
  for (const op of OP_NAMES) {
    ipcMain.handle(channelOf(op), (event: IpcMainInvokeEvent, raw: unknown) => {
      const frame = event.senderFrame;
      return handleIpc(api, op, frame?.url, frame !== null && frame === event.sender.mainFrame, raw, unchecked);
    });
  }
}
