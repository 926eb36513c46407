/** Types for loadBuiltCli.mjs (plain JavaScript: bin/ runs without a compiler). */
export interface BuiltCli {
  main(argv: string[], io?: { out(line: string): void; warn(line: string): void; bytes(data: Uint8Array): void }): Promise<number>;
  /** Whether V8 took a code cache made for this main.js ('rejected': one was there, V8 refused it). */
  codeCache: 'used' | 'rejected' | 'none';
  /** Writes the code cache for main.js as this process has compiled it so far; returns its path. */
  writeCodeCache(): string;
}
export function loadBuiltCli(cliDir: string): BuiltCli;
