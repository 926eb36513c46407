import { execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { packFile } from '../core/pack/__fixtures__/packFile';
import { stats, type Stats } from './stats';

export interface ResponsivenessRun {
  label: string;
  requestMb: number;
  /** How the export ended: "file, N KB" or the refusal's sentence. */
  outcome: string;
  exportMs: number;
  pings: Stats;
  slowPings: number;
  /** The machine's one-minute load average when the run ended: other work competes for its cores. */
  load: number;
}

const PING_EVERY_MS = 50;
const SENTENCE = 'The Alliance and its southern partners share interests that a template cannot capture. ';

/** A pack of about `chars` characters of text in plain paragraphs, as JSON for an exportPack request. */
function exportBody(chars: number, out: string): string {
  const text = SENTENCE.repeat(12);
  const body = Array.from({ length: Math.ceil(chars / text.length) }, (_, i) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `${i}. ${text}` }] }));
  return JSON.stringify({ file: packFile(body, { cover: { title: 'Large pack' } }), format: 'pdf', out });
}

function post(port: number, token: string, op: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/api/${op}`, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends a request body from a file with curl, a process of its own: sending 30 MB from this
 * process would hold up the very thread that measures the server's answers.
 */
async function postFileWithCurl(port: number, token: string, op: string, file: string): Promise<{ status: number; text: string }> {
  const { stdout } = await promisify(execFile)(
    'curl',
    ['-sS', '-X', 'POST', '-H', 'Content-Type: application/json', '-H', `Authorization: Bearer ${token}`, '--data-binary', `@${file}`, '-w', '\n%{http_code}', `http://127.0.0.1:${port}/api/${op}`],
    { maxBuffer: 16 << 20 },
  );
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), text: stdout.slice(0, cut) };
}

/**
 * A process of its own that asks the server for exportStatus every 50 ms and reports each
 * answer's latency, so nothing this process does (spawning, holding a 30 MB string) is
 * mistaken for the server being slow.
 */
function startPinger(port: number, token: string): { ready: Promise<void>; stop: () => Promise<number[]> } {
  const script = `
    const http = require('node:http');
    let stopping = false;
    process.stdin.on('data', () => { stopping = true; });
    const ping = () => new Promise((resolve, reject) => {
      const t = performance.now();
      const req = http.request({ host: '127.0.0.1', port: ${port}, method: 'POST', path: '/api/exportStatus',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - t));
      });
      req.on('error', reject);
      req.end('{}');
    });
    (async () => {
      process.stdout.write('ready\\n');
      while (!stopping) {
        process.stdout.write((await ping()).toFixed(2) + '\\n');
        await new Promise((r) => setTimeout(r, ${PING_EVERY_MS}));
      }
      process.exit(0);
    })();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) resolve();
    }),
  );
  const stop = async () => {
    child.stdin.write('stop\n');
    await new Promise((r) => child.once('exit', r));
    return out.split('\n').slice(1).filter(Boolean).map(Number);
  };
  return { ready, stop };
}

/**
 * The "frozen app" check: `briefpack serve` (the real server, its own process) exports a large
 * pack, sent by curl, while a third process asks it every 50 ms how the export is going; every
 * answer's latency is kept. The export must end in a file or a sentence, and no answer may take 100 ms or more.
 */
export async function benchResponsiveness(root: string, sizes: { label: string; chars: number }[]): Promise<ResponsivenessRun[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bp-bench-serve-'));
  const child = spawn(process.execPath, [join(root, 'bin', 'briefpack.mjs'), 'serve', '--port', '0', '--dir', dir], {
    cwd: root,
    env: { ...process.env, BRIEFPACK_HOME: join(dir, '.state') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Briefpack web mode: (\S+)/.exec(out);
        if (m) resolve(new URL(m[1]!));
      });
      child.once('exit', (code) => reject(new Error(`briefpack serve exited with ${code}`)));
    });
    const port = Number(url.port);
    const token = url.searchParams.get('token')!;
    const runs: ResponsivenessRun[] = [];
    // A warm-up export: the worker starts and reads the library and fonts once, as in use.
    await post(port, token, 'exportPack', exportBody(2_000, join(dir, 'warm.pdf')));
    for (const size of sizes) {
      const out = join(dir, `${size.label}.pdf`);
      const bodyFile = join(dir, `${size.label}.json`);
      const body = exportBody(size.chars, out);
      const requestMb = body.length / 1e6;
      await writeFile(bodyFile, body);
      const pinger = startPinger(port, token);
      await pinger.ready;
      const started = performance.now();
      const res = await postFileWithCurl(port, token, 'exportPack', bodyFile);
      const exportMs = performance.now() - started;
      const latencies = await pinger.stop();
      const reply = JSON.parse(res.text) as { ok: boolean; result?: { bytes: number }; error?: { message: string } };
      const outcome = reply.ok ? `file, ${Math.round((await stat(out)).size / 1024)} KB` : `refused (${res.status}): ${reply.error?.message ?? ''}`;
      runs.push({ label: size.label, requestMb, outcome, exportMs, pings: stats(latencies), slowPings: latencies.filter((l) => l >= 100).length, load: loadavg()[0]! });
    }
    return runs;
  } finally {
    child.kill();
  }
}
