import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDoc, ExportInline } from '../core/export/exportDoc';
import { writeDocument } from '../core/export/writeDocument';
import { toPdf } from '../core/export/pdf/toPdf';
import { loadPdfFonts } from '../electron/host/export/loadPdfFonts';
import { has, timeProcess, type ProcessRun } from './processes';
import { stats, timeIt, type Stats } from './stats';

export interface ExportBench {
  docx: Stats;
  pandocDocx: ProcessRun | null;
  pdf: Stats;
  /** CPU time of the same PDF exports (this process, GC threads included). */
  pdfCpu: Stats;
  libreofficePdf: ProcessRun | null;
  pdfPages: number;
  heapMb: number;
}

/** The same document as Markdown with footnotes, for pandoc to convert alongside us. */
export function toMarkdown(doc: ExportDoc): string {
  const inl = (xs: ExportInline[]) => xs.map((x) => (x.kind === 'noteRef' ? `[^${x.n}]` : x.bold ? `**${x.text}**` : x.italic ? `*${x.text}*` : x.text)).join('');
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${inl(b.inlines)}`;
        case 'paragraph':
          return inl(b.inlines);
        case 'quote':
        case 'excerpt':
          return `> ${inl(b.inlines)}`;
        case 'recommendation':
          return `> **${b.label}** ${inl(b.inlines)}`;
        case 'speakingTime':
          return `*${b.text}*`;
        case 'bibliographyEntry':
          return b.runs.map((r) => (r.italic ? `*${r.text}*` : r.text)).join('');
        case 'list':
          return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inl(it)}`).join('\n');
      }
    })
    .join('\n\n');
  const notes = doc.notes.map((n) => `[^${n.n}]: ${n.runs.map((r) => (r.italic ? `*${r.text}*` : r.text)).join('')}`).join('\n');
  return `${body}\n\n${notes}\n`;
}

/** In-process DOCX and PDF exports (warm, as in a running app), and the other tools on the same text. */
export async function benchExports(doc: ExportDoc, assetsDir: string, compare: { others: boolean } = { others: true }): Promise<ExportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bp-bench-'));
  const fonts = await loadPdfFonts(assetsDir);
  const options = { paper: 'a4' as const, createdAt: new Date('2026-01-01T00:00:00Z') };
  await writeDocument(doc, 'docx', fonts, options);
  await toPdf(doc, fonts, options); // warm up the JIT and font parsing once, as a running app would be
  const docxBytes = await writeDocument(doc, 'docx', fonts, options);
  // The DOCX's time includes paginating for its contents page numbers, as an export does.
  const docx = stats(await timeIt(() => writeDocument(doc, 'docx', fonts, options), 7));
  let heapPeak = 0;
  const cpu: number[] = [];
  const pdf = stats(
    await timeIt(async () => {
      const before = process.cpuUsage();
      await toPdf(doc, fonts, options);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 7),
  );
  const pdfBytes = await toPdf(doc, fonts, options);
  const pdfPages = (Buffer.from(pdfBytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  let pandocDocx: ProcessRun | null = null;
  if (compare.others && has('pandoc')) {
    const md = join(dir, 'doc.md');
    writeFileSync(md, toMarkdown(doc));
    pandocDocx = timeProcess('pandoc', [md, '-o', join(dir, 'pandoc.docx')], 3);
  }
  let libreofficePdf: ProcessRun | null = null;
  if (compare.others && has('soffice')) {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, docxBytes);
    libreofficePdf = libreOfficeToPdf(file, 2);
  }
  return { docx, pandocDocx, pdf, pdfCpu: stats(cpu), libreofficePdf, pdfPages, heapMb: heapPeak / 1e6 };
}

let loProfile: string | undefined;

/**
 * LibreOffice converting a DOCX to PDF, whole process. Its first start in a new profile sets
 * the profile up, which is not part of a conversion: that start is made once and not counted.
 */
export function libreOfficeToPdf(docx: string, runs: number): ProcessRun {
  const outDir = mkdtempSync(join(tmpdir(), 'bp-lo-out-'));
  const args = (profile: string) => [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx];
  if (!loProfile) {
    loProfile = join(mkdtempSync(join(tmpdir(), 'bp-lo-')), 'profile');
    timeProcess('soffice', args(loProfile), 1);
  }
  return timeProcess('soffice', args(loProfile), runs);
}
