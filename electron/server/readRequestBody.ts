import type { IncomingMessage } from 'node:http';
import { PACK_LIMITS } from '../../core/pack/packLimits';

/** The largest request body: a pack at the size limit, with room for the request around it. */
export const MAX_BODY = PACK_LIMITS.fileBytes + 1024 * 1024;
/** Bodies above this count as large, and only a few large ones are read at a time. */
export const LARGE_BODY = 1024 * 1024;
export const MAX_LARGE_BODIES = 2;
/** What is read and thrown away of a refused body before the connection is closed. */
const MAX_DRAIN = 512 * 1024 * 1024;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 503; message: string };

/**
 * Reads request bodies within limits: one body up to MAX_BODY, and at most MAX_LARGE_BODIES
 * large ones at once, so a handful of clients cannot make the server hold gigabytes. A refused
 * body is read to its end and dropped before the answer goes out: closing the connection while
 * the browser still sends would reach the page as a reset, not as the sentence we mean.
 */
export function bodyReader(): (req: IncomingMessage) => Promise<BodyResult> {
  let large = 0;
  return (req) =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? NaN);
      const chunks: Buffer[] = [];
      // With a declared length the body is copied into one buffer as it arrives: no 30 MB
      // concatenation at the end, on the thread that answers everyone else.
      let into = Number.isInteger(declared) && declared > LARGE_BODY && declared <= MAX_BODY ? Buffer.allocUnsafeSlow(declared) : undefined;
      let size = 0;
      let counted = false;
      let refusal: Extract<BodyResult, { ok: false }> | undefined;
      const count = () => {
        if (counted) return true;
        if (large >= MAX_LARGE_BODIES) return false;
        large += 1;
        counted = true;
        return true;
      };
      const release = () => {
        if (counted) large -= 1;
        counted = false;
      };
      const refuse = (r: Extract<BodyResult, { ok: false }>) => {
        refusal = r;
        chunks.length = 0;
        into = undefined;
        release();
      };
      if (declared > MAX_BODY) refuse(tooLarge(declared));
      else if (declared > LARGE_BODY && !count()) refuse(busy());
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (refusal) {
          if (size > MAX_DRAIN) req.destroy();
          return;
        }
        if (size > MAX_BODY) return refuse(tooLarge(size));
        if (size > LARGE_BODY && !count()) return refuse(busy());
        if (into && size <= into.length) c.copy(into, size - c.length);
        else {
          // Longer than declared (the parser stops that, but to be safe): collect instead.
          if (into) chunks.push(into.subarray(0, size - c.length));
          into = undefined;
          chunks.push(c);
        }
      });
      req.on('end', () => {
        release();
        resolve(refusal ?? { ok: true, body: into ? into.subarray(0, size) : Buffer.concat(chunks) });
      });
      req.on('error', (e) => {
        release();
        reject(e);
      });
      req.on('close', release);
    });
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function tooLarge(bytes: number): Extract<BodyResult, { ok: false }> {
  return { ok: false, status: 413, message: `This request is too large (${mb(bytes)}); Briefpack takes up to ${mb(MAX_BODY)}, so this pack is too large for it.` };
}

function busy(): Extract<BodyResult, { ok: false }> {
  return { ok: false, status: 503, message: 'Briefpack is busy receiving other large packs; try again in a moment.' };
}
