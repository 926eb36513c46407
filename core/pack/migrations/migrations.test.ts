import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, PackFile } from '../schema';
import { restorePack } from '../restorePack';
import { deepFreeze } from '../__fixtures__/deepFreeze';
import { MIGRATIONS, type Migration } from './index';
import { migrate } from './migrate';

// As tldraw tests its schema (packages/tlschema/src/migrations.test.ts): every version has a
// frozen pack on disk, every migration runs on a deep-frozen input, and every frozen pack
// reaches the current version and validates. A new migration needs a new fixture, or this fails.

const FIXTURES = join(import.meta.dirname, '__fixtures__');
// v<N>.briefpack, the pack of version N; v<N>-<what>.briefpack, more of that version (one a migration's own test reads).
const fixtureFiles = readdirSync(FIXTURES).filter((n) => /^v\d+(?:-[a-z]+)*\.briefpack$/.test(n));
const versionOf = (name: string) => Number(/^v(\d+)/.exec(name)![1]);
const readFixture = (version: number) => JSON.parse(readFileSync(join(FIXTURES, `v${version}.briefpack`), 'utf8')) as Record<string, unknown> & { version: number };

describe('the migrations', () => {
  it('go one step each, in order, from version 1 to the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('have a frozen pack for every version, and none for a version that does not exist', () => {
    const versions = [...new Set(fixtureFiles.map(versionOf))].sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  it('each leave their input untouched and advance it one version', () => {
    for (const m of MIGRATIONS) {
      const input = deepFreeze(readFixture(m.from));
      const out = m.up(input);
      expect(out.version).toBe(m.from + 1);
      expect(input).toEqual(readFixture(m.from));
    }
  });
});

describe.each(fixtureFiles)('the frozen pack %s', (name) => {
  it('says its own version, reaches the current version unchanged in its input, and validates without repairs', () => {
    const input = deepFreeze(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { version: number });
    expect(input.version).toBe(versionOf(name));
    const r = restorePack(input);
    if (!r.ok) throw new Error(r.reason);
    expect(r.repairs).toEqual([]);
    expect(r.file.version).toBe(CURRENT_VERSION);
    expect(PackFile.safeParse(r.file).success).toBe(true);
    expect(input).toEqual(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
  });
});

describe('migrate (the harness, on migrations made for this test)', () => {
  const addField: Migration = { from: 1, up: (v1) => ({ ...v1, version: 2, pack: { ...(v1.pack as object), added: 'by 1→2' } }) };
  const renameField: Migration = {
    from: 2,
    up: (v2) => {
      const { added, ...pack } = v2.pack as Record<string, unknown>;
      return { ...v2, version: 3, pack: { ...pack, renamed: added } };
    },
  };

  it('runs each step once, in order, and leaves the frozen input alone', () => {
    const input = deepFreeze(readFixture(1));
    const r = migrate(input, [renameField, addField], 3);
    expect(r.ok && r.file.version).toBe(3);
    expect(r.ok && (r.file.pack as Record<string, unknown>).renamed).toBe('by 1→2');
    expect(r.ok && (r.file.pack as Record<string, unknown>).added).toBeUndefined();
    expect(input).toEqual(readFixture(1));
  });

  it('refuses a version with no step forward, naming it', () => {
    expect(migrate(readFixture(1), [renameField], 3)).toEqual({ ok: false, reason: 'This pack\'s format version 1 cannot be upgraded: this Briefpack has no step from version 1.' });
  });

  it('refuses, without throwing, a step that fails or skips a version', () => {
    const throws: Migration = { from: 1, up: () => { throw new Error('no cover'); } };
    expect(migrate(readFixture(1), [throws], 2)).toMatchObject({ ok: false, reason: expect.stringContaining('at version 1: no cover') });
    const skips: Migration = { from: 1, up: (v1) => ({ ...v1, version: 3 }) };
    expect(migrate(readFixture(1), [skips], 3)).toMatchObject({ ok: false, reason: expect.stringContaining('did not reach version 2') });
  });

  it('is a no-op at the current version', () => {
    const input = deepFreeze(readFixture(CURRENT_VERSION));
    expect(migrate(input)).toEqual({ ok: true, file: readFixture(CURRENT_VERSION) });
  });
});
