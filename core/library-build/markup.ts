/** Removes markdown-style emphasis an extractor added (`*word*`, `**word**`, `_word_`). */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
    .replace(/(^|[\s(“"])\*([^*\s][^*\n]*?)\*(?=$|[\s.,;:)”"?!])/g, '$1$2')
    .replace(/(^|\s)_([^_\n]+?)_(?=$|[\s.,;:])/g, '$1$2');
}
