import { longDoc, WRITER_OPTIONS } from '../fixtures/sampleDocs';
import { toDocx } from './toDocx';

/**
 * Times toDocx on the 150-citation pack: median of 5 runs after one warm-up, so JIT warm-up and
 * a stray slow run don't decide the number. performance.now() is a timer, not a clock input.
 */
export async function benchDocx(): Promise<{ ms: number }> {
  const doc = longDoc(150);
  const options = { ...WRITER_OPTIONS, contentsPages: [] };
  await toDocx(doc, options);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await toDocx(doc, options);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { ms: Math.round(runs[2]! * 10) / 10 };
}
