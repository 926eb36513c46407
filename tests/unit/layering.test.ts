import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules fire. Each file in tests/__fixtures__/layering/ is an import (or a clock, a
 * timer, a Node global) that CONTEXT.md forbids, with a header saying where it pretends to live
 * and what must refuse it:
 *
 *   // as: core/export/probe.ts              the path it is checked as (the file is not there)
 *   // lint: import-x/no-restricted-paths    the ESLint rules that must report it, and only those
 *   // tsc: 6307                             a TypeScript error code `tsc -b` must report for it
 *
 * The fixtures are linted and compiled in memory under that path, never written into the
 * source tree; they are left out of the normal lint and typecheck (eslint.config.js ignores
 * them, tests/tsconfig.json excludes them), so those runs stay green. `allowed-imports.ts` is the
 * control: imports the layers allow, which must draw no report at all.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'tests', '__fixtures__', 'layering');

interface Probe {
  name: string;
  as: string;
  code: string;
  lint: string[];
  tsc: number[] | undefined;
}

function readProbe(name: string): Probe {
  const code = readFileSync(join(DIR, name), 'utf8');
  const header = (key: string) => code.match(new RegExp(`^// ${key}:(.*)$`, 'm'))?.[1]?.trim();
  const as = header('as');
  const lint = header('lint');
  if (!as || lint === undefined) throw new Error(`${name} needs "// as:" and "// lint:" header lines.`);
  const tsc = header('tsc');
  return {
    name,
    as,
    code,
    lint: lint.split(',').map((r) => r.trim()).filter(Boolean).sort(),
    tsc: tsc === undefined ? undefined : tsc.split(',').map((c) => c.trim()).filter(Boolean).map(Number),
  };
}

const probes = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort().map(readProbe);

describe('layer rules: ESLint', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it.each(probes.map((p) => [p.name, p] as const))('%s', async (_name, probe) => {
    const [result] = await eslint.lintText(probe.code, { filePath: join(ROOT, probe.as) });
    const rules = [...new Set(result!.messages.map((m) => m.ruleId ?? m.message))].sort();
    expect(rules).toEqual(probe.lint);
  });
});

describe('layer rules: tsc -b', () => {
  // The projects' references are read from their built declarations, as `tsc -b` reads them.
  beforeAll(() => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-b', '--pretty', 'false'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  const cache = new Map<string, ts.SourceFile | undefined>();

  /** The error codes tsc gives the probe when it sits at `as` in its folder's project. */
  function compile(probe: Probe): number[] {
    const file = join(ROOT, probe.as);
    let dir = dirname(file);
    while (!existsSync(join(dir, 'tsconfig.json'))) dir = dirname(dir);
    const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) => {
      if (name === file) return ts.createSourceFile(name, probe.code, language);
      const key = `${config.options.target}:${name}`;
      if (!cache.has(key)) cache.set(key, read(name, language, ...rest));
      return cache.get(key);
    };
    host.fileExists = (name) => name === file || ts.sys.fileExists(name);
    host.readFile = (name) => (name === file ? probe.code : ts.sys.readFile(name));
    host.writeFile = () => {
      throw new Error('The layering test must not write files.');
    };
    const program = ts.createProgram({
      rootNames: [...config.fileNames, file],
      options: config.options,
      projectReferences: config.projectReferences,
      host,
    });
    const source = program.getSourceFile(file)!;
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    return [...new Set(diagnostics.map((d) => d.code))].sort();
  }

  const compiled = probes.filter((p) => p.tsc !== undefined);
  it.each(compiled.map((p) => [p.name, p] as const))('%s', (_name, probe) => {
    const codes = compile(probe);
    if (probe.tsc!.length === 0) expect(codes).toEqual([]);
    else expect(codes).toEqual(expect.arrayContaining(probe.tsc!));
  });
});

describe('core/ projects', () => {
  it('cover every source file in core/, each in exactly one project', () => {
    const solution = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'core', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const owners = new Map<string, string[]>();
    for (const ref of solution.projectReferences ?? []) {
      const config = ts.getParsedCommandLineOfConfigFile(join(ref.path, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
      for (const file of config.fileNames) owners.set(file, [...(owners.get(file) ?? []), relative(ROOT, ref.path)]);
    }
    const sources = (readdirSync(join(ROOT, 'core'), { recursive: true }) as string[])
      .map((f) => join(ROOT, 'core', f))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('__fixtures__') && !f.includes('node-types-stub'));
    // A folder without its own tsconfig.json (and a reference in core/tsconfig.json) is not type-checked at all.
    const unowned = sources.filter((f) => !owners.has(f)).map((f) => relative(ROOT, f));
    const shared = [...owners].filter(([, projects]) => projects.length > 1).map(([f]) => relative(ROOT, f));
    expect({ unowned, shared }).toEqual({ unowned: [], shared: [] });
  });
});
