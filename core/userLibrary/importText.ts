import { buildLexicon } from '../library-build/lexicon';
import { stripMarkdown } from '../library-build/markup';
import type { SourceNote } from '../library/types';
import { assembleSource } from './assembleSource';
import type { ImportBlock } from './blocks';
import type { ImportInput } from './importTypes';
import { isDoubtfulHyphen, joinLines } from './joinLines';
import type { ImportNote, UserSourceFile } from '../library/userSourceFile';

const ATX = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const FOOTNOTE_DEF = /^\[\^([^\]]+)\]:\s*(.*)$/;
const FOOTNOTE_REF = /\[\^([^\]]+)\]/g;
/** A line that is only HTML tags (`<div id="x">`, `</div>`): layout, not text. */
const HTML_ONLY = /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/;
/** "2.3 Title" in plain text: a numbered heading, its depth from the number. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S/;

/**
 * Markdown or plain text: headings give section paths, blank lines separate paragraphs, list
 * items are paragraphs of their own, Markdown footnotes (`[^1]: ...`) are kept apart from the
 * text and carried by the paragraph that refers to them. Plain text has no heading markup, so a
 * short line standing alone without closing punctuation is taken as a heading and reported.
 */
export function importText(text: string, input: ImportInput, markdown: boolean): UserSourceFile {
  let source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (markdown) source = source.replace(/<!--[\s\S]*?-->/g, '');
  const lines = source.split('\n').filter((l) => !(markdown && HTML_ONLY.test(l)));
  const notes: ImportNote[] = [];
  const footnotes = new Map<string, string>();
  const body: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (markdown && /^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const def = markdown && !inFence ? FOOTNOTE_DEF.exec(line) : null;
    if (def) footnotes.set(def[1] as string, (def[2] as string).trim());
    else body.push(line);
  }
  const lex = buildLexicon([body.join('\n')]);
  const blocks: ImportBlock[] = [];
  const chunks = splitChunks(body, markdown);
  for (const chunk of chunks) {
    const first = (chunk[0] as string).trim();
    const atx = markdown ? ATX.exec(first) : null;
    if (atx && chunk.length === 1) {
      blocks.push({ kind: 'heading', level: (atx[1] as string).length, text: markdownInline(atx[2] as string) });
      continue;
    }
    if (markdown && chunk.length === 2 && /^(=+|-+)\s*$/.test((chunk[1] as string).trim())) {
      blocks.push({ kind: 'heading', level: (chunk[1] as string).trim().startsWith('=') ? 1 : 2, text: markdownInline(first) });
      continue;
    }
    if (!markdown && chunk.length === 1 && looksLikeHeading(first)) {
      const numbered = NUMBERED_HEADING.exec(first);
      blocks.push({ kind: 'heading', level: numbered ? (numbered[1] as string).split('.').length : 1, text: first });
      notes.push({ kind: 'doubtful', message: `Took the line “${first}” as a heading.` });
      continue;
    }
    let joined = joinLines(chunk, lex, (d) => {
      if (isDoubtfulHyphen(d)) {
        notes.push({ kind: 'doubtful', message: `Line-end hyphen: joined as “${d.word}”; check against the original.` });
      }
    });
    const carried: SourceNote[] = [];
    if (markdown) {
      joined = joined.replace(FOOTNOTE_REF, (_, marker: string) => {
        const note = footnotes.get(marker);
        if (note !== undefined) carried.push({ marker, text: stripMarkdown(note) });
        return '';
      });
      // A bullet is markup; a list number is part of what the author wrote ("1. Do this").
      joined = markdownInline(joined.replace(/^>\s?/, '').replace(/^[-*+]\s+/, '')).replace(/\s+([.,;:])/g, '$1');
    }
    if (joined.trim()) blocks.push({ kind: 'paragraph', text: joined, notes: carried });
  }
  if (footnotes.size) notes.push({ kind: 'removed', message: `Kept ${footnotes.size} footnote(s) apart from the text, with the paragraphs that cite them.` });
  return assembleSource(input, { format: markdown ? 'markdown' : 'text', blocks, pageNumbers: 'none', pages: 0, notes, hints: {} });
}

/** Paragraph-sized groups of lines: blank lines separate them; each list item and heading stands alone. */
function splitChunks(lines: readonly string[], markdown: boolean): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) chunks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if ((markdown && ATX.test(line.trim())) || LIST_ITEM.test(line)) {
      flush();
      if (markdown && ATX.test(line.trim())) {
        chunks.push([line]);
        continue;
      }
    }
    current.push(line);
  }
  flush();
  return chunks;
}

function looksLikeHeading(line: string): boolean {
  return line.length <= 80 && !/[.,;:!?…"”)]$/.test(line) && /^[\p{Lu}\p{N}]/u.test(line) && !LIST_ITEM.test(line);
}

/** The words of Markdown inline markup as a reader sees them: link text without the address, no images, code without backticks. */
function markdownInline(text: string): string {
  return stripMarkdown(
    text
      .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1'),
  ).replace(/\s+/g, ' ').trim();
}
