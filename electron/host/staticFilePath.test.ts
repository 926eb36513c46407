import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticFilePath } from './staticFilePath';

const ROOT = join('/srv', 'renderer');

describe('staticFilePath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['/assets/a%20b.css', join('assets', 'a b.css')],
    ['//assets/x.js', join('assets', 'x.js')],
    ['/assets/../index.html', 'index.html'],
    // A URL path is absolute: dot segments above its top stop there, inside the root.
    ['/../secret', 'secret'],
    ['/%2e%2e/secret', 'secret'],
    ['/assets%2f..%2f..%2fsecret', 'secret'],
  ])('serves %s from inside the root', (path, rel) => {
    expect(staticFilePath(ROOT, path)).toBe(join(ROOT, rel));
  });

  it.each([
    ['a backslash parent (a separator on Windows)', '/..\\secret'],
    ['a NUL byte', '/index.html%00.js'],
    ['a malformed escape', '/%E0%A4'],
    ['nothing after the slashes', '//'],
  ])('refuses %s', (_what, path) => {
    expect(staticFilePath(ROOT, path)).toBeNull();
  });
});
