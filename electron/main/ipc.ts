import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { BriefpackError, contract, OP_NAMES, type BriefpackApi, type OpName } from '../../core/api/contract';
import { isAppUrl } from './security';

export const channelOf = (op: OpName) => `briefpack:${op}`;

/** The IPC reply: errors travel as data, because Electron flattens thrown errors to strings. */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * Handles one IPC request: the sender must be the app's own main frame, and the argument must
 * parse with the operation's schema, before the host sees it.
 */
export async function handleIpc(api: BriefpackApi, op: OpName, senderUrl: string | undefined, isMainFrame: boolean, raw: unknown): Promise<IpcReply> {
  if (!senderUrl || !isMainFrame || !isAppUrl(senderUrl)) {
    return { ok: false, error: { code: 'refused', message: `Refused ${op}: unknown sender.` } };
  }
  const parsed = contract[op].req.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', message: `Invalid ${op} request: ${z.prettifyError(parsed.error)}` } };
  try {
    const call = api[op] as (r: unknown) => Promise<unknown>;
    return { ok: true, result: await call(parsed.data) };
  } catch (e) {
    if (e instanceof BriefpackError) return { ok: false, error: { code: e.code, message: e.message } };
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: BriefpackApi): void {
  for (const op of OP_NAMES) {
    ipcMain.handle(channelOf(op), (event: IpcMainInvokeEvent, raw: unknown) => {
      const frame = event.senderFrame;
      return handleIpc(api, op, frame?.url, frame !== null && frame === event.sender.mainFrame, raw);
    });
  }
}
