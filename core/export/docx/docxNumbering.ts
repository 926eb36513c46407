import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

/** References of the two list definitions in numbering.xml. */
export const BULLET_LIST = 'bp-bullet';
export const NUMBERED_LIST = 'bp-number';

/** The PDF's list indent (24 pt), the bullet hanging 9 pt from the margin. */
const INDENT = { left: 480, hanging: 300 };

/** Real Word numbering definitions, so lists renumber and restyle in Word (not typed "1." text). */
export function docxNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: INDENT } } }],
      },
      {
        reference: NUMBERED_LIST,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: INDENT } } }],
      },
    ],
  };
}
