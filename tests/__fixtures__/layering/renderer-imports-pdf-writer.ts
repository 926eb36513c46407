// as: renderer/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { toPdf } from '../core/export/pdf/toPdf';
export const probe = toPdf;
