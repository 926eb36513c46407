import { expect, it } from 'vitest';
import { shortDoc, WRITER_OPTIONS } from '../__fixtures__/sampleDocs';
import { canonicalXml, readDocxParts } from '../../../tests/support/readDocxParts';
import { toDocx } from './toDocx';

// Every part of shortDoc's export, canonicalised. `npx vitest -u` rewrites them: review the
// diff, and open the .docx in Word or LibreOffice before committing. Dates need no blanking:
// toDocx writes them from the createdAt option.
it('shortDoc exports to the golden DOCX parts', async () => {
  const parts = readDocxParts(await toDocx(shortDoc(), { ...WRITER_OPTIONS, contentsPages: [3, 3, 4] }));
  await expect([...parts.keys()].join('\n') + '\n').toMatchFileSnapshot('__golden__/short/parts.txt');
  for (const [path, xml] of parts) {
    await expect(canonicalXml(xml)).toMatchFileSnapshot(`__golden__/short/${path}`);
  }
});
