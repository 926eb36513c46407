// hypher and its pattern packages ship no types; these are the parts the exporter uses.
declare module 'hypher' {
  interface HyphenationLanguage { patterns: Record<string, string>; leftmin: number; rightmin: number; exceptions?: string }
  class Hypher {
    constructor(language: HyphenationLanguage);
    /** The word split at its permitted break points, e.g. "policy" -> ["pol", "icy"]. */
    hyphenate(word: string): string[];
  }
  export = Hypher;
}

declare module 'hyphenation.en-gb' {
  const language: { id: string; patterns: Record<string, string>; leftmin: number; rightmin: number };
  export = language;
}
