// as: electron/main/probe.ts
// lint: import-x/no-restricted-paths
import { buildLibrary } from '../../core/library-build/buildLibrary';
export const probe = buildLibrary;
