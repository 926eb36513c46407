/** Types for loadBuiltCli.mjs (plain JavaScript: bin/ runs without a compiler). */
export interface BuiltCli {
  main(argv: string[], io?: { out(line: string): void; warn(line: string): void; bytes(data: Uint8Array): void }): Promise<number>;
  /** Whether V8 took a code cache made for this main.js ('rejected': one was there, V8 refused it). */
  codeCache: 'used' | 'rejected' | 'none';
  /** Writes the code cache for main.js as this process has compiled it so far; returns its path. */
  writeCodeCache(): string;
}
/** out/cli/inputs.json as scripts/buildCli.mjs writes it: the parts the loader reads. */
export interface BuildRecord {
  outputs?: Record<string, { size: number; mtimeMs: number; sha256: string }>;
}
/** `built`: the build's record as the caller already read it; without it, the loader reads it. */
export function loadBuiltCli(cliDir: string, built?: BuildRecord): BuiltCli;
