import { isAbsolute, join, normalize, relative } from 'node:path';

/**
 * The file under `root` that a request's URL path names, or null when it names none: `/` is
 * index.html; percent-escapes are decoded once; a path that is malformed, holds a NUL, or
 * climbs out of `root` (`..`, encoded or not) is refused. The one rule for both ways the
 * built renderer is served: Electron's app:// protocol handler and web mode's HTTP server.
 */
export function staticFilePath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname === '/' ? '/index.html' : urlPathname);
  } catch {
    return null; // a malformed escape such as "%E0%A4"
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^[/\\]+/, '');
  if (rel === '' || rel.split(/[/\\]/).includes('..')) return null;
  const file = join(root, rel);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
