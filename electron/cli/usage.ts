export const USAGE = `Usage:
  briefpack new --template <name> --out <file>
  briefpack validate <file>
  briefpack export <file> --format docx|pdf --out <file>|- [--paper a4|letter] [--strict]   (- writes to stdout)
  briefpack library build
  briefpack library report
  briefpack library search <query> [--json] [--kind excerpt|recommendation] [--source <id>] [--limit <n>]
  briefpack library show <id> [--json]
  briefpack serve [--port <n>] [--dir <folder>]`;

/** Bad usage: exit 2 with the message and the usage text. */
export class UsageError extends Error {}
