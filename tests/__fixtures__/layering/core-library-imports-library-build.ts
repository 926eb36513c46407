// as: core/library/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { buildLibrary } from '../library-build/buildLibrary';
export const probe = buildLibrary;
