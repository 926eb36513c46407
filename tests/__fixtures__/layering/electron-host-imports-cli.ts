// as: electron/host/probe.ts
// lint: import-x/no-restricted-paths
import { cmdValidate } from '../cli/commands';
export const probe = cmdValidate;
