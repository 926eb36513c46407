import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may use web mode: the one place the per-run token is checked. Every request needs it.
 * The API takes it only as `Authorization: Bearer <token>`, which a page from another site
 * cannot make the browser send. A page load takes it from the address (`?token=`, as
 * `briefpack serve` prints it) and sets it as a same-site cookie, so the page's own scripts,
 * styles and fonts, which the browser fetches without asking the page, carry it as well.
 */
export interface WebAccess {
  /** An API request: Bearer token only. */
  api(req: IncomingMessage): boolean;
  /** A page or asset: the token in the address or in the cookie a first load set. */
  page(req: IncomingMessage, url: URL): boolean;
  /** The Set-Cookie header a page load with a valid token in its address answers with. */
  cookie(): string;
  /** The cookie's name, per port: two servers on one machine keep their own. */
  readonly cookieName: string;
}

export function webAccess(token: string, port: number): WebAccess {
  const cookieName = `briefpack_token_${port}`;
  const matches = (given: string | undefined | null) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const bearer = (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
  };
  const fromCookie = (req: IncomingMessage) => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === cookieName) return value.join('=');
    }
    return null;
  };
  return {
    cookieName,
    api: (req) => matches(bearer(req)),
    page: (req, url) => matches(url.searchParams.get('token')) || matches(fromCookie(req)) || matches(bearer(req)),
    cookie: () => `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
  };
}
