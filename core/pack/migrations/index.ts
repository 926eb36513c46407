import { m002 } from './m002-typed-locators';

/**
 * Numbered migrations, one file each (`m002-….ts`), from version N to N + 1. Each is a pure
 * function returning a new object; the input is never changed, so a failed open leaves the
 * caller's copy intact.
 */
export interface Migration {
  from: number;
  up: (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [m002];
