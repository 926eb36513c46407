import { z } from 'zod';
import { describeJsonError } from './printableMessage';
import { Block, Cover, CURRENT_VERSION, PACK_FORMAT, PackFile, Settings } from './schema';
import { MIGRATIONS } from './migrations';
import { repairUnsafeCharacters } from './xmlSafeText';

export type Restored = { ok: true; file: PackFile; repairs: string[] };
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
  let current: Record<string, unknown> = { ...env.data };
  for (const m of MIGRATIONS) if (m.from === current.version) current = m.up(current);
  if (current.version !== CURRENT_VERSION) {
    return { ok: false, reason: `This pack's format version ${String(env.data.version)} cannot be upgraded.` };
  }
  return restoreFields(current.pack);
}

function restoreFields(rawPack: unknown): Restored | Refused {
  if (typeof rawPack !== 'object' || rawPack === null || Array.isArray(rawPack)) {
    return { ok: false, reason: 'This Briefpack file has no pack in it.' };
  }
  const pack = rawPack as Record<string, unknown>;
  const repairs: string[] = [];

  const cover = Cover.safeParse(pack.cover);
  let coverValue: Cover;
  if (cover.success) coverValue = cover.data;
  else {
    const title = typeof (pack.cover as { title?: unknown } | undefined)?.title === 'string' ? (pack.cover as { title: string }).title : 'Untitled pack';
    coverValue = Cover.parse({ title });
    repairs.push('The cover fields were damaged and have been reset (the title was kept where possible).');
  }

  const settings = Settings.safeParse(pack.settings ?? {});
  if (!settings.success) repairs.push('The export settings were damaged and have been reset to the defaults.');

  const rawBody = Array.isArray(pack.body) ? pack.body : [];
  if (!Array.isArray(pack.body)) repairs.push('The pack had no readable body; it opens empty.');
  const body: Block[] = [];
  rawBody.forEach((b, i) => {
    const parsed = Block.safeParse(b);
    if (parsed.success) body.push(parsed.data);
    else repairs.push(`Block ${i + 1} could not be read and was left out: ${describeIssue(parsed.error)}`);
  });

  const cleaned = repairUnsafeCharacters({
    template: typeof pack.template === 'string' ? pack.template : 'blank',
    cover: coverValue,
    settings: settings.success ? settings.data : Settings.parse({}),
    body,
  });
  if (cleaned.repair) repairs.push(cleaned.repair);
  const file: PackFile = { format: PACK_FORMAT, version: CURRENT_VERSION, pack: cleaned.pack };
  return { ok: true, file, repairs };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length ? issue.path.join('.') : 'block';
  return `${where}: ${issue.message}`;
}

/** Parses file text: JSON errors become a located sentence, the rest goes to restorePack. */
export function parsePackText(text: string): Restored | Refused {
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `The file is not valid JSON (${describeJsonError(e, text)}); it may be truncated or corrupt.` };
  }
  return restorePack(raw);
}

/** The exact text Briefpack writes: stable key order from the schema, two-space indent. */
export function serializePack(file: PackFile): string {
  return JSON.stringify(PackFile.parse(file), null, 2) + '\n';
}
