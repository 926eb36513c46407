import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isOpName, type ApiReply, type BriefpackApi, type OpName } from '../../core/api/contract';
import { describeJsonError } from '../../core/pack/printableMessage';
import { dispatch } from '../host/dispatch';
import { CONTENT_SECURITY_POLICY } from '../host/contentSecurityPolicy';
import { staticFilePath } from '../host/staticFilePath';
import { bodyReader } from './readRequestBody';
import { webAccess } from './webAccess';

export interface WebServerOptions {
  api: BriefpackApi;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  /**
   * Operations whose body goes to the host unparsed, to be parsed off this thread (a 30 MB
   * exportPack would otherwise hold every other request up while JSON.parse runs).
   */
  rawOps?: Partial<Record<OpName, (body: Uint8Array) => Promise<ApiReply>>>;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};


/**
 * Web mode: the renderer and BriefpackApi over HTTP, for running the full UI without Electron.
 * It listens on 127.0.0.1 only; every request, pages and assets included, needs the per-run token
 * (webAccess.ts), and Host and Origin must name this server, so neither another site in the
 * browser nor a DNS-rebound name can use it. Bodies are capped (readRequestBody.ts).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  let access = webAccess(token, 0);
  const readBody = bodyReader();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('briefpack: web request failed:', e);
      if (!res.headersSent) send(res, 500, error('internal', 'Briefpack could not answer this request.'));
      else res.destroy();
    });
  });

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, error('refused', 'Unknown Host.'));
    const origin = req.headers.origin;
    if (origin !== undefined && ![...allowedHosts()].some((h) => origin === `http://${h}`)) {
      return send(res, 403, error('refused', 'Foreign Origin.'));
    }
    const url = parseUrl(req.url);
    if (!url) return send(res, 400, error('invalid', 'Malformed address.'));
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, error('invalid', 'Method not allowed.'));
    if (!access.page(req, url)) return sendText(res, 401, 'Open Briefpack with the address `briefpack serve` printed: it carries the access token.');
    return serveStatic(res, url);
  }

  async function api(req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, error('invalid', 'Use POST.'));
    if (!access.api(req)) return send(res, 401, error('refused', 'Missing or wrong token.'));
    if (!isOpName(op)) return send(res, 404, error('not-found', `Unknown operation "${op}".`));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, error('invalid', 'Send JSON.'));
    const body = await readBody(req);
    if (!body.ok) return send(res, body.status, error(body.status === 413 ? 'refused' : 'io', body.message), { Connection: 'close' });
    const raw = options.rawOps?.[op];
    if (raw) {
      const reply = await raw(new Uint8Array(body.body.buffer, body.body.byteOffset, body.body.byteLength));
      return send(res, reply.ok ? 200 : statusOf(reply.error.code), reply);
    }
    const text = body.body.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return send(res, 400, error('invalid', `Bad request body: ${describeJsonError(e, text)}.`));
    }
    const reply = await dispatch(options.api, op, parsed);
    send(res, reply.ok ? 200 : statusOf(reply.error.code), reply);
  }

  async function serveStatic(res: ServerResponse, url: URL): Promise<void> {
    // A bad % escape is the client's mistake (400), not a missing file; staticFilePath refuses
    // it too, so no file is ever read for one.
    if (!decodes(url.pathname)) return send(res, 400, error('invalid', 'Malformed address.'));
    const file = staticFilePath(options.staticDir, url.pathname);
    if (!file) return send(res, 404, error('not-found', 'Not found.'));
    try {
      const body = await readFile(file);
      // A page opened with the token in its address hands it on to its own assets as a cookie.
      const cookie = url.searchParams.has('token') ? { 'Set-Cookie': access.cookie() } : {};
      res.writeHead(200, {
        ...cookie,
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      send(res, 404, error('not-found', 'Not found.'));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  access = webAccess(token, port);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The request's address, or null when it is not one (a bad % escape is caught when decoded). */
function parseUrl(raw: string | undefined): URL | null {
  if (!raw?.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${raw}`);
  } catch {
    return null;
  }
}

function error(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

const STATUS: Record<string, number> = { 'not-found': 404, refused: 403, invalid: 400 };
const statusOf = (code: string): number => STATUS[code] ?? 500;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(text + '\n');
}
