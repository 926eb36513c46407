// as: core/library/probe.ts
// lint: no-restricted-syntax
// tsc: 2307
export async function probe(): Promise<unknown> {
  return await import('node:fs');
}
