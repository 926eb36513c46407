import * as z from 'zod';
import { CURRENT_VERSION, PACK_FORMAT, PackFile } from './schema';
import { migrate } from './migrations/migrate';
import { isRecord } from './restore/restoreObject';
import { restoreCover } from './restore/restoreCover';
import { restoreSettings } from './restore/restoreSettings';
import { restoreBody } from './restore/restoreBody';
import { findInvalidUtf8 } from './findInvalidUtf8';
import { describeJsonError } from './printableMessage';
import { repairUnsafeCharacters } from './xmlSafeText';

export type Restored = {
  ok: true;
  file: PackFile;
  /** Each repair as a sentence naming the field in words; non-empty means the pack opens unsaved. */
  repairs: string[];
  /** The marking could not be read and was raised to the most restrictive: ask the user. */
  confirmMarking: boolean;
};
export type Refused = { ok: false; reason: string };

const Envelope = z.object({ format: z.literal(PACK_FORMAT), version: z.number().int().positive(), pack: z.unknown() });

/**
 * Turns the parsed JSON of a `.briefpack` file into a pack, repairing what can be repaired
 * field by field and refusing, in a sentence a user understands, what cannot. Never throws and
 * never changes its input. A pack that needed repairs opens unsaved with the repairs listed.
 */
export function restorePack(raw: unknown): Restored | Refused {
  const env = Envelope.safeParse(raw);
  if (!env.success) return { ok: false, reason: 'This is not a Briefpack file.' };
  if (env.data.version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: `This pack was made by a newer Briefpack (format version ${env.data.version}; this one reads up to ${CURRENT_VERSION}). Please update Briefpack.`,
    };
  }
  const migrated = migrate(env.data);
  if (!migrated.ok) return migrated;
  return restoreFields(migrated.file.pack);
}

function restoreFields(rawPack: unknown): Restored | Refused {
  if (!isRecord(rawPack)) return { ok: false, reason: 'This Briefpack file has no pack in it.' };
  const repairs: string[] = [];
  const template = typeof rawPack.template === 'string' ? rawPack.template : 'blank';
  if (rawPack.template !== undefined && typeof rawPack.template !== 'string') repairs.push('The template name was unreadable and is now “blank” (it is for information only).');
  const { cover, confirmMarking } = restoreCover(rawPack.cover, repairs);
  const settings = restoreSettings(rawPack.settings, repairs);
  const body = restoreBody(rawPack.body, repairs);
  const cleaned = repairUnsafeCharacters({ template, cover, settings, body });
  if (cleaned.repair) repairs.push(cleaned.repair);
  const file = PackFile.parse({ format: PACK_FORMAT, version: CURRENT_VERSION, pack: cleaned.pack });
  return { ok: true, file, repairs, confirmMarking };
}

const BOM = '\uFEFF';

/**
 * Parses file text: JSON errors become a located sentence, the rest goes to restorePack. A
 * byte-order mark (which some editors add) is stripped, and said, since saving drops it.
 */
export function parsePackText(text: string, decodingRepairs: readonly string[] = []): Restored | Refused {
  const repairs = [...decodingRepairs];
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    repairs.push('The file began with a byte-order mark (added by some text editors); it was removed.');
  }
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `The file is not valid JSON (${describeJsonError(e, text)}); it may be truncated or corrupt.` };
  }
  const restored = restorePack(raw);
  return restored.ok ? { ...restored, repairs: [...repairs, ...restored.repairs] } : restored;
}

/**
 * Parses the bytes of a file. Bytes that are not UTF-8 are never replaced silently: they are
 * shown as U+FFFD (�) by `decode` (a non-fatal UTF-8 decoder, given by the caller since core has
 * no TextDecoder of its own) and listed as a repair, so the pack opens unsaved.
 */
export function parsePackBytes(bytes: Uint8Array, decode: (bytes: Uint8Array) => string): Restored | Refused {
  const invalid = findInvalidUtf8(bytes);
  const repairs = invalid.count === 0 ? [] : [
    `${invalid.count === 1 ? 'One place' : `${invalid.count} places`} in the file (the first at byte ${invalid.firstAt}) ${invalid.count === 1 ? 'was' : 'were'} not readable text (not UTF-8) and ${invalid.count === 1 ? 'is' : 'are'} now shown as �.`,
  ];
  return parsePackText(decode(bytes), repairs);
}

/** The exact text Briefpack writes: stable key order from the schema, two-space indent. */
export function serializePack(file: PackFile): string {
  return JSON.stringify(PackFile.parse(file), null, 2) + '\n';
}
