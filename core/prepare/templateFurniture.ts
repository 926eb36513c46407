/** What a template prints around the text: decided here, once, for both writers. */
export interface TemplateFurniture {
  /** Front matter on a cover page of its own (else a header block on page one). */
  cover: boolean;
  /** A contents page after the front matter. */
  contents: boolean;
  /** Each section's speaking time printed under its heading. */
  speakingTimes: boolean;
}

const LONG_FORM: TemplateFurniture = { cover: true, contents: true, speakingTimes: false };

/**
 * A briefing note and talking points are read in a minute or two: a cover and a contents page
 * would double their length, so they open with a header block instead. Talking points are
 * spoken, so each section says how long it takes. Meeting packs, issue briefs and packs made
 * without a template keep a cover and contents.
 */
const BY_TEMPLATE: Readonly<Record<string, TemplateFurniture>> = {
  'briefing-note': { cover: false, contents: false, speakingTimes: false },
  'talking-points': { cover: false, contents: false, speakingTimes: true },
  'meeting-pack': LONG_FORM,
  'issue-brief': LONG_FORM,
};

export function templateFurniture(template: string): TemplateFurniture {
  return BY_TEMPLATE[template] ?? LONG_FORM;
}
