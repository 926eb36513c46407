import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One whole process, timed from outside by GNU time: what a user waits for and pays in memory. */
export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
}

const TIME = '/usr/bin/time';

export const has = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Runs `cmd args` `runs` times under GNU time; the run with the median wall time. */
export function timeProcess(cmd: string, args: string[], runs = 3, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const out = join(mkdtempSync(join(tmpdir(), 'bp-time-')), 'time.txt');
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    execFileSync(TIME, ['-o', out, '-f', '%e %U %S %M', cmd, ...args], { stdio: 'ignore', ...options });
    const [e, u, s, m] = readFileSync(out, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
    all.push({ wallMs: e * 1000, cpuMs: (u + s) * 1000, peakRssMiB: m / 1024 });
  }
  all.sort((a, b) => a.wallMs - b.wallMs);
  return all[Math.floor((all.length - 1) / 2)]!;
}

/**
 * Runs each command `runs` times, taking turns (a, b, a, b, …), and gives each one's run with
 * the median wall time. For a ratio between two tools: on a shared machine that slows down or
 * speeds up while the bench runs, taking turns weighs the change on both alike, where running
 * one tool's runs and then the other's put it all on one side.
 */
export function timeProcessesInTurn(commands: readonly { cmd: string; args: string[]; options?: { cwd?: string; env?: NodeJS.ProcessEnv } }[], runs: number): ProcessRun[] {
  const all = commands.map(() => [] as ProcessRun[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => all[k]!.push(timeProcess(c.cmd, c.args, 1, c.options)));
  return all.map((r) => r.sort((a, b) => a.wallMs - b.wallMs)[Math.floor((r.length - 1) / 2)]!);
}

/**
 * `briefpack serve` from spawn until its URL is printed, and until that URL's page has been
 * served: what "web mode is ready" means to someone opening it.
 */
export async function timeServe(bin: string, dir: string): Promise<{ urlMs: number; pageMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--dir', dir], {
    env: { ...process.env, BRIEFPACK_HOME: join(dir, '.state') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        const m = /Briefpack web mode: (\S+)/.exec(text);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`briefpack serve exited with ${code}`)));
    });
    const urlMs = performance.now() - t0;
    const res = await fetch(url);
    await res.text();
    if (!res.ok) throw new Error(`the page answered ${res.status}`);
    return { urlMs, pageMs: performance.now() - t0 };
  } finally {
    child.kill();
  }
}
