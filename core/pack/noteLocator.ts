import * as z from 'zod';

/**
 * The place a note cites, with its kind, as the pack stores it and the notes print it:
 * - page: "14", "14–15", "xii" (a range is stored with an en dash and in full: "118–119";
 *   printing abbreviates it the Chicago way, "118–19");
 * - paragraph: "para. 3", "paras. 3–5", for a work without page numbers or sections;
 * - section, with or without a paragraph: a heading ("under “Summary,” para. 3") or a section
 *   number ("sec. 2, para. 3").
 */
const PAGE_NUMBER = String.raw`(?:\d+|[ivxlcdm]+|[IVXLCDM]+)`;
/** A page or a range of pages: arabic or roman numerals joined by an en dash. */
export const PAGE_PATTERN = new RegExp(`^${PAGE_NUMBER}(?:\u2013${PAGE_NUMBER})?$`);

const Paragraph = z.number({ message: 'a paragraph must be a number' }).int().positive({ message: 'paragraphs are numbered from 1' });

export const PageLocator = z.object({
  kind: z.literal('page'),
  page: z.string().regex(PAGE_PATTERN, { message: 'a page must be a page number or a range such as 14–15' }),
});
export const ParagraphLocator = z.object({ kind: z.literal('paragraph'), paragraph: Paragraph, through: Paragraph.optional() });
export const SectionLocator = z.object({ kind: z.literal('section'), section: z.string().trim().min(1, { message: 'a section needs a heading or a number' }), paragraph: Paragraph.optional() });

export const NoteLocator = z.discriminatedUnion('kind', [PageLocator, ParagraphLocator, SectionLocator]);
export type NoteLocator = z.infer<typeof NoteLocator>;
export type PageLocator = z.infer<typeof PageLocator>;
