import { describe, expect, it, vi } from 'vitest';
import type { BriefpackApi } from '../../core/api/contract';
import { OP_NAMES } from '../../core/api/opNames';
import { handleIpc, registerIpc, channelOf } from './ipc';
import { APP_ORIGIN } from './security';

const APP_URL = `${APP_ORIGIN}/index.html`;

function fakeApi(): BriefpackApi {
  return {
    newPack: vi.fn(async ({ template }: { template: string }) => ({ template })),
  } as unknown as BriefpackApi;
}

describe('handleIpc', () => {
  it('passes a valid request from the app frame to the host', async () => {
    const api = fakeApi();
    const reply = await handleIpc(api, 'newPack', APP_URL, true, { template: 'briefing-note' });
    expect(reply).toEqual({ ok: true, result: { template: 'briefing-note' } });
    expect(api.newPack).toHaveBeenCalledWith({ template: 'briefing-note' });
  });

  it.each([
    ['a foreign page', 'https://evil.example/', true],
    ['a file:// page', 'file:///tmp/x.html', true],
    ['a subframe of the app', APP_URL, false],
    ['no frame at all', undefined, true],
  ])('refuses %s without calling the host', async (_name, url, mainFrame) => {
    const api = fakeApi();
    const reply = await handleIpc(api, 'newPack', url, mainFrame, { template: 'x' });
    expect(reply).toEqual({ ok: false, error: { code: 'refused', message: 'Refused newPack: unknown sender.' } });
    expect(api.newPack).not.toHaveBeenCalled();
  });

  it('rejects arguments that do not match the schema, naming the field', async () => {
    const api = fakeApi();
    const reply = await handleIpc(api, 'newPack', APP_URL, true, { template: 7 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('invalid');
    expect(!reply.ok && reply.error.message).toMatch(/template/);
    expect(api.newPack).not.toHaveBeenCalled();
  });

  it('rejects a path of the wrong type in savePack before the host sees it', async () => {
    const api = { savePack: vi.fn() } as unknown as BriefpackApi;
    const reply = await handleIpc(api, 'savePack', APP_URL, true, { path: ['..', 'etc'], file: {} });
    expect(reply.ok).toBe(false);
    expect(api.savePack).not.toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per API operation, on its own channel', () => {
    const handle = vi.fn();
    registerIpc({ handle }, fakeApi());
    expect(handle.mock.calls.map((c) => c[0])).toEqual(OP_NAMES.map(channelOf));
  });
});
