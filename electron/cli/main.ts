import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BriefpackError } from '../../core/api/contract';
import { printableMessage } from '../../core/pack/printableMessage';
import * as cmd from './commands';
import { USAGE, UsageError } from './usage';

/**
 * The `briefpack` command. Exit 0 on success; 1 on bad input, with one line on stderr naming
 * the file and the problem; 2 on bad usage. A contract other tools rely on: keep it stable.
 */
export async function main(
  argv: string[],
  io: cmd.Io = {
    out: (l) => process.stdout.write(l + '\n'),
    warn: (l) => process.stderr.write(oneLine(l) + '\n'),
    bytes: (b) => process.stdout.write(b),
  },
): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`briefpack: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof BriefpackError) {
      process.stderr.write(`briefpack: ${oneLine(e.message)}\n`);
      return 1;
    }
    process.stderr.write(`briefpack: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    if (process.env.BRIEFPACK_DEBUG) console.error(e);
    return 1;
  }
}

// One line, and nothing from a file's bytes can act on the terminal (see printableMessage).
const oneLine = (s: string) => printableMessage(s.replace(/\s*\n\s*/g, ' '));

/** `--library <folder>`: every command that reads the library accepts it. */
const LIBRARY = { library: { type: 'string' } } as const;

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, positionals: number | 'any') {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (positionals !== 'any' && parsed.positionals.length !== positionals) {
    throw new UsageError(positionals === 0 ? `unexpected argument "${parsed.positionals[0]}".` : `expected ${positionals} argument(s).`);
  }
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

const libOpt = (values: Record<string, string | boolean | undefined>) => (typeof values.library === 'string' ? { library: values.library } : {});

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required.`);
  return v;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${flag} "${value}" (use ${allowed.join(' or ')}).`);
  return value as T;
}

async function run(argv: string[], io: cmd.Io): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'new': {
      const { values } = parse(rest, { template: { type: 'string' }, out: { type: 'string' } }, 0);
      return cmd.cmdNew({ template: required(values, 'template'), out: required(values, 'out') }, io);
    }
    case 'validate': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, ...LIBRARY }, 1);
      return cmd.cmdValidate({ path: positionals[0]!, json: values.json === true, ...libOpt(values) }, io);
    }
    case 'repair': {
      const { values, positionals } = parse(rest, { out: { type: 'string' } }, 1);
      return cmd.cmdRepair({ file: positionals[0]!, out: required(values, 'out') }, io);
    }
    case 'export': {
      const { values, positionals } = parse(rest, { format: { type: 'string' }, out: { type: 'string' }, paper: { type: 'string' }, strict: { type: 'boolean' }, ...LIBRARY }, 1);
      const format = oneOf(required(values, 'format'), ['docx', 'pdf', 'csl-json'] as const, 'format')!;
      const paper = oneOf(values.paper as string | undefined, ['a4', 'letter'] as const, 'paper');
      return cmd.cmdExport({ file: positionals[0]!, format, out: required(values, 'out'), strict: values.strict === true, ...(paper ? { paper } : {}), ...libOpt(values) }, io);
    }
    case 'library':
      return runLibrary(rest, io);
    case 'serve': {
      const { values } = parse(rest, { port: { type: 'string' }, dir: { type: 'string' }, 'new-token': { type: 'boolean' }, ...LIBRARY }, 0);
      const port = values.port === undefined ? undefined : cmd.parsePositiveInt(values.port as string, '--port');
      await cmd.cmdServe({ ...(port === undefined ? {} : { port }), ...(typeof values.dir === 'string' ? { dir: values.dir } : {}), newToken: values['new-token'] === true, ...libOpt(values) }, io);
      return;
    }
    case undefined:
    case '--help':
    case 'help':
      if (command === undefined) throw new UsageError('a command is needed.');
      io.out(USAGE);
      return;
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

async function runLibrary(argv: string[], io: cmd.Io): Promise<void> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'build':
      parse(rest, {}, 0);
      return cmd.cmdLibraryBuild(io);
    case 'report':
      parse(rest, {}, 0);
      return cmd.cmdLibraryReport(io);
    case 'import': {
      const { values, positionals } = parse(rest, { meta: { type: 'string' }, 'dry-run': { type: 'boolean' }, ...LIBRARY }, 'any');
      return cmd.cmdLibraryImport({ files: positionals, dryRun: values['dry-run'] === true, ...(typeof values.meta === 'string' ? { meta: values.meta } : {}), ...libOpt(values) }, io);
    }
    case 'search': {
      const { values, positionals } = parse(
        rest,
        { json: { type: 'boolean' }, kind: { type: 'string' }, source: { type: 'string' }, limit: { type: 'string' }, ...LIBRARY },
        1,
      );
      const kind = oneOf(values.kind as string | undefined, ['excerpt', 'recommendation'] as const, 'kind');
      const limit = values.limit === undefined ? 10 : cmd.parsePositiveInt(values.limit as string, '--limit');
      if (limit < 1 || limit > 200) throw new UsageError('--limit must be from 1 to 200.');
      return cmd.cmdLibrarySearch(
        { query: positionals[0]!, json: values.json === true, limit, ...(kind ? { kind } : {}), ...(typeof values.source === 'string' ? { source: values.source } : {}), ...libOpt(values) },
        io,
      );
    }
    case 'show': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, ...LIBRARY }, 1);
      return cmd.cmdLibraryShow({ id: positionals[0]!, json: values.json === true, ...libOpt(values) }, io);
    }
    default:
      throw new UsageError(sub === undefined ? 'library needs a subcommand.' : `unknown library subcommand "${sub}".`);
  }
}
