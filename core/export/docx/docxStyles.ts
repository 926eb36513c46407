import { AlignmentType, BorderStyle, LineRuleType, ShadingType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/**
 * Every paragraph the exporter writes has a named style, so a user restyles the pack in Word
 * (Modify Style) instead of fighting direct formatting. IDs are Word's built-in ones where Word has
 * one (Heading1, Quote, ListBullet, FootnoteText...), so Word treats them as its own.
 *
 * Sizes are half-points, spacing twips. Arial: what UK government briefs use, and LibreOffice
 * renders it with the metric-identical Liberation Sans, so page breaks match Word's.
 */

const BODY_FONT = 'Arial';
const ACCENT = '1F3864'; // dark navy: prints well in greyscale
const RECOMMENDATION_FILL = 'EEF2F8';

/** Outline levels make headings appear in Word's navigation pane and table of contents. */
function heading(level: 1 | 2 | 3, size: number, before: number, italics = false): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    uiPriority: 9,
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before, after: 120 } },
    run: { bold: true, italics, size, color: ACCENT },
  };
}

/** A left rule and light fill, shared by a recommendation's heading and body so Word joins them into one panel. */
const recommendationPanel = {
  border: { left: { style: BorderStyle.SINGLE, size: 24, space: 8, color: ACCENT } },
  shading: { type: ShadingType.CLEAR, fill: RECOMMENDATION_FILL, color: 'auto' },
  indent: { left: 227, right: 227 },
};

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } },
    run: { font: BODY_FONT, size: 24 },
  },
  {
    id: 'Title',
    name: 'Title',
    basedOn: 'Normal',
    next: 'Subtitle',
    quickFormat: true,
    uiPriority: 10,
    paragraph: { spacing: { before: 2880, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
    run: { size: 56, bold: true, color: ACCENT },
  },
  {
    id: 'Subtitle',
    name: 'Subtitle',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    uiPriority: 11,
    paragraph: { spacing: { after: 960 } },
    run: { size: 32, color: '404040' },
  },
  {
    id: 'CoverDetail',
    name: 'Cover Detail',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { spacing: { after: 80 } },
    run: { size: 24 },
  },
  {
    id: 'CoverMarking',
    name: 'Cover Marking',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 960 } },
    run: { bold: true, size: 28 },
  },
  heading(1, 32, 360),
  heading(2, 26, 240),
  heading(3, 24, 200, true),
  {
    // Not outlined (Word's own TOC Heading is body level), so the contents don't list themselves.
    id: 'TOCHeading',
    name: 'TOC Heading',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    paragraph: { keepNext: true, spacing: { after: 240 } },
    run: { bold: true, size: 32, color: ACCENT },
  },
  {
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    uiPriority: 29,
    paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 200 } },
    run: { size: 22, color: '262626' },
  },
  {
    id: 'ListBullet',
    name: 'List Bullet',
    basedOn: 'Normal',
    uiPriority: 36,
    paragraph: { spacing: { after: 80 } },
  },
  {
    id: 'ListNumber',
    name: 'List Number',
    basedOn: 'Normal',
    uiPriority: 36,
    paragraph: { spacing: { after: 80 } },
  },
  {
    id: 'RecommendationHeading',
    name: 'Recommendation Heading',
    basedOn: 'Normal',
    next: 'Recommendation',
    quickFormat: true,
    paragraph: { ...recommendationPanel, keepNext: true, keepLines: true, spacing: { before: 240, after: 0 } },
    run: { bold: true, color: ACCENT },
  },
  {
    id: 'Recommendation',
    name: 'Recommendation',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: { ...recommendationPanel, spacing: { before: 0, after: 240 } },
  },
  {
    // 10 pt with no space before or after: LibreOffice misplaces notes when note styles are taller.
    id: 'FootnoteText',
    name: 'footnote text',
    basedOn: 'Normal',
    link: 'FootnoteTextChar',
    uiPriority: 99,
    unhideWhenUsed: true,
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    run: { size: 20 },
  },
  {
    id: 'Bibliography',
    name: 'Bibliography',
    basedOn: 'Normal',
    uiPriority: 37,
    paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 120 } },
  },
  {
    id: 'Header',
    name: 'header',
    basedOn: 'Normal',
    uiPriority: 99,
    paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    run: { size: 18 },
  },
  {
    id: 'Footer',
    name: 'footer',
    basedOn: 'Normal',
    uiPriority: 99,
    paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    run: { size: 18 },
  },
];

export function docxStyles(): IStylesOptions {
  return {
    default: { document: { run: { font: BODY_FONT, size: 24 } } },
    paragraphStyles: PARAGRAPH_STYLES,
    // docx marks the contents entries' runs with this style; defined so no run points at nothing.
    characterStyles: [{ id: 'IndexLink', name: 'Index Link', uiPriority: 99, unhideWhenUsed: true }],
  };
}
