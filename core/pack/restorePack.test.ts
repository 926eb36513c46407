import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackBytes, parsePackText, restorePack, serializePack } from './restorePack';
import { CURRENT_VERSION, PackFile } from './schema';
import { deepFreeze } from './__fixtures__/deepFreeze';

const SAMPLE = join(import.meta.dirname, '..', '..', 'assets', 'examples', 'sample.briefpack');

/** A pack where no field has its default, so a field that falls back shows. */
const full = () => ({
  format: 'briefpack',
  version: CURRENT_VERSION,
  pack: {
    template: 'briefing-note',
    cover: { title: 'Libya', subtitle: 'Options', author: 'Policy Unit', date: '2 December 2026', recipient: 'Minister', marking: 'OFFICIAL-SENSITIVE', draft: false },
    settings: { paper: 'letter', ibid: true, bibliography: false, wordsPerMinute: 160 },
    body: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Summary' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'The Alliance ', bold: true },
          { type: 'text', text: 'should act', italic: true },
          { type: 'cite', ref: 'gmf-2017-e0001', locator: { kind: 'page', page: '14–15' } },
          { type: 'footnote', text: 'A note of my own.' },
        ],
      },
      { type: 'paragraph', guidance: true, children: [{ type: 'text', text: 'Say what you want.' }] },
      { type: 'quote', children: [{ type: 'text', text: 'My own quotation.' }] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Second' }]] },
      { type: 'excerpt', ref: { id: 'gmf-2017-e0002', text: 'Adapted words.', sourceText: 'Library words.', adapted: true } },
      { type: 'recommendation', ref: { id: 'pism-2016-r0001', text: 'Do this.', sourceText: 'Do this.', adapted: false } },
    ],
  },
});

type Json = Record<string, unknown>;

/** A copy of `obj` with one value set (or deleted, with `undefined`) at a dotted path. */
function withValue<T>(obj: T, path: string, value: unknown): T {
  const copy = structuredClone(obj) as Json;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((o, k) => o[k] as Json, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy as T;
}

function restoreOk(raw: unknown) {
  const r = restorePack(deepFreeze(raw));
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('restorePack: a valid pack', () => {
  it('is accepted unchanged, without repairs', () => {
    expect(restoreOk(full())).toEqual({ ok: true, file: full(), repairs: [], confirmMarking: false });
  });
});

describe('restorePack: each field falls back on its own, every other field unchanged', () => {
  // [field, damaged value (undefined: missing), what it becomes, the repair in words]
  const cases: [string, unknown, unknown, string][] = [
    ['pack.template', 42, 'blank', 'The template name was unreadable and is now “blank” (it is for information only).'],
    ['pack.cover.title', 42, 'Untitled pack', 'Cover title was unreadable and is now “Untitled pack”.'],
    ['pack.cover.title', undefined, 'Untitled pack', 'Cover title was missing and is now “Untitled pack”.'],
    ['pack.cover.subtitle', ['x'], '', 'Cover subtitle was unreadable and is now empty.'],
    ['pack.cover.author', null, '', 'Cover office or author was unreadable and is now empty.'],
    ['pack.cover.date', 20261202, '', 'Cover date was unreadable and is now empty.'],
    ['pack.cover.recipient', { name: 'M' }, '', 'Cover recipient was unreadable and is now empty.'],
    ['pack.cover.marking', 'official sensitive', 'OFFICIAL-SENSITIVE', 'Cover marking “official sensitive” was read as OFFICIAL-SENSITIVE.'],
    ['pack.cover.draft', 'yes', true, 'Cover draft watermark was unreadable and is now on.'],
    ['pack.settings.paper', 'a5', 'a4', 'Paper size setting was unreadable and is now “a4”.'],
    ['pack.settings.ibid', 'yes', false, '“Ibid.” setting was unreadable and is now off.'],
    ['pack.settings.bibliography', 3, true, 'Bibliography setting was unreadable and is now on.'],
    ['pack.settings.wordsPerMinute', 1000, 140, 'Speaking pace (words per minute) was unreadable and is now 140.'],
    ['pack.body.0.level', 7, 1, 'Block 1 (heading) level was unreadable and is now a top-level heading.'],
    ['pack.body.2.guidance', 'yes', undefined, 'Block 3 (paragraph) template-guidance mark was unreadable and is now off.'],
    ['pack.body.4.ordered', 'yes', false, 'Block 5 (list) numbering was unreadable and is now bullets.'],
    ['pack.body.5.ref.text', 7, 'Library words.', 'Block 6 (library excerpt) text was unreadable and is now the library text as inserted.'],
    ['pack.body.5.ref.sourceText', undefined, 'Adapted words.', 'Block 6 (library excerpt) record of the library text was missing and is now its current text (export still checks it against the library).'],
    ['pack.body.6.ref.adapted', 'no', false, 'Block 7 (library recommendation) “adapted” mark was unreadable and is now off.'],
    ['pack.body.1.children.2.locator', 14, undefined, "Block 2 (paragraph): the locator of a note marker was unreadable and is now the passage's own."],
  ];
  it.each(cases)('%s = %j', (path, damaged, becomes, repair) => {
    const r = restoreOk(withValue(full(), path, damaged));
    expect(r.file).toEqual(withValue(full(), path, becomes));
    expect(r.repairs).toEqual([repair]);
    expect(r.confirmMarking).toBe(false);
  });
});

describe('restorePack: the marking is never lowered', () => {
  it.each([
    ['unreadable', 'TOP-SECRET-ISH', 'Cover marking was unreadable'],
    ['missing', undefined, 'Cover marking was missing'],
  ])('an %s marking becomes SECRET, the rest of the cover unchanged, and asks to be confirmed', (_what, damaged, said) => {
    const r = restoreOk(withValue(full(), 'pack.cover.marking', damaged));
    expect(r.file).toEqual(withValue(full(), 'pack.cover.marking', 'SECRET'));
    expect(r.repairs).toEqual([`${said} and is now “SECRET”: the most restrictive marking, until you confirm or change it.`]);
    expect(r.confirmMarking).toBe(true);
  });

  it('a cover that is not a record at all keeps nothing it cannot read, and still raises the marking', () => {
    const r = restoreOk(withValue(full(), 'pack.cover', 'Libya'));
    expect(r.file).toEqual(withValue(full(), 'pack.cover', { title: 'Untitled pack', subtitle: '', author: '', date: '', recipient: '', marking: 'SECRET', draft: true }));
    expect(r.confirmMarking).toBe(true);
    expect(r.repairs[0]).toBe('The cover could not be read; its fields are filled in below.');
  });
});

describe('restorePack: text in a damaged inline or block is kept', () => {
  const paragraph = (children: unknown[]) => ({ ...full(), pack: { ...full().pack, body: [{ type: 'paragraph', children }] } });

  it.each([
    ['a bad mark', { type: 'text', text: 'The Alliance', bold: 'yes', italic: true }, { type: 'text', text: 'The Alliance', italic: true }, 'the text “The Alliance” was in a damaged piece and is kept as plain text.'],
    ['an unknown kind', { type: 'strike', text: 'should act' }, { type: 'text', text: 'should act' }, 'the text “should act” was in a damaged piece and is kept as plain text.'],
    ['a bare string', 'now', { type: 'text', text: 'now' }, 'the text “now” was stored loosely and is kept as plain text.'],
  ])('an inline with %s keeps its text, its neighbours unchanged', (_what, bad, kept, said) => {
    const before = { type: 'text', text: 'Before ' };
    const after = { type: 'footnote', text: 'After.' };
    const r = restoreOk(paragraph([before, bad, after]));
    expect(r.file.pack.body).toEqual([{ type: 'paragraph', children: [before, kept, after] }]);
    expect(r.file.pack.cover).toEqual(full().pack.cover);
    expect(r.repairs).toEqual([`Block 1 (paragraph): ${said}`]);
  });

  it('an inline with no text is left out and named; the rest of the paragraph stays', () => {
    const r = restoreOk(paragraph([{ type: 'text', text: 'Kept.' }, { type: 'cite', ref: 7 }]));
    expect(r.file.pack.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Kept.' }] }]);
    expect(r.repairs).toEqual(['Block 1 (paragraph): a note marker with no readable library passage was left out.']);
  });

  it('a list item stored as a string keeps its text; the other items are unchanged', () => {
    const r = restoreOk(withValue(full(), 'pack.body.4.items.1', 'Second'));
    expect(r.file).toEqual(full());
    expect(r.repairs).toEqual(['Block 5 (list), item 2: its text was stored as a bare string and is kept as plain text.']);
  });

  it('a library block whose passage cannot be identified keeps its text as the user’s own quotation', () => {
    const r = restoreOk(withValue(full(), 'pack.body.5.ref.id', ''));
    const expected = withValue(full(), 'pack.body.5', { type: 'quote', children: [{ type: 'text', text: 'Adapted words.' }] });
    expect(r.file).toEqual(expected);
    expect(r.repairs).toEqual(['Block 6 (library excerpt): its library passage could not be identified; its text “Adapted words.” is kept as a quotation of your own, without a note.']);
  });

  it('a block of an unknown kind keeps its text as a paragraph; one with no text is left out and named', () => {
    const raw = withValue(full(), 'pack.body.3', { type: 'table', rows: [{ cells: [{ text: 'North' }, { text: 'South' }] }] });
    const r = restoreOk(raw);
    expect(r.file).toEqual(withValue(full(), 'pack.body.3', { type: 'paragraph', children: [{ type: 'text', text: 'North South' }] }));
    expect(r.repairs).toEqual(['Block 4 could not be read as a block; its text “North South” is kept as a paragraph.']);

    const gone = restoreOk(withValue(full(), 'pack.body.3', { type: 'excerpt', ref: { id: 42 } }));
    const body = full().pack.body;
    body.splice(3, 1);
    expect(gone.file).toEqual(withValue(full(), 'pack.body', body));
    expect(gone.repairs).toEqual(['Block 4 (library excerpt) could not be read and held no text; it was left out.']);
  });

  it('a body that is not a list opens empty, cover and settings unchanged', () => {
    const r = restoreOk(withValue(full(), 'pack.body', 'text'));
    expect(r.file).toEqual(withValue(full(), 'pack.body', []));
    expect(r.repairs).toEqual(['The pack text could not be read; it opens empty.']);
  });

  it('a repaired pack, once saved, opens without repairs', () => {
    const damaged = withValue(withValue(full(), 'pack.cover.date', 3), 'pack.body.1.children.0.bold', 'yes');
    const once = restoreOk(damaged);
    expect(once.repairs).toHaveLength(2);
    const again = parsePackText(serializePack(once.file));
    expect(again.ok && again.repairs).toEqual([]);
    expect(PackFile.safeParse(once.file).success).toBe(true);
  });
});

describe('restorePack: what cannot be read is refused', () => {
  it('refuses what is not a Briefpack file', () => {
    expect(restorePack({ hello: 1 })).toEqual({ ok: false, reason: 'This is not a Briefpack file.' });
    expect(restorePack([1, 2])).toMatchObject({ ok: false });
    expect(restorePack(null)).toMatchObject({ ok: false });
  });

  it('refuses a newer format version in words a user understands', () => {
    const r = restorePack({ ...full(), version: CURRENT_VERSION + 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/newer Briefpack.*update/);
  });

  it('removes control characters a document cannot hold, keeps tab and newline, and lists the repair', () => {
    const raw = full();
    raw.pack.cover.title = 'Title\u0007 here';
    (raw.pack.body as unknown[]).push({ type: 'paragraph', children: [{ type: 'text', text: 'a\u0000b\tc\nd\u001b[2J\uFFFF\uD800e' }] });
    const r = restorePack(deepFreeze(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.pack.cover.title).toBe('Title here');
    expect(r.file.pack.body.at(-1)).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'ab\tc\nd[2Je' }] });
    expect(r.repairs).toEqual(['Control characters that a document cannot hold were removed from 2 text fields.']);
  });

});

describe('parsePackText and parsePackBytes', () => {
  const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('names truncated JSON as not valid JSON', () => {
    const text = serializePack(full() as never);
    const r = parsePackText(text.slice(0, text.length / 2));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^The file is not valid JSON .*truncated or corrupt/);
  });

  it('never echoes the file bytes: control characters in a JSON error are shown escaped', () => {
    const r = parsePackText('\u001b[2J\u001b[31mred');
    expect(!r.ok && r.reason).toBe('The file is not valid JSON (unexpected character "\\u001b"); it may be truncated or corrupt.');
    const tail = parsePackText('{"a": 1}\n  }\u0000');
    expect(!tail.ok && tail.reason).toMatch(/at line 2, column 3/);
  });

  it('calls an empty file empty', () => {
    expect(parsePackText('  \n')).toEqual({ ok: false, reason: 'The file is empty.' });
  });

  it('strips a UTF-8 byte-order mark and lists it as a repair', () => {
    const text = serializePack(full() as never);
    const r = parsePackBytes(bytes('\uFEFF' + text), decode);
    expect(r.ok && r.file).toEqual(full());
    expect(r.ok && r.repairs).toEqual(['The file began with a byte-order mark (added by some text editors); it was removed.']);
  });

  it('lists bytes that are not UTF-8 as a repair, never silently', () => {
    const text = serializePack(full() as never);
    const at = text.indexOf('Options');
    const raw = new Uint8Array([...bytes(text.slice(0, at)), 0xff, 0xc3, ...bytes(text.slice(at))]);
    const r = parsePackBytes(raw, decode);
    expect(r.ok && r.file.pack.cover.subtitle).toBe('\uFFFD\uFFFDOptions');
    expect(r.ok && r.repairs).toEqual([`2 places in the file (the first at byte ${at}) were not readable text (not UTF-8) and are now shown as �.`]);
    // Well-formed text, U+FFFD written on purpose included, is not a repair.
    expect(parsePackBytes(bytes(serializePack(withValue(full(), 'pack.cover.subtitle', 'é � 😀') as never)), decode)).toMatchObject({ ok: true, repairs: [] });
  });

  it('round-trips the sample pack byte for byte', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const r = parsePackText(text);
    expect(r.ok && r.repairs).toEqual([]);
    expect(r.ok && serializePack(r.file)).toBe(text);
  });
});
