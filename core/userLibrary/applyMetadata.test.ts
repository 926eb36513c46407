import { describe, expect, it } from 'vitest';
import { formatFullNote } from '../citations/formatFullNote';
import { plainText } from '../citations/plainText';
import { importText } from './importText';
import { formValues, parseDate, parseNames } from '../citations/metadataForm';
import { confirmMetadata } from './confirmMetadata';

const file = importText('# Southern flank\n\nA paragraph.\n', { fileName: 'flank.md', contentHash: 'b'.repeat(64) }, true);

describe('the metadata form', () => {
  it('starts from what the importer guessed, marked guessed', () => {
    expect(file.guessed).toEqual(['type', 'title']);
    expect(formValues(file.source.csl)).toMatchObject({ type: 'report', title: 'Southern flank', author: '' });
  });

  it('applies typed values as CSL, keeps the ID, and clears the guessed marks', () => {
    const done = confirmMetadata(file, { type: 'report', title: 'NATO and the Southern Flank', author: 'Smith, Jane\nMinistry of Defence', publisher: 'MoD', 'publisher-place': 'London', issued: '2024-05' });
    expect(done.source.id).toBe(file.source.id);
    expect(done.source.csl).toMatchObject({ id: file.source.id, author: [{ family: 'Smith', given: 'Jane' }, { literal: 'Ministry of Defence' }], issued: { 'date-parts': [[2024, 5]] } });
    expect(done.source.title).toBe('NATO and the Southern Flank');
    expect(done.guessed).toEqual([]);
    expect(done.excerpts).toEqual(file.excerpts);
    expect(plainText(formatFullNote(done.source.csl, { kind: 'section', section: 'Southern flank', paragraph: 1 }))).toBe(
      'Jane Smith and Ministry of Defence, NATO and the Southern Flank (MoD, May 2024), under “Southern flank,” para. 1.',
    );
  });

  it('reads names and dates as a policy officer types them', () => {
    expect(parseNames('Seward, Julian\n\nNATO')).toEqual([{ family: 'Seward', given: 'Julian' }, { literal: 'NATO' }]);
    expect(parseDate('2019-07-13')).toEqual({ 'date-parts': [[2019, 7, 13]] });
    expect(parseDate('Spring 2019')).toEqual({ literal: 'Spring 2019' });
  });
});
