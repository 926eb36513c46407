import { describe, expect, it } from 'vitest';
import { buildLexicon } from './lexicon';
import type { SourceLine } from './pipelineTypes';
import { restoreLostHyphens } from './restoreLostHyphens';

const WIDTH = 40;
const line = (no: number, text: string) => ({ no, text }) as SourceLine;

describe('restoreLostHyphens', () => {
  const corpus = ['a self-proclaimed leader of a cluster-type network', 'the armed wing of the group'];
  const lex = buildLexicon(corpus);
  const restore = (text: string) => {
    const messages: string[] = [];
    const [out] = restoreLostHyphens([line(7, text)], WIDTH, lex, (m) => messages.push(m));
    return { text: out!.text, messages };
  };

  it('gives a merged word back the hyphen of a form the corpus prints elsewhere', () => {
    expect(restore('and then the selfproclaimed leader took over the whole group').text).toBe('and then the self-proclaimed leader took over the whole group');
  });

  it('splits a compound head the corpus hyphenates in other compounds ("gendarmerietype", GMF 2017)', () => {
    const r = restore('the creation of a gendarmerietype structure, which would include the recruitment of');
    expect(r.text).toBe('the creation of a gendarmerie-type structure, which would include the recruitment of');
    expect(r.messages).toEqual(['line 7: "gendarmerietype" -> "gendarmerie-type" (the corpus hyphenates other "-type" compounds)']);
  });

  it('leaves words without evidence, and lines that were not merged, as extracted', () => {
    expect(restore('whose armedwing and its basedlike fighters were in the region of the south').text).toBe('whose armedwing and its basedlike fighters were in the region of the south');
    // Without any "-based" compound in the corpus, "Madridbased" stays.
    expect(restore('the Madridbased think tank published a report on the southern flank').text).toBe('the Madridbased think tank published a report on the southern flank');
    expect(restore('a gendarmerietype unit').text).toBe('a gendarmerietype unit');
  });
});
