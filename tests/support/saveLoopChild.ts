// The child of the kill-loop test (tests/unit/killLoop.test.ts): saves one pack over and over
// through the real write path, one version after another, until it is killed. Prints "ready"
// once started and each version's number once its save has returned.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../electron/host/atomicWrite';

const [path, templatePath, first] = process.argv.slice(2) as [string, string, string];
const template = readFileSync(templatePath, 'utf8');
process.stdout.write('ready\n');
for (let v = Number(first); ; v++) {
  await writeFileAtomic(path, template.replace('@@VERSION@@', String(v)), { backup: true });
  process.stdout.write(`${v}\n`);
}
