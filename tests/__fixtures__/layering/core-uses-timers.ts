// as: core/search/probe.ts
// lint: no-restricted-globals
// tsc: 2304
export const probe = setTimeout(() => undefined, 10);
