import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDoc, ExportInline } from '../core/export/exportDoc';
import { writeDocument } from '../core/export/writeDocument';
import { toPdf } from '../core/export/pdf/toPdf';
import { loadPdfFonts } from '../electron/host/export/loadPdfFonts';
import { stats, timeIt, type Stats } from './stats';

export interface ExportBench {
  docx: Stats;
  pandocDocx: Stats | null;
  pdf: Stats;
  libreofficePdf: Stats | null;
  pdfPages: number;
  heapMb: number;
}

/** The same document as Markdown with footnotes, for pandoc to convert alongside us. */
function toMarkdown(doc: ExportDoc): string {
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

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export async function benchExports(doc: ExportDoc, assetsDir: string): Promise<ExportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bp-bench-'));
  const fonts = await loadPdfFonts(assetsDir);
  const options = { paper: 'a4' as const, createdAt: new Date('2026-01-01T00:00:00Z') };
  await writeDocument(doc, 'docx', fonts, options);
  await toPdf(doc, fonts, options); // warm up the JIT and font parsing once, as a running app would be
  const docxBytes = await writeDocument(doc, 'docx', fonts, options);
  // The DOCX's time includes paginating for its contents page numbers, as an export does.
  const docx = stats(await timeIt(() => writeDocument(doc, 'docx', fonts, options), 7));
  let heapPeak = 0;
  const pdf = stats(
    await timeIt(async () => {
      await toPdf(doc, fonts, options);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 7),
  );
  const pdfBytes = await toPdf(doc, fonts, options);
  const pdfPages = (Buffer.from(pdfBytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  let pandocDocx: Stats | null = null;
  if (has('pandoc')) {
    const md = join(dir, 'doc.md');
    writeFileSync(md, toMarkdown(doc));
    pandocDocx = stats(await timeIt(() => execFileSync('pandoc', [md, '-o', join(dir, 'pandoc.docx')]), 3));
  }
  let libreofficePdf: Stats | null = null;
  if (has('soffice')) {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, docxBytes);
    libreofficePdf = stats(
      await timeIt(() => execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore' }), 2),
    );
  }
  return { docx, pandocDocx, pdf, libreofficePdf, pdfPages, heapMb: heapPeak / 1e6 };
}
