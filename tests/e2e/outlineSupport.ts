import type { Page } from '@playwright/test';

/**
 * Drags the outline's section `from` onto section `to` (0-based) with the page's own drag
 * events: Playwright's mouse drag does not carry a DataTransfer through HTML drag and drop.
 */
export async function dragOutlineSection(page: Page, from: number, to: number): Promise<void> {
  // The outline follows the editor a moment after it opens: wait until both sections are listed.
  await page.waitForFunction((n) => document.querySelectorAll('.bp-outline li').length > n, Math.max(from, to));
  await page.evaluate(
    ([a, b]) => {
      const items = document.querySelectorAll('.bp-outline li');
      const dt = new DataTransfer();
      items[a]!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: dt }));
      items[b]!.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      items[b]!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    [from, to] as const,
  );
}
