// as: renderer/probe.ts
// lint: no-restricted-imports
import { readFile } from 'node:fs/promises';
export const probe = readFile;
