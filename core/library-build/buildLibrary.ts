import { createIdMaker } from './ids';
import { buildLexicon, type Lexicon } from './lexicon';
import type { LibraryReport, SourceReport } from './report';
import type { LibraryMetadata, SourceMetadata } from './metadata';
import { BULLET } from './lineTools';
import { stripMarkdown } from './markup';
import { stripNoteMarkers, toSourceNotes, type MarkerCursor } from './noteMarkers';
import { assembleParagraphs } from './paragraphs';
import type { Anomaly, Block, SourceLine } from './pipelineTypes';
import { PROFILES } from './profiles/registry';
import { restoreLostHyphens } from './restoreLostHyphens';
import { assignSections } from './sections';
import type { SourceNote, Excerpt, Library, LibrarySource, LibraryPart, Recommendation } from '../library/types';
import { sweepLibrary } from './sweepLibrary';
import { toSourceLines } from './toSourceLines';

const HYPHEN_REASON: Record<string, string> = {
  'hyphenated-form': 'the corpus prints the hyphenated form inside lines',
  capital: 'the second part is capitalised and the joined form does not occur',
  'double-hyphen': 'the extractor doubled a printed hyphen at the line end',
  'compound-halves': 'suspended compound or hyphen before a space',
  list: 'prefix on the documented keep list',
};

export interface LibraryInput {
  /** File name under assets/sources/. */
  file: string;
  text: string;
}

interface SourceBuild {
  source: LibrarySource;
  parts: LibraryPart[];
  excerpts: Excerpt[];
  recommendations: Recommendation[];
  report: SourceReport;
  anomalies: Anomaly[];
}

function buildSource(meta: SourceMetadata, text: string, lexicon: Lexicon): SourceBuild {
  const profile = PROFILES.find((p) => p.sourceId === meta.id);
  if (!profile) throw new Error(`No layout profile for source "${meta.id}" (${meta.file}).`);
  const prepared = profile.prepare(toSourceLines(text));
  const anomalies: Anomaly[] = [...prepared.anomalies];
  const lines: SourceLine[] =
    profile.mergedLineWidth === undefined
      ? prepared.lines
      : restoreLostHyphens(prepared.lines, profile.mergedLineWidth, lexicon, (m) =>
          anomalies.push({ sourceId: meta.id, kind: 'lost-hyphen-restored', message: m, reason: 'the extractor merged two lines and dropped the line-end hyphen; the hyphenated form occurs elsewhere in the corpus' }),
        );
  let kept = 0;
  let removed = 0;
  const blocks = assembleParagraphs(lines, {
    mode: profile.paragraphMode,
    lexicon,
    blankEndsParagraph: profile.blankEndsParagraph,
    onHyphen: (d, line) => {
      if (!d.keptHyphen) {
        removed++;
        return;
      }
      kept++;
      anomalies.push({ sourceId: meta.id, kind: 'line-end-hyphen-kept', message: `line ${line}: "${d.word}"`, reason: HYPHEN_REASON[d.evidence] });
    },
  });

  const noteText = new Map<string, string>();
  for (const n of prepared.notes) noteText.set(`${n.partKey}\u0000${n.marker}`, n.text);
  const cursors = new Map<string, MarkerCursor>();
  const keyOf = (b: Block): string => (profile.noteNumbering === 'part' ? b.partId : meta.id);
  const cursorOf = (b: Block): MarkerCursor => {
    const k = keyOf(b);
    const c = cursors.get(k) ?? { next: 1 };
    cursors.set(k, c);
    return c;
  };
  let attached = 0;
  const usedNotes = new Set<string>();
  const cleanBlock = (b: Block): { text: string; notes: SourceNote[] } => {
    const key = keyOf(b);
    const stripped = stripNoteMarkers(b.text, cursorOf(b), (m) => noteText.has(`${key}\u0000${m}`));
    let t = stripped.text.replace(BULLET, '');
    if (profile.markdown) t = stripMarkdown(t);
    const notes = toSourceNotes(stripped.markers, (m) => noteText.get(`${key}\u0000${m}`));
    for (const m of stripped.markers) {
      if (!noteText.has(`${key}\u0000${m}`)) {
        anomalies.push({ sourceId: meta.id, kind: 'marker-without-note', message: `marker ${m} (line ${b.line}) has no note text in the source`, reason: 'the note text is missing from the extraction; the marker is removed from the words' });
      }
    }
    attached += notes.length;
    for (const n of notes) usedNotes.add(`${key}\u0000${n.marker}`);
    return { text: t.trim(), notes };
  };
  const partTitle = new Map(meta.parts.map((p) => [p.id, p.title]));
  const drafts = assignSections({
    blocks,
    partTitle: (id) => partTitle.get(id) ?? meta.title,
    clean: cleanBlock,
    cleanHeading: cleanBlock,
  });

  for (const n of prepared.notes) {
    if (!usedNotes.has(`${n.partKey}\u0000${n.marker}`)) {
      const reason = prepared.unattachedNotes?.[n.marker];
      anomalies.push({ sourceId: meta.id, kind: 'note-not-attached', message: `note ${n.marker} of ${n.partKey} (p. ${n.page ?? '-'}): "${n.text.slice(0, 60)}"`, ...(reason ? { reason } : {}) });
    }
  }
  const idOf = createIdMaker(meta.id);
  const excerpts: Excerpt[] = drafts.map((d, order) => ({
    id: idOf('x', d.text),
    kind: 'excerpt',
    sourceId: meta.id,
    partId: d.partId,
    order,
    text: d.text,
    notes: d.notes,
    locator: d.locator,
  }));
  const recDrafts = profile.recommendations(drafts);
  const recommendations: Recommendation[] = recDrafts.map((r) => {
    const home = excerpts[r.excerpt];
    if (!home) throw new Error(`Recommendation points at missing excerpt ${r.excerpt} in ${meta.id}`);
    const others = (r.alsoIn ?? []).map((i) => excerpts[i]?.locator).filter((l) => l !== undefined);
    const rec: Recommendation = {
      id: idOf('r', `${r.number ?? ''} ${r.text}`),
      kind: 'recommendation',
      sourceId: meta.id,
      partId: home.partId,
      heading: r.heading,
      text: r.text,
      excerptId: home.id,
      locators: [home.locator, ...others],
    };
    if (r.number !== undefined) rec.number = r.number;
    if (r.region !== undefined) rec.region = r.region;
    if (r.theme !== undefined) rec.theme = r.theme;
    if (r.horizon !== undefined) rec.horizon = r.horizon;
    if (r.addressee !== undefined) rec.addressee = r.addressee;
    return rec;
  });

  const parts: LibraryPart[] = meta.parts.map((p) => ({ id: p.id, sourceId: meta.id, title: p.title, csl: p.csl }));
  const source: LibrarySource = { id: meta.id, file: meta.file, title: meta.title, csl: meta.csl, pages: prepared.pages };
  const report: SourceReport = {
    sourceId: meta.id,
    excerpts: excerpts.length,
    recommendations: recommendations.length,
    numberedRecommendations: recommendations.filter((r) => r.number !== undefined).length,
    footnotes: prepared.notes.length,
    notesAttached: attached,
    pages: prepared.pages,
    hyphensKept: kept,
    hyphensRemoved: removed,
  };
  return { source, parts, excerpts, recommendations, report, anomalies };
}

/**
 * Builds the bundled library from the seed texts and their metadata. Pure and deterministic:
 * the same inputs give the same library, byte for byte once serialized.
 */
export function buildLibrary(inputs: LibraryInput[], metadata: LibraryMetadata): { library: Library; report: LibraryReport } {
  const lexicon = buildLexicon(inputs.map((i) => i.text));
  const builds = metadata.sources.map((meta) => {
    const input = inputs.find((i) => i.file === meta.file);
    if (!input) throw new Error(`Source text ${meta.file} (${meta.id}) is missing from the inputs.`);
    return buildSource(meta, input.text, lexicon);
  });
  const library: Library = {
    format: 'briefpack-library',
    version: 1,
    sources: builds.map((b) => b.source),
    parts: builds.flatMap((b) => b.parts),
    excerpts: builds.flatMap((b) => b.excerpts),
    recommendations: builds.flatMap((b) => b.recommendations),
  };
  const anomalies = [...builds.flatMap((b) => b.anomalies), ...sweepLibrary(library)];
  return {
    library,
    report: { sources: builds.map((b) => b.report), anomalies, unexplained: anomalies.filter((a) => !a.reason).length },
  };
}
