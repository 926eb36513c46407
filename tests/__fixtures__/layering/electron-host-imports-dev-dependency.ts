// as: electron/host/probe.ts
// lint: import-x/no-extraneous-dependencies
// Test support that imports a devDependency belongs in tests/support, not beside the app's code.
import { chromium } from '@playwright/test';
export const probe = chromium;
