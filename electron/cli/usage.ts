export const USAGE = `Usage:
  briefpack new --template <name> --out <file>
  briefpack validate <file> [--json] [--library <folder>]
  briefpack repair <file> --out <file>
  briefpack export <file> --format docx|pdf|csl-json --out <file>|- [--paper a4|letter] [--strict] [--library <folder>]   (- writes to stdout)
  briefpack library build
  briefpack library report
  briefpack library import <file…> [--meta <csl.json>] [--dry-run] [--library <folder>]
  briefpack library search <query> [--json] [--kind excerpt|recommendation] [--source <id>] [--limit <n>] [--library <folder>]
  briefpack library show <id> [--json] [--library <folder>]
  briefpack serve [--port <n>] [--dir <folder>] [--new-token] [--library <folder>]

--library names a folder of your own sources (default: your data folder); it is read beside the bundled library.`;

/** Bad usage: exit 2 with the message and the usage text. */
export class UsageError extends Error {}
