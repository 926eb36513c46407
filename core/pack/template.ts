import * as z from 'zod';
import { CURRENT_VERSION, PACK_FORMAT, Pack, type PackFile } from './schema';

/** A template in templates/: a documented pack skeleton whose guidance paragraphs say what goes where. */
export const Template = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string(),
  pack: Pack,
});
export type Template = z.infer<typeof Template>;

/** A new pack from a template; `date` is today's date as the user's locale prints it. */
export function packFromTemplate(template: Template, date: string): PackFile {
  const pack = structuredClone(template.pack);
  pack.template = template.name;
  if (pack.cover.date === '') pack.cover.date = date;
  return { format: PACK_FORMAT, version: CURRENT_VERSION, pack };
}
