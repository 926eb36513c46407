import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restorePack } from '../restorePack';
import { CURRENT_VERSION, PackFile } from '../schema';
import { m002 } from './m002-typed-locators';
import { deepFreeze } from '../__fixtures__/deepFreeze';

const V1_PATH = fileURLToPath(new URL('./__fixtures__/v1-places.briefpack', import.meta.url));
const v1 = (): Record<string, unknown> => JSON.parse(readFileSync(V1_PATH, 'utf8')) as Record<string, unknown>;

const citesOf = (file: Record<string, unknown>) => JSON.stringify(file).match(/\{"type":"cite"[^}]*\}[^}]*\}?/g);

describe('m002: typed locators', () => {
  it('leaves a frozen input untouched and returns version 2', () => {
    const input = deepFreeze(v1());
    const before = JSON.stringify(input);
    const out = m002.up(input);
    expect(out.version).toBe(2);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reads each place into its kind and keeps what it cannot read', () => {
    const out = m002.up(deepFreeze(v1())) as { pack: { body: { children?: Record<string, unknown>[]; items?: Record<string, unknown>[][] }[] } };
    const heading = out.pack.body[0]?.children ?? [];
    const para = (out.pack.body[1]?.children ?? []).filter((i) => i.type === 'cite');
    expect(heading[1]).toEqual({ type: 'cite', ref: 'gmf-2017/samaan/3-2', locator: { kind: 'page', page: '3' } });
    expect(para.map((c) => c.locator ?? c.unreadLocator ?? null)).toEqual([
      { kind: 'page', page: '14' },
      { kind: 'page', page: '118–119' },
      { kind: 'paragraph', paragraph: 3 },
      { kind: 'section', section: '2' },
      null,
      null,
      'see the annex',
    ]);
    expect(out.pack.body[2]?.items?.[0]?.[1]).toEqual({ type: 'cite', ref: 'cepa-borsari/x', locator: { kind: 'section', section: 'Summary', paragraph: 2 } });
  });

  it('reaches the current version through restorePack, with every block kept', () => {
    const input = deepFreeze(v1());
    const restored = restorePack(input);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.file.version).toBe(CURRENT_VERSION);
    expect(restored.repairs).toEqual([]);
    expect(restored.file.pack.body).toHaveLength(4);
    expect(PackFile.safeParse(restored.file).success).toBe(true);
    expect(citesOf(restored.file as unknown as Record<string, unknown>)?.length).toBeGreaterThan(0);
  });
});
