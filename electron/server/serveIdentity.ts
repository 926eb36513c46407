import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../host/atomicWrite';

const Identity = z.object({ folder: z.string(), port: z.number().int().min(1).max(65535), token: z.string().min(32) });
export type ServeIdentity = z.infer<typeof Identity>;

/**
 * Web mode's port and token for one served folder, kept across restarts so that a tab left
 * open when `briefpack serve` stopped reaches the restarted server at the same address with
 * the same token, and reconnects by itself. One file per folder in the user's state folder,
 * readable by the user only (0600, in a 0700 folder): the token is what lets a page read and
 * write packs. A file that others could read is not trusted: its token is replaced.
 */
export class ServeIdentities {
  constructor(private readonly stateDir: string) {}

  private dir = () => join(this.stateDir, 'serve');
  private fileFor = (folder: string) => join(this.dir(), `${createHash('sha256').update(folder).digest('hex').slice(0, 24)}.json`);

  /** The saved identity of `folder`, or null if there is none, it is damaged, or others could read it. */
  async load(folder: string): Promise<ServeIdentity | null> {
    const file = this.fileFor(folder);
    try {
      if (((await stat(file)).mode & 0o077) !== 0) return null;
      const parsed = Identity.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success && parsed.data.folder === folder ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async save(identity: ServeIdentity): Promise<void> {
    await mkdir(this.dir(), { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.fileFor(identity.folder), JSON.stringify(identity, null, 2) + '\n', { mode: 0o600 });
  }
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}
