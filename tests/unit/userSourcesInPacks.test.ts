import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readDocxParts } from '../support/readDocxParts';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import type { Block } from '../../core/pack/schema';
import { serializePack } from '../../core/pack/restorePack';
import { appPaths } from '../../electron/host/appPaths';
import { createHost } from '../../electron/host/createHost';
import { unconfined } from '../../electron/host/pathPolicy';

/**
 * Packs and the user's own sources, through the CLI as a script or CI job would use them:
 * a reference imported from CSL-JSON alone is cited with a typed page; `--meta` gives a file its
 * metadata; a pack quoting a source this machine lacks still exports, from the text it carries.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const exec = promisify(execFile);

async function cli(home: string, ...args: string[]) {
  try {
    const r = await exec(process.execPath, [join(ROOT, 'bin', 'briefpack.mjs'), ...args], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: home } });
    return { code: 0, ...r };
  } catch (e) {
    return e as { code: number; stdout: string; stderr: string };
  }
}

const ZOTERO = [
  {
    id: 'http://zotero.org/users/1/items/ABCD',
    type: 'report',
    title: 'Deterrence on the Southern Flank',
    author: [{ family: 'Rossi', given: 'Elena' }],
    publisher: 'Centre for European Security',
    issued: { 'date-parts': [[2025, 3]] },
  },
];

describe('user sources in packs (CLI)', { timeout: 120_000 }, () => {
  it('cites a reference imported without text at the page the user types, in DOCX, PDF and CSL-JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-csl-'));
    const lib = join(dir, 'team-library');
    await writeFile(join(dir, 'refs.json'), JSON.stringify(ZOTERO));
    const imported = await cli(dir, 'library', 'import', '--meta', join(dir, 'refs.json'), '--library', lib);
    expect(imported.code, imported.stderr).toBe(0);
    const id = /\((my-ref-[0-9a-f]+)\)/.exec(imported.stdout)![1]!;
    const body: Block[] = [{ type: 'paragraph', children: [{ type: 'text', text: 'Deterrence in the south is thin.' }, { type: 'cite', ref: id, locator: { kind: 'page', page: '14' } }] }];
    const pack = join(dir, 'brief.briefpack');
    await writeFile(pack, serializePack(packFile(body, { cover: { title: 'South', draft: false } })));
    expect((await cli(dir, 'validate', pack, '--library', lib)).code).toBe(0);
    const docx = await cli(dir, 'export', pack, '--format', 'docx', '--out', join(dir, 'brief.docx'), '--library', lib);
    expect(docx.code, docx.stderr).toBe(0);
    const notes = readDocxParts(await readFile(join(dir, 'brief.docx'))).get('word/footnotes.xml')!;
    expect(notes.replace(/<[^>]+>/g, '')).toContain('Elena Rossi, Deterrence on the Southern Flank (Centre for European Security, March 2025), 14.');
    const pdf = await cli(dir, 'export', pack, '--format', 'pdf', '--out', join(dir, 'brief.pdf'), '--library', lib);
    expect(pdf.code, pdf.stderr).toBe(0);
    const text = (await exec('pdftotext', [join(dir, 'brief.pdf'), '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Deterrence on the Southern Flank');
    const csl = await cli(dir, 'export', pack, '--format', 'csl-json', '--out', join(dir, 'brief.json'), '--library', lib);
    expect(csl.code, csl.stderr).toBe(0);
    const items = JSON.parse(await readFile(join(dir, 'brief.json'), 'utf8')) as Record<string, unknown>[];
    expect(items).toEqual([expect.objectContaining({ id, 'citation-key': ZOTERO[0]!.id, title: ZOTERO[0]!.title, author: ZOTERO[0]!.author })]);
  });

  it('gives a file the metadata of --meta, marking nothing as guessed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-meta-'));
    await writeFile(join(dir, 'refs.json'), JSON.stringify(ZOTERO));
    await writeFile(join(dir, 'paper.md'), '# Summary\n\nDeterrence needs presence as well as promises.\n');
    const dry = await cli(dir, 'library', 'import', join(dir, 'paper.md'), '--dry-run', '--library', join(dir, 'lib'));
    expect(dry.stdout).toContain('Not saved (--dry-run).');
    expect(existsSync(join(dir, 'lib'))).toBe(false);
    const r = await cli(dir, 'library', 'import', join(dir, 'paper.md'), '--meta', join(dir, 'refs.json'), '--library', join(dir, 'lib'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('“Deterrence on the Southern Flank”');
    expect(r.stdout).not.toContain('Guessed');
    const search = await cli(dir, 'library', 'search', 'presence promises', '--json', '--library', join(dir, 'lib'));
    const hits = JSON.parse(search.stdout) as { id: string; locator: string }[];
    expect(hits[0]).toMatchObject({ locator: expect.stringContaining('Summary') });
    const show = await cli(dir, 'library', 'show', hits[0]!.id, '--library', join(dir, 'lib'));
    expect(show.stdout).toContain('Note: Elena Rossi, Deterrence on the Southern Flank (Centre for European Security, March 2025), under “Summary,” para. 1.');
  });

  it('exports a pack quoting a source this machine lacks from the text it carries, naming the source', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bp-missing-'));
    await writeFile(join(dir, 'paper.md'), '# Summary\n\nA sentence only the other machine has.\n');
    const lib = join(dir, 'their-library');
    const imported = await cli(dir, 'library', 'import', join(dir, 'paper.md'), '--library', lib);
    const shown = await cli(dir, 'library', 'search', 'sentence other machine', '--json', '--library', lib);
    const hit = (JSON.parse(shown.stdout) as { id: string; text: string }[])[0]!;
    expect(imported.code).toBe(0);
    const body: Block[] = [{ type: 'excerpt', ref: { id: hit.id, text: hit.text, sourceText: hit.text, adapted: false } }];
    const pack = join(dir, 'brief.briefpack');
    await writeFile(pack, serializePack(packFile(body, { cover: { title: 'Shared', draft: false } })));
    // On "this" machine: an empty library folder.
    const out = await cli(dir, 'export', pack, '--format', 'docx', '--out', join(dir, 'brief.docx'), '--library', join(dir, 'empty'));
    expect(out.code, out.stderr).toBe(0);
    const doc = readDocxParts(await readFile(join(dir, 'brief.docx'))).get('word/document.xml')!;
    expect(doc).toContain('A sentence only the other machine has.');
    // What the app shows before export (checkPack) names the missing source.
    const host = createHost({ mode: 'electron', paths: appPaths(), stateDir: join(dir, 'state'), workspaceDir: dir, policy: unconfined, userLibraryDir: join(dir, 'empty') });
    const opened = await host.openPack({ path: pack });
    const { warnings } = await host.checkPack({ file: opened.file });
    expect(warnings).toEqual([{ kind: 'missing-source', id: hit.id, message: expect.stringContaining(`imported source (${hit.id.replace(/-x-.*$/, '')}) that is not in this computer's library`) }]);
  });
});
