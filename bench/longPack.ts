import type { Library } from '../core/library/types';
import type { Block, PackFile } from '../core/pack/schema';
import { packFile } from '../core/pack/__fixtures__/packFile';

/**
 * A pack the size the benchmarks promise: about 50 A4 pages with `citations` notes, made of the
 * user's own paragraphs, inserted excerpts and recommendations, and citations from the text.
 */
export function longPack(library: Library, citations = 150): PackFile {
  const excerpts = library.excerpts.filter((e) => e.text.length > 200);
  const recs = library.recommendations;
  const body: Block[] = [];
  let n = 0;
  let section = 0;
  const own =
    'The Alliance faces a southern neighbourhood in flux, and the officials preparing this pack have weighed the evidence with care. ' +
    'What follows sets the sources against each other, notes where they agree, and marks where the record is thin or contested. ';
  while (n < citations) {
    section += 1;
    body.push({ type: 'heading', level: 1, children: [{ type: 'text', text: `Section ${section}: the regional picture` }] });
    for (let p = 0; p < 6 && n < citations; p++) {
      const ex = excerpts[(n * 7) % excerpts.length]!;
      n += 1;
      if (n % 5 === 0 && recs.length) {
        const rec = recs[n % recs.length]!;
        body.push({ type: 'recommendation', ref: { id: rec.id, text: rec.text, sourceText: rec.text, adapted: false } });
      } else if (n % 2 === 0) {
        body.push({ type: 'excerpt', ref: { id: ex.id, text: ex.text, sourceText: ex.text, adapted: false } });
      } else {
        body.push({ type: 'paragraph', children: [{ type: 'text', text: own + own }, { type: 'cite', ref: ex.id }, { type: 'text', text: ' ' + own }] });
      }
      body.push({ type: 'paragraph', children: [{ type: 'text', text: own + own + own }] });
    }
  }
  return packFile(body, {
    template: 'issue-brief',
    cover: { title: 'Benchmark pack', subtitle: 'Fifty pages', author: 'Bench', date: '1 January 2026', draft: true },
  });
}
