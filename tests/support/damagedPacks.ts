/**
 * Damaged and hostile packs for the fuzz tests, generated from real packs by a seeded
 * generator, so a failure names a case that comes back the same on every run. Each case is
 * the bytes of a file and what kind of damage it carries.
 */

import { seededRandom } from './seededRandom';

export interface DamagedPack {
  name: string;
  bytes: Uint8Array;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u001b[2J\u001b[31mred',
  'tab\tand\nnewline\r\n',
  '\uD800 lone high',
  'lone low \uDC00',
  '\uFFFE\uFFFF',
  '\u202Eright-to-left override',
  'זוהי פסקה בעברית',
  'emoji 👩🏽‍⚖️ and flags 🇪🇺',
  'zero\u200Bwidth\u200Djoiners',
  'combining e\u0301\u0301\u0301',
  '<w:t>xml</w:t> & "quotes" \'apos\' ]]>',
  'W'.repeat(3000),
  'word '.repeat(2000),
  '%PDF-1.7 (\\) \\\\ )',
];
/** The hostile strings a pack may hold as they are (no control characters, no lone surrogates). */
const VALID_HOSTILE_STRINGS = HOSTILE_STRINGS.filter((_, i) => ![2, 3, 4, 5, 6, 7].includes(i));
const WRONG_TYPES: Json[] = [null, 42, -1, 1e308, true, 'x', [], {}, [[]], { type: 'text' }];

const enc = new TextEncoder();

/** Every path (as keys) to a value inside `v`. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/**
 * `count` cases from the given pack texts: damage to the bytes (truncation, raw control bytes,
 * garbage), damage to the JSON (keys removed, wrong types, bad versions, unknown blocks,
 * hostile strings), and packs that are valid but hostile to the exporters (empty blocks, long
 * words, right-to-left text, emoji, many blocks). Roughly a third are valid.
 */
export function damagedPacks(bases: readonly string[], count: number, seed = 18): DamagedPack[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  const out: DamagedPack[] = [];
  const bytesCases: [string, (text: string) => Uint8Array][] = [
    ['truncated', (t) => enc.encode(t.slice(0, int(t.length)))],
    ['raw control bytes', (t) => { const at = int(t.length); return enc.encode(t.slice(0, at) + pick(['\u0000', '\u001b[2J', '\u0007', '\u001b]0;pwned\u0007']) + t.slice(at)); }],
    ['flipped character', (t) => { const at = int(t.length); return enc.encode(t.slice(0, at) + pick(['{', '}', '[', ']', '"', ':', ',', '\\', 'x']) + t.slice(at + 1)); }],
    ['garbage bytes', () => Uint8Array.from({ length: 1 + int(400) }, () => int(256))],
    ['empty or blank', () => enc.encode(pick(['', ' ', '\n\n', '\uFEFF', 'null', '[]', '0', '"briefpack"']))],
    ['invalid UTF-8 inside a string', (t) => { const at = t.indexOf('"text": "'); const b = enc.encode(t); return at < 0 ? b : Uint8Array.from([...b.slice(0, at + 9), 0xc3, 0x28, 0xff, ...b.slice(at + 9)]); }],
  ];
  const jsonCases: [string, (v: Json) => Json][] = [
    ['key removed', (v) => { const ps = paths(v).filter((p) => p.length > 0); return setAt(v, pick(ps), undefined); }],
    ['wrong type', (v) => setAt(v, pick(paths(v)), pick(WRONG_TYPES))],
    ['hostile string anywhere', (v) => { const ps = paths(v).filter((p) => typeof p[p.length - 1] === 'string'); return setAt(v, pick(ps), pick(HOSTILE_STRINGS)); }],
    ['bad envelope', (v) => ({ ...(v as Record<string, Json>), ...pick<Record<string, Json>>([{ version: 0 }, { version: 2 }, { version: 99 }, { version: '1' }, { version: 1.5 }, { format: 'Briefpack' }, { format: null }, { pack: null }, { pack: [] }, { pack: 'x' }]) })],
    ['unknown block', (v) => withBody(v, (body) => [...body.slice(0, 1), pick<Json>([{ type: 'table', rows: [] }, { children: [] }, null, 7, { type: 'heading', level: 4, children: [] }, { type: 'excerpt', ref: { id: '' } }]), ...body.slice(1)])],
    ['deep nesting', (v) => withBody(v, (body) => [...body, nested(2000)])],
  ];
  const validCases: [string, (v: Json) => Json][] = [
    ['empty blocks', (v) => withBody(v, (): Json[] => [
      { type: 'heading', level: 1, children: [] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: '' }] },
      { type: 'paragraph', children: [] },
      { type: 'quote', children: [{ type: 'text', text: '' }] },
      { type: 'list', ordered: true, items: [] },
      { type: 'list', ordered: false, items: [[], [{ type: 'text', text: '' }]] },
      { type: 'paragraph', children: [{ type: 'footnote', text: '' }] },
    ])],
    ['hostile but valid text', (v) => withBody(v, (body) => [...body, { type: 'paragraph', children: [{ type: 'text', text: pick(VALID_HOSTILE_STRINGS), italic: rnd() < 0.5 }] }])],
    ['unknown library passage', (v) => withBody(v, (body): Json[] => [...body, { type: 'excerpt', ref: { id: 'no-such-passage', text: 'Text the library never had.', sourceText: '', adapted: false } }, { type: 'paragraph', children: [{ type: 'text', text: 'See' }, { type: 'cite', ref: 'no-such-passage', locator: '14–15' }] }])],
    ['many blocks', (v) => withBody(v, (body) => Array.from({ length: 5 + int(60) }, (_, i) => body[i % Math.max(1, body.length)] ?? { type: 'paragraph', children: [] }))],
    ['cover and settings at their edges', (v) => setAt(setAt(v, ['pack', 'cover', 'title'], pick(['', 'T', 'Ü'.repeat(400)])), ['pack', 'settings'], { paper: pick(['a4', 'letter']), ibid: rnd() < 0.5, bibliography: rnd() < 0.5, wordsPerMinute: pick([60, 300]) })],
  ];

  for (let i = 0; out.length < count; i++) {
    const base = bases[i % bases.length]!;
    const roll = rnd();
    if (roll < 0.25) {
      const [name, f] = pick(bytesCases);
      out.push({ name: `${out.length}-${name}`, bytes: f(base) });
    } else {
      const [name, f] = roll < 0.65 ? pick(jsonCases) : pick(validCases);
      out.push({ name: `${out.length}-${name}`, bytes: enc.encode(JSON.stringify(f(JSON.parse(base) as Json), null, rnd() < 0.5 ? 2 : 0)) });
    }
  }
  return out;
}

function withBody(v: Json, f: (body: Json[]) => Json[]): Json {
  const body = ((v as { pack?: { body?: Json } }).pack?.body ?? []) as Json[];
  return setAt(v, ['pack', 'body'], f(Array.isArray(body) ? body : []));
}

function nested(depth: number): Json {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return { type: 'paragraph', children: v };
}
