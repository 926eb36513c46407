import type { Settings } from '../../pack/schema';

/**
 * Where things go on a page, in points from the top-left corner. The marking sits outermost
 * at top and bottom, then the running header and footer; the body (text and notes) fills the
 * rest. Tests use the same zones to check that no word strays outside them.
 */
export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  textWidth: number;
  /** Baselines of the furniture. */
  markingTop: number;
  header: number;
  footer: number;
  markingBottom: number;
  /** The body area: text from the top down, notes from the bottom up. */
  bodyTop: number;
  bodyBottom: number;
}

const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;

export function pageGeometry(paper: Settings['paper']): PageGeometry {
  const [width, height] = PAPER[paper];
  // About 28 mm side margins: an 11 pt serif line of some 85 characters.
  const side = 80;
  return {
    width,
    height,
    left: side,
    textWidth: width - 2 * side,
    markingTop: 30,
    header: 52,
    bodyTop: 76,
    bodyBottom: height - 72,
    footer: height - 48,
    markingBottom: height - 26,
  };
}
