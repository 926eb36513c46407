import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isOpName, type BriefpackApi } from '../../core/api/contract';
import { dispatch } from '../host/dispatch';
import { CONTENT_SECURITY_POLICY } from '../host/contentSecurityPolicy';
import { staticFilePath } from '../host/staticFilePath';

export interface WebServerOptions {
  api: BriefpackApi;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024;

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
 * It listens on 127.0.0.1 only; every API call needs the per-run token, and Host and Origin must
 * name this server, so neither another site in the browser nor a DNS-rebound name can use it.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { ok: false, error: { code: 'internal', message: String(e) } }));
  });

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, error('refused', 'Unknown Host.'));
    const origin = req.headers.origin;
    if (origin !== undefined && ![...allowedHosts()].some((h) => origin === `http://${h}`)) {
      return send(res, 403, error('refused', 'Foreign Origin.'));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, error('invalid', 'Method not allowed.'));
    return serveStatic(res, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, error('invalid', 'Use POST.'));
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, error('refused', 'Missing or wrong token.'));
    if (!isOpName(op)) return send(res, 404, error('not-found', `Unknown operation "${op}".`));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, error('invalid', 'Send JSON.'));
    let raw: unknown;
    try {
      raw = JSON.parse(await readBody(req));
    } catch (e) {
      return send(res, 400, error('invalid', `Bad request body: ${(e as Error).message}`));
    }
    const reply = await dispatch(options.api, op, raw);
    send(res, reply.ok ? 200 : statusOf(reply.error.code), reply);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const file = staticFilePath(options.staticDir, pathname);
    if (!file) return send(res, 404, error('not-found', 'Not found.'));
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      send(res, 404, error('not-found', `Not found: ${pathname}`));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function error(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

const STATUS: Record<string, number> = { 'not-found': 404, refused: 403, invalid: 400 };
const statusOf = (code: string): number => STATUS[code] ?? 500;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
