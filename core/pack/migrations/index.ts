import { m002 } from './m002-typed-locators';

/**
 * Numbered migrations, one file each (`m002-….ts`), from version N to N + 1, listed here in
 * order. Each is a pure function returning a new object: the input is never changed, so a failed
 * open leaves the caller's copy intact (migrations.test.ts runs each on a deep-frozen input).
 * Each version also has a frozen pack in `__fixtures__/v<N>.briefpack`, which the tests carry to
 * the current version.
 */
export interface Migration {
  from: number;
  /** Why the format changed, in a sentence (for the reader of the code, not the user). */
  why?: string;
  up: (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [m002];
