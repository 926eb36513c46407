// as: electron/host/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { cmdValidate } from '../cli/commands';
export const probe = cmdValidate;
