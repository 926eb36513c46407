import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, type BriefpackApi, type OpName, type OpRequest, type OpResponse } from '../../core/api/contract';
import { appPaths } from './appPaths';
import { createHost } from './createHost';
import { confinedTo } from './pathPolicy';

/**
 * Every response the real host gives (bundled library, templates and sample, files in a temp
 * folder) parses with its operation's response schema in the API contract, and parsing keeps
 * it whole: no field the contract does not list, none it lists missing or of another type. The
 * renderer trusts these shapes, so a host that drifted from the contract fails here, not there.
 */

const paths = appPaths(resolve(import.meta.dirname, '..', '..'));
let dir: string;
let host: BriefpackApi;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bp-contract-'));
  host = createHost({
    mode: 'web',
    paths,
    stateDir: join(dir, '.state'),
    workspaceDir: dir,
    policy: confinedTo([dir], [paths.examples]),
    userLibraryDir: join(dir, 'library'),
    now: () => new Date('2026-01-15T09:00:00Z'),
  });
});

async function call<K extends OpName>(op: K, req: OpRequest<K>): Promise<OpResponse<K>> {
  const request = contract[op].req.parse(req) as OpRequest<K>;
  const response = await (host[op] as unknown as (r: OpRequest<K>) => Promise<OpResponse<K>>)(request);
  const parsed = contract[op].res.safeParse(response);
  expect(parsed.success ? 'parses' : parsed.error.message, op).toBe('parses');
  expect(parsed.data, `${op}: fields outside the contract`).toEqual(response);
  return response;
}

describe('host responses match the API contract', () => {
  it('for every operation that runs without a window', async () => {
    const KEY = 'contract-test-1';
    const covered = new Set<OpName>(['pickOpenPath', 'pickSavePath']); // Electron's main process answers these

    covered.add('getEnvironment');
    await call('getEnvironment', {});
    covered.add('listTemplates');
    const templates = await call('listTemplates', {});
    covered.add('newPack');
    const file = await call('newPack', { template: templates[0]!.name });
    covered.add('openPack');
    const sample = await call('openPack', { path: join(paths.examples, 'sample.briefpack') });
    covered.add('savePack');
    await call('savePack', { path: join(dir, 'saved.briefpack'), file });
    covered.add('listRecent');
    expect((await call('listRecent', {})).length).toBeGreaterThan(0);
    covered.add('checkPack');
    await call('checkPack', { file: sample.file });
    covered.add('exportPack');
    await call('exportPack', { file: sample.file, format: 'docx', out: join(dir, 'out.docx') });
    covered.add('exportStatus');
    expect(await call('exportStatus', {})).toEqual({ running: false, format: null, progress: null });
    covered.add('cancelExport');
    expect(await call('cancelExport', {})).toEqual({ cancelled: false });
    covered.add('exportBibliography');
    await call('exportBibliography', { file: sample.file, out: join(dir, 'out.json') });
    covered.add('previewImport');
    const preview = await call('previewImport', { fileName: 'notes.md', data: Buffer.from('# Notes\n\nOur own paragraph.\n').toString('base64') });
    covered.add('importStatus');
    expect(await call('importStatus', {})).toEqual({ reading: false, fileName: null, done: 0, total: 0 });
    covered.add('acceptImport');
    await call('acceptImport', { importId: preview.importId, values: { type: 'report', title: 'Our notes' } });
    covered.add('searchLibrary');
    const found = await call('searchLibrary', { text: 'Libya', limit: 3 });
    expect(found.hits.length).toBeGreaterThan(0);
    covered.add('getLibraryItem');
    await call('getLibraryItem', { id: found.hits[0]!.id });
    covered.add('getLibraryItems');
    const batch = await call('getLibraryItems', { ids: [found.hits[0]!.id, 'no-such-passage', found.hits[0]!.id] });
    expect(Object.keys(batch.items)).toEqual([found.hits[0]!.id]);
    expect(batch.missing).toEqual(['no-such-passage']);
    covered.add('autosave');
    await call('autosave', { key: KEY, path: null, file });
    covered.add('listRecoverable');
    expect((await call('listRecoverable', {})).map((r) => r.key)).toContain(KEY);
    covered.add('recoverPack');
    await call('recoverPack', { key: KEY });
    covered.add('discardAutosave');
    await call('discardAutosave', { key: KEY });

    expect([...covered].sort()).toEqual(Object.keys(contract).sort());
  });
});
