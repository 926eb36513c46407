import type { Notice } from '../state/packStore';

/** System error codes the host may pass on, in words a policy officer reads without help. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'that folder does not exist',
  EISDIR: 'that is a folder, not a file',
  ENOTDIR: 'part of that path is a file, not a folder',
  EACCES: 'this computer does not allow it there',
  EPERM: 'this computer does not allow it there',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'another program is using the file',
  EMFILE: 'too many files are open; close some programs and try again',
};

/**
 * An error as a notice: the sentence with any system code (ENOENT, EISDIR…) put into words,
 * and the original text kept under "Details" for whoever supports the user.
 */
export function errorNotice(e: unknown): Notice {
  const raw = e instanceof Error ? e.message : String(e);
  let plain = raw.replace(/\s*\((E[A-Z]+)\)/g, (_m, code: string) => `: ${SYSTEM_ERRORS[code] ?? 'the computer refused'}`);
  plain = plain.replace(/:\s*:/g, ':');
  return plain === raw ? { kind: 'error', text: raw } : { kind: 'error', text: plain, details: raw };
}
