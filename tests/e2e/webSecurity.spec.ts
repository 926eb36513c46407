import { test, expect } from '../support/webMode';

// Web mode is reachable by any page the user's browser opens, so it must refuse callers that
// lack the per-run token or come from another origin, and names other than its own.
test.describe('web mode refuses foreign callers', () => {
  test('a request without the token is refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, { data: {} });
    expect(res.status()).toBe(401);
    expect((await res.json()).ok).toBe(false);
  });

  test('a request with a wrong token is refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, { data: {}, headers: { Authorization: 'Bearer nope' } });
    expect(res.status()).toBe(401);
  });

  test('a request with the token from a foreign Origin is refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, {
      data: {},
      headers: { Authorization: `Bearer ${web.token}`, Origin: 'http://evil.example' },
    });
    expect(res.status()).toBe(403);
  });

  test('a request under another Host name (DNS rebinding) is refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, {
      data: {},
      headers: { Authorization: `Bearer ${web.token}`, Host: 'rebound.example' },
    });
    expect(res.status()).toBe(421);
  });

  test('the same request with the token and its own Origin is served', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, {
      data: {},
      headers: { Authorization: `Bearer ${web.token}`, Origin: web.origin },
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.result.map((t: { name: string }) => t.name)).toContain('briefing-note');
  });

  test('paths outside the served folders are refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/openPack`, {
      data: { path: '/etc/passwd' },
      headers: { Authorization: `Bearer ${web.token}` },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.message).toContain('outside the folders');
  });

  test('a malformed request is rejected by the schema with a located message', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/newPack`, {
      data: { template: 42 },
      headers: { Authorization: `Bearer ${web.token}` },
    });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.message).toMatch(/template/);
  });

  test('a bare token without "Bearer " is refused', async ({ request, web }) => {
    const res = await request.post(`${web.origin}/api/listTemplates`, { data: {}, headers: { Authorization: web.token } });
    expect(res.status()).toBe(401);
  });

  test('pages and assets need the token too; the first load carries it in the address and hands it on as a cookie', async ({ playwright, web }) => {
    // A fresh client with no cookie: the page and an asset are refused without the token.
    const bare = await playwright.request.newContext();
    expect((await bare.get(`${web.origin}/`)).status()).toBe(401);
    expect((await bare.get(`${web.origin}/index.html`)).status()).toBe(401);
    expect((await bare.get(`${web.origin}/index.html?token=wrong`)).status()).toBe(401);
    const first = await bare.get(web.url);
    expect(first.status()).toBe(200);
    expect(first.headers()['set-cookie']).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = (await first.text()).match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeTruthy();
    // The cookie from the first load now lets the page's own asset through.
    expect((await bare.get(`${web.origin}/${asset}`)).status()).toBe(200);
    await bare.dispose();
    const other = await playwright.request.newContext();
    expect((await other.get(`${web.origin}/${asset}`)).status()).toBe(401);
    await other.dispose();
  });

  test('a malformed address gets 400, not a server error', async ({ request, web }) => {
    for (const path of ['/%E0%A4%A', '/assets/%', '/%zz.js']) {
      const res = await request.get(`${web.url.replace(/\/\?/, `${path}?`)}`);
      expect(res.status(), path).toBe(400);
    }
  });

  test('a body over the limit gets 413 and a sentence, not a reset connection', async ({ request, web }) => {
    const big = 'x'.repeat(34 * 1024 * 1024);
    const res = await request.post(`${web.origin}/api/savePack`, {
      data: big,
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
    });
    expect(res.status()).toBe(413);
    expect((await res.json()).error.message).toMatch(/^This request is too large \(34\.0 MB\); Briefpack takes up to 33\.0 MB/);
    // The server is still there.
    expect((await request.post(`${web.origin}/api/listTemplates`, { data: {}, headers: { Authorization: `Bearer ${web.token}` } })).status()).toBe(200);
  });

  test('the page itself receives the 413 sentence for an oversized body, so it can show it', async ({ page, web }) => {
    await page.goto(web.url);
    const [status, message] = await page.evaluate(async (token) => {
      const res = await fetch('/api/savePack', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: 'x'.repeat(34 * 1024 * 1024),
      });
      return [res.status, ((await res.json()) as { error: { message: string } }).error.message];
    }, web.token);
    expect(status).toBe(413);
    expect(message).toContain('too large');
  });
});

