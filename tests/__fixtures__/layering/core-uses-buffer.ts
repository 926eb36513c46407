// as: core/export/probe.ts
// lint: no-restricted-globals
// tsc: 2693
export const probe = Buffer.from('bytes');
