import { describe, expect, it } from 'vitest';
import { ELLIPSIS, isFaithfulQuotation, quoteSentences, sentenceSpans } from './quotation';

const PASSAGE =
  'NATO should monitor migration. In 2015, 92% (138,000) departed from Libya. The U.S. Navy and Gen. Smith agreed, see p. 4. Is that enough? “No,” said the Minister. Migration continues.';

const sentences = (text: string) => sentenceSpans(text).map(([s, e]) => text.slice(s, e));

describe('partial quotations', () => {
  it('finds sentences, not abbreviations, numbers or initials', () => {
    expect(sentences(PASSAGE)).toEqual([
      'NATO should monitor migration.',
      'In 2015, 92% (138,000) departed from Libya.',
      'The U.S. Navy and Gen. Smith agreed, see p. 4.',
      'Is that enough?',
      '“No,” said the Minister.',
      'Migration continues.',
    ]);
    expect(sentences('One sentence without a stop')).toEqual(['One sentence without a stop']);
  });

  it('joins neighbours as written and marks left-out sentences with Chicago’s ellipsis, none at the ends', () => {
    expect(quoteSentences(PASSAGE, [1, 0])).toBe('NATO should monitor migration. In 2015, 92% (138,000) departed from Libya.');
    // After a full stop, the ellipsis makes four dots; after a question mark, the mark then three.
    expect(quoteSentences(PASSAGE, [0, 2])).toBe(`NATO should monitor migration. ${ELLIPSIS} The U.S. Navy and Gen. Smith agreed, see p. 4.`);
    expect(quoteSentences(PASSAGE, [3, 5])).toBe(`Is that enough? ${ELLIPSIS} Migration continues.`);
    expect(ELLIPSIS).toBe('.\u00a0.\u00a0.');
  });

  it('accepts the passage or its parts in order, and nothing else', () => {
    expect(isFaithfulQuotation(PASSAGE, PASSAGE)).toBe(true);
    expect(isFaithfulQuotation(quoteSentences(PASSAGE, [0, 2, 5]), PASSAGE)).toBe(true);
    expect(isFaithfulQuotation(quoteSentences(PASSAGE, [4]), PASSAGE)).toBe(true);
    expect(isFaithfulQuotation(`Migration continues. ${ELLIPSIS} NATO should monitor migration.`, PASSAGE)).toBe(false);
    expect(isFaithfulQuotation('NATO should stop migration.', PASSAGE)).toBe(false);
    expect(isFaithfulQuotation('', PASSAGE)).toBe(false);
  });
});
