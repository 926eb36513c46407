// as: core/prepare/probe.ts
// lint: no-restricted-properties, no-restricted-syntax
export const probe = [Date.now(), new Date()];
