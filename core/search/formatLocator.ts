import type { Locator } from '../library/types';

/**
 * A locator as a Chicago note prints it: the page where the source has pages ("12", "12–13"),
 * otherwise the innermost section and the paragraph ("Key Findings, para. 3").
 */
export function formatLocator(locator: Locator): string {
  if (locator.page !== undefined && locator.page.trim() !== '') {
    // Chicago joins page ranges with an en dash; sources print a hyphen.
    return locator.page.trim().replace(/(\w)\s*[-‐‑–]\s*(\w)/gu, '$1–$2');
  }
  const innermost = locator.section[locator.section.length - 1];
  return innermost ? `${innermost}, para. ${locator.paragraph}` : `para. ${locator.paragraph}`;
}
