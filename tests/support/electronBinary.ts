import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

/**
 * The Electron binary's path, or null where it was never downloaded (this project installs
 * Electron without its binary; machines without network access cannot fetch it).
 */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
