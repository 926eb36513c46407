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
});
