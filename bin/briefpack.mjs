#!/usr/bin/env node
// The `briefpack` command. It runs the TypeScript sources through tsx, so the CLI can never
// lag behind a build of them.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
const code = await main(process.argv.slice(2));
if (process.argv[2] !== 'serve' || code !== 0) process.exit(code);
