import { describe, expect, it } from 'vitest';
import { removePullQuotes } from './pullQuotes';

const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('removePullQuotes', () => {
  it('takes the quote lines out of a column they were interleaved with', () => {
    // 000, p. 4: body and quote ("The Eastern flank remains the cornerstone ...") alternate.
    const src = lines(['As evidenced by the Warsaw', 'The Eastern', 'Summit', 'Communique,', 'flank', 'the Eastern flank remains', 'remains the', 'the cornerstone of NATO’s', 'cornerstone', 'military', 'efforts.', 'The', 'of NATO’s', 'reassurance measures, both', 'military', 'at diplomatic and military', 'levels, addressed to Eastern', 'efforts.”', 'European and Baltic States']);
    const out = removePullQuotes(src, ['The Eastern flank remains the cornerstone of NATO’s military efforts.”']);
    expect(out.missing).toEqual([]);
    expect(out.lines.map((l) => l.text).join(' ')).toBe(
      'As evidenced by the Warsaw Summit Communique, the Eastern flank remains the cornerstone of NATO’s military efforts. The reassurance measures, both at diplomatic and military levels, addressed to Eastern European and Baltic States',
    );
  });

  it('reports a quote it cannot find', () => {
    expect(removePullQuotes(lines(['plain text']), ['Not here.”']).missing).toEqual(['Not here.”']);
  });
});
