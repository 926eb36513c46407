// as: core/pack/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { createHost } from '../../electron/host/createHost';
export const probe = createHost;
