import * as z from 'zod';
import { BriefpackError, contract, type ApiReply, type BriefpackApi, type OpName } from '../../core/api/contract';

/**
 * Parses a request from the page with its operation's schema and calls the host: the one path
 * by which Electron IPC and web mode reach BriefpackApi, so they cannot treat a request differently.
 */
export async function dispatch(api: BriefpackApi, op: OpName, raw: unknown): Promise<ApiReply> {
  const parsed = contract[op].req.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', message: `Invalid ${op} request: ${z.prettifyError(parsed.error)}` } };
  const call = api[op] as (r: unknown) => Promise<unknown>;
  return replyOf(op, () => call(parsed.data));
}

/**
 * A host call's outcome as a reply: a BriefpackError keeps its code and sentence, anything else
 * is logged and reported as internal. Also for calls that parse their own request elsewhere
 * (web mode hands a large exportPack body to the export worker unparsed).
 */
export async function replyOf(op: OpName, call: () => Promise<unknown>): Promise<ApiReply> {
  try {
    return { ok: true, result: await call() };
  } catch (e) {
    if (e instanceof BriefpackError) return { ok: false, error: { code: e.code, message: e.message } };
    console.error(`briefpack: ${op} failed:`, e);
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}
