// as: core/pack/probe.ts
// lint: no-restricted-imports
import { app } from 'electron';
export const probe = app;
