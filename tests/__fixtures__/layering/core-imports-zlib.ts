// as: core/export/probe.ts
// lint: no-restricted-imports
// tsc: 2307
import { deflateSync } from 'zlib';
export const probe = deflateSync;
