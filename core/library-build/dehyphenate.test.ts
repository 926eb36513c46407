import { describe, expect, it } from 'vitest';
import { joinHyphenated } from './dehyphenate';
import { buildLexicon } from './lexicon';

const lex = buildLexicon(['a long-term plan and a decision-making body', 'increasing players within NATO’s Europe', 'the Madrid-based think tank']);

describe('joinHyphenated', () => {
  it('removes a line-break hyphen when the joined word occurs in the corpus', () => {
    expect(joinHyphenated('responsible play-', 'ers rather', lex)).toMatchObject({ text: 'responsible players rather', keptHyphen: false, evidence: 'joined-form' });
    expect(joinHyphenated('lessons from NA-', 'TO’s operation', lex)).toMatchObject({ text: 'lessons from NATO’s operation', evidence: 'joined-form' });
  });

  it('keeps the hyphen of a compound the corpus prints hyphenated', () => {
    expect(joinHyphenated('a long-', 'term plan', lex)).toMatchObject({ text: 'a long-term plan', keptHyphen: true, evidence: 'hyphenated-form' });
    expect(joinHyphenated('the Madrid-', 'based FRIDE', lex).text).toBe('the Madrid-based FRIDE');
  });

  it('keeps suspended compounds, capitals, doubled hyphens and listed prefixes', () => {
    expect(joinHyphenated('of mid- and long-', 'term strategies', lex).text).toBe('of mid- and long-term strategies');
    expect(joinHyphenated('the Euro-', 'Atlantic area', lex).evidence).toBe('capital');
    expect(joinHyphenated('its long--', 'standing engagement', lex)).toMatchObject({ text: 'its long-standing engagement', evidence: 'double-hyphen' });
    expect(joinHyphenated('a non-', 'aligned state', lex).evidence).toBe('list');
  });

  it('joins by default when the corpus says nothing', () => {
    expect(joinHyphenated('proce-', 'dures', lex)).toMatchObject({ text: 'procedures', evidence: 'default-join' });
  });
});

describe('joinHyphenated without corpus evidence', () => {
  const empty = buildLexicon(['ring fenced change oriented']);
  it('keeps suspended compounds, acronym compounds and two-word compounds', () => {
    expect(joinHyphenated('for security-', 'and defense-related', empty).text).toBe('for security- and defense-related');
    expect(joinHyphenated('a NATO-', 'run mission', empty).text).toBe('a NATO-run mission');
    expect(joinHyphenated('be ring-', 'fenced', empty).text).toBe('be ring-fenced');
    expect(joinHyphenated('a change-', 'oriented approach', empty).text).toBe('a change-oriented approach');
  });

  it('keeps a word and a particle hyphenated ("head-on", IAI p. 107), but not a broken word', () => {
    const iai = buildLexicon(['to address the head of the group on time', 'a commit to the plan']);
    expect(joinHyphenated('to address head-', 'on global security challenges', iai).text).toBe('to address head-on global security challenges');
    expect(joinHyphenated('the commit-', 'ment to it', iai).text).toBe('the commitment to it');
  });
});
