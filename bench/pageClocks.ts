import type { Page } from '@playwright/test';

/**
 * Clocks that run inside the page, so a figure starts at the input event's own timestamp (when
 * the browser received the key or the click) and stops after the frame that paints the answer,
 * with no Playwright round trip or polling in either end.
 *
 * "Painted": a MutationObserver checks for the answer whenever the DOM changes (its callback
 * runs at the end of the task that changed it); the next animation frame is the first to draw
 * it, and the clock stops on a message posted from that frame's callback, which runs only once
 * the frame's style, layout and paint are done.
 *
 * Not a requestAnimationFrame loop checking every frame: that keeps the page producing frames
 * while it waits, and Chromium runs rendering ahead of loading tasks, so the answer's fetch
 * resolved 7 ms later (median) than it does in a page that is not being watched.
 */
interface Clocks {
  arm(input: 'keydown' | 'click', done: () => boolean, watch: MutationObserverInit): void;
  result: Promise<number> | null;
}

// A script, not a function: the benchmark runs under tsx, whose helpers (`__name`) would not
// exist in the page.
const INSTALL = `
  const clocks = {
    result: null,
    arm(input, done, watch) {
      clocks.result = new Promise((resolve) => {
        let inputAt = null;
        document.addEventListener(input, (e) => { inputAt ??= e.timeStamp; }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (inputAt === null || !done()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - inputAt);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.documentElement, watch);
      });
    },
  };
  window.__bpClocks = clocks;
`;

export async function addPageClocks(page: Page): Promise<void> {
  await page.addInitScript(INSTALL);
}

/** Starts the clock at the next keydown; it stops once the results list answers `query`. */
export async function armSearchClock(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const clocks = (window as unknown as { __bpClocks: Clocks }).__bpClocks;
    clocks.arm('keydown', () => document.getElementById('bp-results')?.dataset.answered === q, { subtree: true, attributes: true, attributeFilter: ['data-answered'] });
  }, query);
}

/** Starts the clock at the next click; it stops once `count` elements match `selector`. */
export async function armOpenClock(page: Page, selector: string, count: number): Promise<void> {
  await page.evaluate(
    ([s, n]) => {
      const clocks = (window as unknown as { __bpClocks: Clocks }).__bpClocks;
      clocks.arm('click', () => document.querySelectorAll(s).length >= n, { subtree: true, childList: true });
    },
    [selector, count] as const,
  );
}

/** The armed clock's reading, in ms, once it has stopped (an error if it has not in 10 s). */
export async function readClock(page: Page): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('The page clock did not stop within 10 s')), 10_000)));
  try {
    return await Promise.race([page.evaluate(() => (window as unknown as { __bpClocks: Clocks }).__bpClocks.result!), late]);
  } finally {
    clearTimeout(timer);
  }
}
