import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPaths } from '../host/appPaths';
import { createHost } from '../host/createHost';
import { replyOf } from '../host/dispatch';
import { unconfined } from '../host/pathPolicy';
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

describe('exportPack over IPC', () => {
  it('goes to the host unparsed, which checks it with the same schema on the export worker', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-ipc-'));
    const host = createHost({ mode: 'electron', paths: appPaths(), stateDir: dir, workspaceDir: dir, policy: unconfined });
    const api = { exportPack: vi.fn() } as unknown as BriefpackApi;
    const unchecked = { exportPack: vi.fn((raw: unknown) => replyOf('exportPack', () => host.exportPackUnchecked(raw))) };
    const reply = await handleIpc(api, 'exportPack', APP_URL, true, { file: { format: 'briefpack' }, format: 'pdf', out: join(dir, 'x.pdf') }, unchecked);
    expect(api.exportPack).not.toHaveBeenCalled();
    expect(unchecked.exportPack).toHaveBeenCalledOnce();
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/^Invalid exportPack request: .*file/s) });
    await host.exports.close();
  }, 30_000);
});
