import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackText, restorePack, serializePack } from './restorePack';
import { CURRENT_VERSION } from './schema';
import { MIGRATIONS } from './migrations';

const SAMPLE = join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack');

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

const minimal = () => ({
  format: 'briefpack',
  version: CURRENT_VERSION,
  pack: {
    template: 'blank',
    cover: { title: 'T', subtitle: '', author: '', date: '', recipient: '', marking: 'OFFICIAL', draft: true },
    settings: { paper: 'a4', ibid: false, bibliography: true, wordsPerMinute: 140 },
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
  },
});

describe('restorePack', () => {
  it('accepts a valid pack unchanged and without repairs', () => {
    const r = restorePack(deepFreeze(minimal()));
    expect(r).toEqual({ ok: true, file: minimal(), repairs: [] });
  });

  it('refuses what is not a Briefpack file', () => {
    expect(restorePack({ hello: 1 })).toEqual({ ok: false, reason: 'This is not a Briefpack file.' });
    expect(restorePack([1, 2])).toMatchObject({ ok: false });
    expect(restorePack(null)).toMatchObject({ ok: false });
  });

  it('refuses a newer format version in words a user understands', () => {
    const r = restorePack({ ...minimal(), version: CURRENT_VERSION + 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/newer Briefpack.*update/);
  });

  it('drops one bad block, keeps the rest, and says which', () => {
    const raw = minimal();
    (raw.pack.body as unknown[]).push({ type: 'excerpt', ref: { id: 42 } }, { type: 'heading', level: 2, children: [] });
    const r = restorePack(deepFreeze(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.pack.body.map((b) => b.type)).toEqual(['paragraph', 'heading']);
    expect(r.repairs).toHaveLength(1);
    expect(r.repairs[0]).toMatch(/^Block 2 could not be read/);
  });

  it('defaults missing settings and repairs a damaged cover keeping the title', () => {
    const raw = minimal() as { pack: Record<string, unknown> };
    delete raw.pack.settings;
    raw.pack.cover = { title: 'Kept', marking: 'TOP-SECRET-ISH' };
    const r = restorePack(raw);
    expect(r.ok && r.file.pack.cover.title).toBe('Kept');
    expect(r.ok && r.file.pack.settings.paper).toBe('a4');
    expect(r.ok && r.repairs.some((x) => x.includes('cover'))).toBe(true);
  });

  it('removes control characters a document cannot hold, keeps tab and newline, and lists the repair', () => {
    const raw = minimal();
    raw.pack.cover.title = 'Title\u0007 here';
    raw.pack.body.push({ type: 'paragraph', children: [{ type: 'text', text: 'a\u0000b\tc\nd\u001b[2J\uFFFF\uD800e' }] });
    const r = restorePack(deepFreeze(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.pack.cover.title).toBe('Title here');
    expect(r.file.pack.body[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'ab\tc\nd[2Je' }] });
    expect(r.repairs).toEqual(['Control characters that a document cannot hold were removed from 2 text fields.']);
  });

  it('every migration leaves its input alone and advances one version', () => {
    for (const m of MIGRATIONS) expect(m.up(deepFreeze(structuredClone({ version: m.from }))).version).toBe(m.from + 1);
  });
});

describe('parsePackText', () => {
  it('names truncated JSON as not valid JSON', () => {
    const text = serializePack(minimal() as never);
    const r = parsePackText(text.slice(0, text.length / 2));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^The file is not valid JSON .*truncated or corrupt/);
  });

  it('never echoes the file bytes: control characters in a JSON error are shown escaped', () => {
    const r = parsePackText('\u001b[2J\u001b[31mred');
    expect(!r.ok && r.reason).toBe('The file is not valid JSON (unexpected character "\\u001b"); it may be truncated or corrupt.');
    const tail = parsePackText('{"a": 1}\n  }\u0000');
    expect(!tail.ok && tail.reason).toMatch(/at line 2, column 3/);
  });

  it('calls an empty file empty', () => {
    expect(parsePackText('  \n')).toEqual({ ok: false, reason: 'The file is empty.' });
  });

  it('round-trips the sample pack byte for byte', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const r = parsePackText(text);
    expect(r.ok && r.repairs).toEqual([]);
    expect(r.ok && serializePack(r.file)).toBe(text);
  });
});
