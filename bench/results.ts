import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, hostname, release } from 'node:os';
import { join } from 'node:path';

/** One measured figure, beside what it is compared with in the same run. */
export interface Figure {
  id: string;
  label: string;
  /** Milliseconds, or MiB where the unit says so. */
  value: number;
  unit: 'ms' | 'MiB';
  /** The other tool's figure for the same work, measured in this run. */
  against?: { label: string; value: number };
  /** value / against.value */
  ratio?: number;
  /** The target, as a sentence ("≤ 0.2× LibreOffice", "< 300 ms"), and whether this run met it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export class Results {
  readonly figures: Figure[] = [];

  add(f: Omit<Figure, 'ratio' | 'met'>, check?: { maxRatio?: number; max?: number }): Figure {
    const ratio = f.against ? f.value / f.against.value : undefined;
    let met: boolean | undefined;
    if (check?.maxRatio !== undefined && ratio !== undefined) met = ratio <= check.maxRatio;
    if (check?.max !== undefined) met = (met ?? true) && f.value <= check.max;
    const figure: Figure = { ...f, ...(ratio !== undefined ? { ratio } : {}), ...(met !== undefined ? { met } : {}) };
    this.figures.push(figure);
    print(figure);
    return figure;
  }

  /** bench/results/<date>-<commit>.json: one file per run, so a regression shows in the history. */
  write(root: string): string {
    const now = new Date();
    const git = (args: string[]) => {
      try {
        return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    };
    const commit = git(['rev-parse', '--short=12', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
    const cpu = cpus();
    const result = {
      date: now.toISOString(),
      commit,
      dirty,
      machine: {
        host: hostname(),
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        os: `${process.platform} ${release()}`,
        node: process.version,
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      },
      figures: this.figures,
    };
    const dir = join(root, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${commit}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    return file;
  }
}

const show = (v: number, unit: Figure['unit']) => (unit === 'MiB' ? `${v.toFixed(0)} MiB` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

function print(f: Figure): void {
  const against = f.against ? `${f.against.label}: ${show(f.against.value, f.unit)}` : '';
  const ratio = f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '';
  const verdict = f.met === undefined ? '' : f.met ? 'met' : 'NOT MET';
  console.log(
    `${f.label.padEnd(58)} ${show(f.value, f.unit).padStart(9)}  ${against.padEnd(40)} ${ratio.padStart(6)}  ${(f.target ?? '').padEnd(22)} ${verdict}${f.note ? `  (${f.note})` : ''}`,
  );
}
