/**
 * Counts the places where bytes are not well-formed UTF-8, as a WHATWG UTF-8 decoder would
 * (each is one U+FFFD when decoded), and the byte offset of the first. Pure: core has no
 * TextDecoder, and a fatal decoder would say only that something is wrong, not how much.
 */
export function findInvalidUtf8(bytes: Uint8Array): { count: number; firstAt: number } {
  let count = 0;
  let firstAt = -1;
  const bad = (at: number) => {
    if (count === 0) firstAt = at;
    count++;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (j <= need) {
      // The maximal valid prefix is one error; decoding resumes at the byte that broke it.
      bad(i);
      i += j;
    } else i += need + 1;
  }
  return { count, firstAt };
}
