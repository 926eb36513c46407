// as: core/export/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { resolveCitations } from '../citations/resolveCitations';
export const probe = resolveCitations;
