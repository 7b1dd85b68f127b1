import PDFDocument from 'pdfkit';
import { dejaVuFonts, type FontFiles } from './fonts.js';
import type { Outline, OutlineBlock } from './outline.js';
import { drawTable } from './pdf-table.js';
import { EXPORT_STRINGS, LANGUAGE_TAGS } from './strings.js';

/**
 * Renders a document outline as a tagged PDF: document language and title in the metadata (the
 * viewer shows the title), a structure tree of headings, paragraphs and tables for screen readers,
 * page numbers as artifacts, and DejaVu Sans embedded so every accent and script renders and extracts.
 */

const BODY = 10;
const HEADING_SIZES = [20, 15, 13, 12, 11, 11] as const;
const MARGIN = 50;

interface Writer {
  readonly pdf: PDFKit.PDFDocument;
  readonly fonts: FontFiles;
  readonly root: PDFKit.PDFStructureElement;
  readonly empty: string;
}

/** One tagged paragraph (or heading) whose content `write` draws. */
function tagged(writer: Writer, tag: string, write: () => void): void {
  writer.root.add(writer.pdf.struct(tag, {}, write));
}

function heading(writer: Writer, level: number, text: string): void {
  const { pdf, fonts } = writer;
  const tagLevel = Math.min(Math.max(level, 1), 6);
  const size = HEADING_SIZES[tagLevel - 1] ?? BODY;
  // Keep a heading with at least a few lines of what follows it.
  if (pdf.page.maxY() - pdf.y < size * 2 + BODY * 4) pdf.addPage();
  else if (level > 1) pdf.moveDown(0.6);
  tagged(writer, `H${tagLevel}`, () =>
    pdf
      .font(fonts.bold)
      .fontSize(size)
      .text(text || writer.empty),
  );
  pdf.moveDown(0.2);
}

function paragraphs(writer: Writer, text: string): void {
  const { pdf, fonts } = writer;
  for (const line of (text || writer.empty).split(/\r?\n/)) {
    if (line.trim() === '') pdf.moveDown(0.5);
    else tagged(writer, 'P', () => pdf.font(fonts.regular).fontSize(BODY).text(line));
  }
}

function facts(writer: Writer, list: readonly { label: string; value: string }[]): void {
  const { pdf, fonts } = writer;
  for (const { label, value } of list) {
    tagged(writer, 'P', () => {
      pdf.font(fonts.bold).fontSize(BODY).text(`${label}: `, { continued: true });
      pdf.font(fonts.regular).text(value || writer.empty);
    });
  }
  pdf.moveDown(0.4);
}

function table(writer: Writer, columns: readonly string[], rows: readonly (readonly string[])[]): void {
  // A row too tall for any page is written as label: value lines instead.
  const fallback = (labels: readonly string[], row: readonly string[]) =>
    facts(
      writer,
      labels.map((label, i) => ({ label, value: row[i] ?? '' })),
    );
  writer.pdf.moveDown(0.3);
  drawTable({ pdf: writer.pdf, fonts: writer.fonts, parent: writer.root, fallback }, columns, rows);
  writer.pdf.moveDown(0.5);
}

function block(writer: Writer, item: OutlineBlock): void {
  if (item.type === 'heading') heading(writer, item.level, item.text);
  else if (item.type === 'text') paragraphs(writer, item.text);
  else if (item.type === 'facts') facts(writer, item.facts);
  else table(writer, item.columns, item.rows);
}

// Page numbers go on at the end, when the page count is known, outside the structure tree.
function pageNumbers(writer: Writer, language: Outline['language']): void {
  const { pdf, fonts } = writer;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font(fonts.regular)
      .fontSize(8)
      .text(EXPORT_STRINGS[language].page(i + 1, range.count), MARGIN, pdf.page.height - bottom / 2 - 4, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}

/** The outline as a PDF file. */
export function outlinePdf(outline: Outline, fonts: FontFiles = dejaVuFonts()): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: outline.landscape ? 'landscape' : 'portrait',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: LANGUAGE_TAGS[outline.language],
    displayTitle: true,
    bufferPages: true,
    font: fonts.regular,
    info: { Title: outline.title, Subject: outline.subtitle, Creator: 'Mentoring board' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const writer: Writer = { pdf, fonts, root, empty: EXPORT_STRINGS[outline.language].empty };
  heading(writer, 1, outline.title);
  tagged(writer, 'P', () => pdf.font(fonts.regular).fontSize(12).text(outline.subtitle));
  const { exported } = outline;
  if (exported) tagged(writer, 'P', () => pdf.font(fonts.regular).fontSize(BODY).text(exported));
  pdf.moveDown(0.5);
  for (const item of outline.blocks) block(writer, item);
  root.end();
  pageNumbers(writer, outline.language);
  pdf.end();
  return done;
}
