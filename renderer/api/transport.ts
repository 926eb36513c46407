import type { ApiReply, BriefpackApi, OpName } from '../../core/api/contract';
import { OP_NAMES } from '../../core/api/opNames';
import { lostServer, OFFLINE_MESSAGE } from './connection';

/** An API failure, with the host's code and a sentence for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Reply = ApiReply;
type Send = (op: OpName, req: unknown) => Promise<Reply>;

declare global {
  interface Window {
    briefpackIpc?: Record<OpName, (req: unknown) => Promise<Reply>>;
  }
}

function apiOver(send: Send): BriefpackApi {
  const api = {} as Record<OpName, (req: unknown) => Promise<unknown>>;
  for (const op of OP_NAMES) {
    api[op] = async (req) => {
      const reply = await send(op, req);
      if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
      return reply.result;
    };
  }
  return api as unknown as BriefpackApi;
}

/** Electron: the preload's one-function-per-operation bridge. */
function ipcTransport(bridge: NonNullable<Window['briefpackIpc']>): Send {
  return (op, req) => bridge[op](req);
}

const TOKEN_KEY = 'briefpack.token';

/**
 * Web mode: POST /api/<op> with the per-run token as a Bearer header. The token arrives in the
 * address the server printed (`?token=`: the first page load needs it too, and the server
 * hands it to the page's assets as a cookie), is kept for this tab only, and is removed from
 * the address bar. Pages never send a Referer (the server says no-referrer).
 */
function webTransport(): Send {
  const query = new URLSearchParams(location.search);
  const fromUrl = query.get('token') ?? new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    query.delete('token');
    const rest = query.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + (location.hash.includes('token=') ? '' : location.hash));
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const post = (op: OpName, req: unknown) =>
    fetch(`/api/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(req ?? {}),
    });
  // Any answer with our token counts: the restarted server keeps port and token.
  const probe = () => post('getEnvironment', {}).then((r) => r.ok, () => false);
  return async (op, req) => {
    let res: Response;
    try {
      // Once more on a network error: after a restart the browser may first try a kept-alive
      // connection to the old server, and it does not retry a POST itself. Every operation is
      // safe to repeat (a save writes the same bytes again).
      res = await post(op, req).catch(() => post(op, req));
    } catch {
      lostServer(probe);
      return { ok: false, error: { code: 'offline', message: OFFLINE_MESSAGE } };
    }
    return (await res.json()) as Reply;
  };
}

export function connect(): BriefpackApi {
  return apiOver(window.briefpackIpc ? ipcTransport(window.briefpackIpc) : webTransport());
}

let connected: BriefpackApi | null = null;

/** Connects on first use, so modules that import it (editor nodes) also load in headless tests. */
export const api: BriefpackApi = new Proxy({} as BriefpackApi, {
  get: (_target, op) => (connected ??= connect())[op as OpName],
});
