import { AlignmentType, BorderStyle, LineRuleType, ShadingType, TabStopType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import {
  BIBLIOGRAPHY,
  BODY,
  COLOURS,
  COVER,
  EXCERPT,
  FURNITURE,
  HEADER_BLOCK,
  HEADINGS,
  LIST_INDENT,
  MARKING,
  NOTE,
  PARAGRAPH_GAP,
  QUOTE_INDENT,
  SPEAKING_TIME,
  type TextStyle,
} from '../pdf/typeScale';
import type { FontKey } from '../pdf/fonts';
import { NOTE_GAP } from '../pdf/layoutNotes';

/**
 * Every paragraph the exporter writes has a named style, so a user restyles the pack in Word
 * (Modify Style) instead of fighting direct formatting. IDs are Word's built-in ones where Word has
 * one (Heading1, Quote, ListBullet, FootnoteText...), so Word treats them as its own.
 *
 * Sizes, leading and spacing are the PDF's (core/export/pdf/typeScale.ts), so the two formats
 * look alike and break pages alike. The PDF embeds Liberation Serif and Liberation Sans; the
 * DOCX names Times New Roman and Arial, which have the same metrics: Word on Windows and macOS
 * has them, and LibreOffice renders them with Liberation, so a line holds the same words in both.
 */

export const SERIF_FONT = 'Times New Roman';
export const SANS_FONT = 'Arial';

/** Half-points and twips, Word's units. */
const hp = (pt: number) => Math.round(pt * 2);
export const tw = (pt: number) => Math.round(pt * 20);
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Font, size and exact leading of a PDF text style, as Word run and paragraph properties. */
function typeOf(style: TextStyle): Pick<IParagraphStyleOptions, 'run' | 'paragraph'> {
  const face: Record<FontKey, { font: string; bold?: boolean; italics?: boolean }> = {
    serif: { font: SERIF_FONT },
    serifBold: { font: SERIF_FONT, bold: true },
    serifItalic: { font: SERIF_FONT, italics: true },
    serifBoldItalic: { font: SERIF_FONT, bold: true, italics: true },
    sans: { font: SANS_FONT },
    sansBold: { font: SANS_FONT, bold: true },
  };
  return {
    run: { ...face[style.font], size: hp(style.size) },
    paragraph: { spacing: { line: tw(style.leading), lineRule: LineRuleType.EXACT } },
  };
}

function styled(
  id: string,
  name: string,
  style: TextStyle,
  extra: { before?: number; after?: number; paragraph?: IParagraphStyleOptions['paragraph']; run?: IParagraphStyleOptions['run']; basedOn?: string; next?: string; uiPriority?: number },
): IParagraphStyleOptions {
  const t = typeOf(style);
  return {
    id,
    name,
    basedOn: extra.basedOn ?? 'Normal',
    ...(extra.next ? { next: extra.next } : {}),
    quickFormat: true,
    ...(extra.uiPriority ? { uiPriority: extra.uiPriority } : {}),
    paragraph: { ...extra.paragraph, spacing: { ...t.paragraph?.spacing, before: tw(extra.before ?? 0), after: tw(extra.after ?? 0) } },
    run: { ...t.run, ...extra.run },
  };
}

/** Outline levels make headings appear in Word's navigation pane and table of contents. */
function heading(level: 1 | 2 | 3): IParagraphStyleOptions {
  const h = HEADINGS[level];
  return {
    ...styled(`Heading${level}`, `heading ${level}`, h, { before: h.before, after: h.after, next: 'Normal', uiPriority: 9 }),
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, alignment: AlignmentType.LEFT, spacing: { line: tw(h.leading), lineRule: LineRuleType.EXACT, before: tw(h.before), after: tw(h.after) } },
  };
}

/** Inset of a recommendation's text from its box, and the box's strong left rule (as the PDF draws them). */
const BOX_INSET = 12;
const recommendationPanel = {
  border: { left: { style: BorderStyle.SINGLE, size: 24, space: BOX_INSET - 3, color: hex(COLOURS.recommendationRule) } },
  shading: { type: ShadingType.CLEAR, fill: hex(COLOURS.recommendationFill), color: 'auto' },
  indent: { left: tw(BOX_INSET), right: tw(BOX_INSET) },
};

/** Where a recommendation's horizon sits: flush right inside the box. */
export function horizonTab(textWidthTwips: number) {
  return { type: TabStopType.RIGHT, position: textWidthTwips - 2 * tw(BOX_INSET) };
}

const muted = { color: hex(COLOURS.muted) };

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    paragraph: { alignment: AlignmentType.BOTH, spacing: { before: tw(PARAGRAPH_GAP), after: 0, line: tw(BODY.leading), lineRule: LineRuleType.EXACT } },
    run: { font: SERIF_FONT, size: hp(BODY.size) },
  },
  styled('Title', 'Title', COVER.title, { next: 'Subtitle', uiPriority: 10, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('Subtitle', 'Subtitle', COVER.subtitle, { before: 8, next: 'Normal', uiPriority: 11, run: muted, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('CoverLabel', 'Cover Label', COVER.label, { run: muted, paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
  styled('CoverDetail', 'Cover Detail', COVER.value, { after: 10, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('HeaderTitle', 'Header Title', HEADER_BLOCK.title, { next: 'Normal', paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
  styled('HeaderSubtitle', 'Header Subtitle', HEADER_BLOCK.subtitle, { before: 2, run: muted, paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
  styled('HeaderDetail', 'Header Detail', BODY, { paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
  heading(1),
  heading(2),
  heading(3),
  {
    // Not outlined (Word's own TOC Heading is body level), so the contents don't list themselves.
    ...styled('TOCHeading', 'TOC Heading', HEADINGS[1], { next: 'Normal', uiPriority: 39, paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
    paragraph: { keepNext: true, alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: tw(HEADINGS[1].leading + 10), lineRule: LineRuleType.EXACT } },
  },
  styled('TOC1', 'toc 1', { ...BODY, font: 'serifBold' }, { before: 6, uiPriority: 39, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('TOC2', 'toc 2', BODY, { uiPriority: 39, paragraph: { alignment: AlignmentType.LEFT, indent: { left: tw(16), hanging: 0 } } }),
  styled('Quote', 'Quote', BODY, { before: PARAGRAPH_GAP, next: 'Normal', uiPriority: 29, paragraph: { indent: { left: tw(QUOTE_INDENT), right: tw(QUOTE_INDENT) } } }),
  styled('Excerpt', 'Excerpt', EXCERPT, {
    before: PARAGRAPH_GAP + 2,
    next: 'Normal',
    paragraph: { indent: { left: tw(QUOTE_INDENT), right: tw(QUOTE_INDENT) }, border: { left: { style: BorderStyle.SINGLE, size: 10, space: 9, color: '999999' } } },
  }),
  styled('ListBullet', 'List Bullet', BODY, { before: 2, uiPriority: 36 }),
  styled('ListNumber', 'List Number', BODY, { before: 2, uiPriority: 36 }),
  styled('SpeakingTime', 'Speaking Time', SPEAKING_TIME, { next: 'Normal', run: muted, paragraph: { keepNext: true, alignment: AlignmentType.LEFT } }),
  styled('RecommendationHeading', 'Recommendation Heading', { font: 'sansBold', size: 10.5, leading: 15 }, {
    before: PARAGRAPH_GAP + 4 + 7,
    next: 'Recommendation',
    run: { color: hex(COLOURS.recommendationRule) },
    paragraph: { ...recommendationPanel, keepNext: true, keepLines: true, alignment: AlignmentType.LEFT },
  }),
  styled('Recommendation', 'Recommendation', BODY, { after: 7, next: 'Normal', paragraph: { ...recommendationPanel, keepLines: true } }),
  {
    // The PDF's note size, leading and 2 pt between notes (layoutNotes NOTE_GAP), nothing after:
    // LibreOffice misplaced notes with pandoc's taller note styles; these place all 150 of longDoc.
    ...styled('FootnoteText', 'footnote text', NOTE, { before: NOTE_GAP, uiPriority: 99 }),
    link: 'FootnoteTextChar',
    unhideWhenUsed: true,
  },
  styled('Bibliography', 'Bibliography', BIBLIOGRAPHY, { before: 4, uiPriority: 37, paragraph: { alignment: AlignmentType.LEFT, indent: { left: tw(18), hanging: tw(18) } } }),
  styled('Header', 'header', FURNITURE, { uiPriority: 99, run: muted, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('Footer', 'footer', FURNITURE, { uiPriority: 99, run: muted, paragraph: { alignment: AlignmentType.LEFT } }),
  styled('Marking', 'Marking', MARKING, { paragraph: { alignment: AlignmentType.CENTER } }),
];

export const LIST_INDENT_TWIPS = tw(LIST_INDENT);

export function docxStyles(): IStylesOptions {
  return {
    default: { document: { run: { font: SERIF_FONT, size: hp(BODY.size) } } },
    paragraphStyles: PARAGRAPH_STYLES,
    // docx marks the contents entries' runs with this style; defined so no run points at nothing.
    characterStyles: [{ id: 'IndexLink', name: 'Index Link', uiPriority: 99, unhideWhenUsed: true }],
  };
}
