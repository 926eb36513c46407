import { describe, expect, it } from 'vitest';
import type { ExportBlock, ExportInline } from '../export/exportDoc';
import { recommendationLabel } from '../pack/printedWords';
import { contents, markAdapted, separateMarkers } from './presentation';
import { templateFurniture } from './templateFurniture';

const text = (t: string): ExportInline => ({ kind: 'text', text: t });
const ref = (n: number): ExportInline => ({ kind: 'noteRef', n });

describe('presentation decisions, made once for both writers', () => {
  it('marks an adapted quotation before its note marker, and leaves a verbatim one alone', () => {
    expect(markAdapted([text('Words.'), ref(3)], true)).toEqual([text('Words.'), { kind: 'text', text: ' [adapted]', italic: true }, ref(3)]);
    expect(markAdapted([text('Words.'), ref(3)], false)).toEqual([text('Words.'), ref(3)]);
  });

  it('separates adjacent note markers only', () => {
    expect(separateMarkers([text('a'), ref(1), ref(2), text('b'), ref(3)])).toEqual([text('a'), ref(1), { kind: 'noteRef', n: 2, separator: ',' }, text('b'), ref(3)]);
  });

  it('labels recommendations with what the source gives', () => {
    expect(recommendationLabel('3', 'Sahel')).toBe('Recommendation 3: Sahel');
    expect(recommendationLabel(undefined, 'Sahel')).toBe('Recommendation: Sahel');
    expect(recommendationLabel('4', undefined)).toBe('Recommendation 4');
  });

  it('lists headings of levels 1 and 2 in the contents, only where the template has contents', () => {
    const blocks: ExportBlock[] = [
      { kind: 'heading', level: 1, anchor: 1, inlines: [text('One'), ref(1)] },
      { kind: 'heading', level: 3, anchor: 2, inlines: [text('Deep')] },
      { kind: 'heading', level: 2, anchor: 3, inlines: [text('Two')] },
    ];
    expect(contents(blocks, templateFurniture('meeting-pack'))).toEqual({
      title: 'Contents',
      entries: [
        { level: 1, text: 'One', anchor: 1 },
        { level: 2, text: 'Two', anchor: 3 },
      ],
    });
    expect(contents(blocks, templateFurniture('briefing-note'))).toBeUndefined();
    expect(contents([], templateFurniture('issue-brief'))).toBeUndefined();
  });

  it('gives short forms a header block and talking points their speaking times', () => {
    expect(templateFurniture('briefing-note')).toEqual({ cover: false, contents: false, speakingTimes: false });
    expect(templateFurniture('talking-points')).toEqual({ cover: false, contents: false, speakingTimes: true });
    expect(templateFurniture('issue-brief')).toEqual({ cover: true, contents: true, speakingTimes: false });
    expect(templateFurniture('blank')).toEqual({ cover: true, contents: true, speakingTimes: false });
  });
});
