/**
 * Numbered migrations, one file each (`m002-….ts`), from version N to N + 1. Each is a pure
 * function returning a new object; the input is never changed, so a failed open leaves the
 * caller's copy intact. Version 1 is the first format: there is nothing to migrate yet.
 */
export interface Migration {
  from: number;
  up: (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];
