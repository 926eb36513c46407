import type { Inline, Pack } from './schema';

/**
 * How large a pack Briefpack takes, chosen from what exports cost on a small machine (about
 * 4 s and 150 MB of memory per MB of text for PDF, measured 2026-12-02): a real briefing pack
 * holds well under 1 MB of text; these limits leave room for twenty times that, and refuse in
 * a sentence what would otherwise run the export out of memory. docs/pack-format.md lists them.
 */
export const PACK_LIMITS = {
  /** Largest pack file opened, and (with room for the request around it) the web-mode request cap. */
  fileBytes: 32 * 1024 * 1024,
  /** Most text a pack may hold, in characters (about MB): about 2,000 printed pages. */
  textChars: 5_000_000,
  /** Memory an export may use before it is stopped, in MB. */
  exportMemoryMb: 1536,
} as const;

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
const limitMb = (n: number) => `${Math.round(n / 1_000_000)} MB`;
const fileMb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Characters of text in the pack: cover, body, library quotations and notes. */
export function packTextLength(pack: Pack): number {
  let n = 0;
  const c = pack.cover;
  n += c.title.length + c.subtitle.length + c.author.length + c.date.length + c.recipient.length;
  for (const block of pack.body) {
    switch (block.type) {
      case 'excerpt':
      case 'recommendation':
        n += block.ref.text.length;
        break;
      case 'list':
        for (const item of block.items) for (const inline of item) n += inlineLength(inline);
        break;
      default:
        for (const inline of block.children) n += inlineLength(inline);
    }
  }
  return n;
}

function inlineLength(inline: Inline): number {
  return inline.type === 'cite' ? inline.ref.length : inline.text.length;
}

/** Why a pack file of `bytes` cannot be opened, or null. */
export function fileTooLarge(bytes: number): string | null {
  if (bytes <= PACK_LIMITS.fileBytes) return null;
  return `This pack file is ${fileMb(bytes)}; Briefpack opens pack files up to ${fileMb(PACK_LIMITS.fileBytes)}.`;
}

/** Why a pack holding `chars` characters of text cannot be opened, or null. */
export function textTooLargeToOpen(chars: number): string | null {
  if (chars <= PACK_LIMITS.textChars) return null;
  return `This pack holds ${mb(chars)} of text; Briefpack opens packs with up to ${limitMb(PACK_LIMITS.textChars)} of text.`;
}

/** Why a pack holding `chars` characters of text cannot be exported, or null. */
export function textTooLargeToExport(chars: number): string | null {
  if (chars <= PACK_LIMITS.textChars) return null;
  return `This pack is too large to export: ${mb(chars)} of text; the limit is ${limitMb(PACK_LIMITS.textChars)}.`;
}

/** The sentence for an export stopped at the memory ceiling. */
export function exportOutOfMemory(chars: number): string {
  return `This pack is too large to export: ${mb(chars)} of text needed more than the ${PACK_LIMITS.exportMemoryMb} MB of memory an export may use. Split it into smaller packs.`;
}
