// as: core/api/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { prepareExport } from '../prepare/prepareExport';
export const probe = prepareExport;
