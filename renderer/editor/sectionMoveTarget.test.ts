import { describe, expect, it } from 'vitest';
import { sectionMoveTarget, type OutlineEntry } from './outline';

const E = (key: string, level: 1 | 2 | 3): OutlineEntry => ({ key, level, text: key, words: 0 });
// A, A.1, A.2, B, B.1, C
const OUTLINE = [E('A', 1), E('A1', 2), E('A2', 2), E('B', 1), E('B1', 2), E('C', 1)];

describe('moving a section with Alt+Shift+Up/Down', () => {
  it('moves past the neighbouring section of its level', () => {
    expect(sectionMoveTarget(OUTLINE, 3, 'up')).toBe('A'); // B before A
    expect(sectionMoveTarget(OUTLINE, 0, 'down')).toBe('C'); // A (with A.1, A.2) after B, before C
    expect(sectionMoveTarget(OUTLINE, 3, 'down')).toBeNull(); // B after C: to the end
    expect(sectionMoveTarget(OUTLINE, 1, 'down')).toBe('B'); // A.1 after A.2, still before B
  });

  it('never leaves its parent section or the document', () => {
    expect(sectionMoveTarget(OUTLINE, 0, 'up')).toBeUndefined();
    expect(sectionMoveTarget(OUTLINE, 5, 'down')).toBeUndefined();
    expect(sectionMoveTarget(OUTLINE, 4, 'up')).toBeUndefined(); // B.1 is B's first subsection
    expect(sectionMoveTarget(OUTLINE, 2, 'down')).toBeUndefined(); // A.2 is A's last
  });
});
