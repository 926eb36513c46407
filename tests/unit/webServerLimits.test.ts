import { request, type IncomingMessage } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../../electron/host/appPaths';
import { createHost } from '../../electron/host/createHost';
import { confinedTo } from '../../electron/host/pathPolicy';
import { startWebServer, type RunningServer } from '../../electron/server/webServer';
import { LARGE_BODY, MAX_LARGE_BODIES } from '../../electron/server/readRequestBody';

let server: RunningServer;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bp-web-'));
  const host = createHost({ mode: 'web', paths: appPaths(), stateDir: join(dir, '.state'), workspaceDir: dir, policy: confinedTo([dir], []) });
  server = await startWebServer({ api: host, staticDir: join(dir, 'no-renderer'), token: 'test-token-0123456789' });
});
afterAll(() => server.close());

/** Starts a POST that declares `size` bytes; the caller sends them when it wants. */
function post(size: number): { req: ReturnType<typeof request>; answer: Promise<{ status: number; body: string }> } {
  const req = request({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: '/api/savePack',
    headers: { 'Content-Type': 'application/json', 'Content-Length': size, Authorization: `Bearer ${server.token}` },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res: IncomingMessage) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  return { req, answer };
}

describe('web mode under load', () => {
  it(`reads at most ${MAX_LARGE_BODIES} large bodies at once and answers the next with 503 and a sentence`, async () => {
    const size = LARGE_BODY * 2;
    const held = Array.from({ length: MAX_LARGE_BODIES }, () => post(size));
    for (const h of held) h.req.write('x'.repeat(LARGE_BODY + 10)); // past the large mark, not finished
    await new Promise((r) => setTimeout(r, 200));
    const extra = post(size);
    extra.req.end('x'.repeat(size));
    const refused = await extra.answer;
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).error.message).toBe('Briefpack is busy receiving other large packs; try again in a moment.');
    // The held bodies finish and are answered (bad JSON: 400), and then a large body is read again.
    for (const h of held) h.req.end('x'.repeat(size - LARGE_BODY - 10));
    for (const h of held) expect((await h.answer).status).toBe(400);
    const after = post(size);
    after.req.end('x'.repeat(size));
    expect((await after.answer).status).toBe(400);
    console.log(`web mode: ${MAX_LARGE_BODIES} large bodies held, the next refused with 503, then served again`);
  });

  it('answers a small request at once while large bodies are held', async () => {
    const held = post(LARGE_BODY * 3);
    held.req.write('x'.repeat(LARGE_BODY * 2));
    const ping = post(2);
    ping.req.end('{}');
    expect((await ping.answer).status).toBe(400); // savePack without a pack: the schema's answer
    held.req.end('x'.repeat(LARGE_BODY));
    await held.answer;
  });
});
