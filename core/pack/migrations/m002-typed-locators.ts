import { parseLocator } from '../parseLocator';
import type { Migration } from './index';

/**
 * Version 1 → 2: a citation marker's locator was free text, printed as a page whatever it said
 * ("4" on a paper without page numbers, "p. 14" after "Ibid.,"). Version 2 stores a typed locator
 * (page, paragraph, section). Text that cannot be read is kept as `unreadLocator`, so nothing the
 * user typed is lost; export warns about it and the editor asks for the place again.
 *
 * Pure: returns new objects and never writes to its input (which may be frozen).
 */
export const m002: Migration = {
  from: 1,
  up: (v1) => ({ ...v1, version: 2, pack: migratePack(v1.pack) }),
};

function migratePack(pack: unknown): unknown {
  if (!isRecord(pack) || !Array.isArray(pack.body)) return pack;
  return { ...pack, body: pack.body.map(migrateBlock) };
}

function migrateBlock(block: unknown): unknown {
  if (!isRecord(block)) return block;
  if (Array.isArray(block.children)) return { ...block, children: block.children.map(migrateInline) };
  if (Array.isArray(block.items)) {
    return { ...block, items: block.items.map((item: unknown) => (Array.isArray(item) ? item.map(migrateInline) : item)) };
  }
  return block;
}

function migrateInline(inline: unknown): unknown {
  if (!isRecord(inline) || inline.type !== 'cite' || !('locator' in inline)) return inline;
  const { locator, ...rest } = inline;
  if (typeof locator !== 'string' || locator.trim() === '') return rest;
  const parsed = parseLocator(locator);
  return parsed.ok ? { ...rest, locator: parsed.locator } : { ...rest, unreadLocator: locator };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
