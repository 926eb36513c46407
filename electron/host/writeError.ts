import { BriefpackError } from '../../core/api/contract';

const CAUSE: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is read-only',
  EACCES: 'Briefpack is not allowed to write in this folder',
  EPERM: 'Briefpack is not allowed to write in this folder',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist',
  EISDIR: 'a folder has that name',
};

/**
 * A failed write in a sentence: what happened, and that nothing was lost (the write path leaves
 * the file and its backup as they were). `kept` says what the user still has.
 */
export function writeError(path: string, e: unknown, kept: string, verb = 'saved'): BriefpackError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const cause = (code && CAUSE[code]) ?? `the system refused (${code ?? (e instanceof Error ? e.message : String(e))})`;
  return new BriefpackError('io', `${path}: not ${verb}: ${cause}. ${kept}`);
}
