import { readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';
import { RecentFile } from '../../core/api/contract';
import { writeFileAtomic } from './atomicWrite';

const RecentList = z.array(RecentFile);
const MAX_RECENT = 10;

/** The recent-files list, kept in the user's state folder. A damaged list is treated as empty. */
export class RecentFiles {
  constructor(private readonly file: string) {}

  async list(): Promise<RecentFile[]> {
    try {
      const parsed = RecentList.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  async add(entry: RecentFile): Promise<void> {
    const rest = (await this.list()).filter((r) => r.path !== entry.path);
    const next = [entry, ...rest].slice(0, MAX_RECENT);
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2) + '\n');
  }
}
