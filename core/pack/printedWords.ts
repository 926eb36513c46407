/**
 * The printed words that are not the writer's own: labels, marks and furniture. One place, so
 * the DOCX, the PDF (through core/prepare) and the editor's view of a block print the same ones.
 */
export const PRINTED = {
  bibliography: 'Bibliography',
  contents: 'Contents',
  adapted: ' [adapted]',
  from: 'From',
  for: 'For',
  date: 'Date',
  watermark: 'DRAFT',
  folio: { before: 'Page ', between: ' of ' },
  speakingTime: 'Speaking time: ',
  /** Between adjacent note markers, so "1" and "2" do not read as "12". */
  noteSeparator: ',',
} as const;

/** "Recommendation 3: Sahel", without the number or the heading where the source gives none. */
export function recommendationLabel(number: string | undefined, heading: string | undefined): string {
  const label = number ? `Recommendation ${number}` : 'Recommendation';
  return heading ? `${label}: ${heading}` : label;
}
