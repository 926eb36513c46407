// as: core/export/probe.ts
// lint: import-x/no-unresolved
import { nothing } from './noSuchFile';
export const probe = nothing;
