import type { ExcerptDraft, RecommendationDraft } from '../excerptDraft';
import { clean } from '../lineTools';
import type { SourceProfile } from '../sourceProfile';

/** Web-page furniture of the CEPA article page (sign-up box, journal masthead). */
const WEB_FURNITURE = [/^Get the Latest$/, /^Sign up to receive regular emails/, /^Read More$/];

/**
 * 002: a CEPA "Europe's Edge" web article. No pages, no headings; blank lines separate
 * paragraphs. The author bio, the journal's disclaimer and its masthead follow the text.
 */
export const cepaBorsari: SourceProfile = {
  sourceId: 'cepa-borsari',
  file: '002_f021a99c2bbe42e1.txt',
  paragraphMode: 'blank',
  noteNumbering: 'document',
  markdown: false,
  prepare(lines) {
    const bio = lines.findIndex((l) => clean(l.text).startsWith('Federico Borsari is a Leonardo Fellow'));
    const body = (bio < 0 ? lines : lines.slice(0, bio)).filter((l) => !WEB_FURNITURE.some((re) => re.test(clean(l.text))));
    for (const l of body) l.partId = 'cepa-borsari';
    return { lines: body, notes: [], anomalies: [], pages: 0 };
  },
  recommendations(excerpts: ExcerptDraft[]): RecommendationDraft[] {
    return excerpts.flatMap((e, i) =>
      e.listMarker === '•'
        ? [{ heading: 'Measures NATO should consider', theme: 'Cooperative security in MENA and the Sahel', addressee: 'NATO', text: e.text, excerpt: i }]
        : [],
    );
  },
};
