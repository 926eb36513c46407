// as: core/citations/probe.ts
// lint: no-restricted-globals
// tsc: 2591
export const probe = process.env;
