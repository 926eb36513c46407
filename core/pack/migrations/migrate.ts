import { CURRENT_VERSION } from '../schema';
import { MIGRATIONS, type Migration } from './index';

export type Migrated = { ok: true; file: Record<string, unknown> } | { ok: false; reason: string };

/**
 * Carries an envelope from its version to the current one, one numbered migration at a time.
 * Pure: the input is not changed. A version with no way forward is refused, never guessed at.
 */
export function migrate(envelope: Readonly<Record<string, unknown>> & { version: number }, migrations: readonly Migration[] = MIGRATIONS, target = CURRENT_VERSION): Migrated {
  let current: Readonly<Record<string, unknown>> = envelope;
  let version = envelope.version;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: `This pack's format version ${envelope.version} cannot be upgraded: this Briefpack has no step from version ${version}.` };
    let next: Record<string, unknown>;
    try {
      next = step.up(current);
    } catch (e) {
      return { ok: false, reason: `This pack's format version ${envelope.version} could not be upgraded (at version ${version}: ${e instanceof Error ? e.message : String(e)}).` };
    }
    if (next.version !== version + 1) return { ok: false, reason: `Upgrading from format version ${version} did not reach version ${version + 1}.` };
    current = next;
    version = version + 1;
  }
  return { ok: true, file: { ...current } };
}
