import { strFromU8, unzipSync } from 'fflate';

/**
 * Test support: the XML parts of a .docx by path, in zip order, and a canonical form of a part
 * for golden files (one element per line, indented, so a diff shows what changed).
 */
export function readDocxParts(docx: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(docx)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

export function canonicalXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const indent = '  '.repeat(depth);
    const next = tokens[i + 1];
    const close = tokens[i + 2];
    if (token.startsWith('</')) {
      depth -= 1;
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<?') || token.endsWith('/>')) {
      lines.push(indent + token);
    } else if (token.startsWith('<')) {
      // An element holding only text stays on one line: <w:t>Text</w:t>.
      if (next !== undefined && !next.startsWith('<') && close?.startsWith('</')) {
        lines.push(indent + token + next + close);
        i += 2;
      } else {
        lines.push(indent + token);
        depth += 1;
      }
    } else {
      lines.push(indent + token);
    }
  }
  return lines.join('\n') + '\n';
}
