import type { Block, Inline } from './schema';
import { countWords } from './wordCount';

/**
 * Speaking time, one truth for the editor's outline and status bar and for printed talking
 * points: words spoken at the pack's words per minute.
 */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.max(0, Math.round((words / wordsPerMinute) * 60));
}

/** "45 s", "2 min 05 s": how the outline and printed talking points show a time. */
export function formatSpeakingTime(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

const spoken = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === 'text' ? i.text : '')).join('');

/**
 * The words a speaker reads aloud in one block: text and quotations, not note markers or
 * template guidance. The editor's outline counts the same (renderer/editor/outline.ts; a test
 * holds the two together).
 */
export function spokenWords(block: Block): number {
  switch (block.type) {
    case 'heading':
    case 'quote':
      return countWords(spoken(block.children));
    case 'paragraph':
      return block.guidance ? 0 : countWords(spoken(block.children));
    case 'list':
      return block.items.reduce((n, item) => n + countWords(spoken(item)), 0);
    case 'excerpt':
    case 'recommendation':
      return countWords(block.ref.text);
  }
}

/** For each heading of the body, in order, the words from it to the next heading of any level. */
export function sectionWords(body: readonly Block[]): number[] {
  const out: number[] = [];
  for (const block of body) {
    if (block.type === 'heading') out.push(0);
    else if (out.length > 0) out[out.length - 1]! += spokenWords(block);
  }
  return out;
}
