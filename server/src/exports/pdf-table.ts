import type { FontFiles } from './fonts.js';

/** What the PDF table needs of the document being written. */
export interface PdfTarget {
  readonly pdf: PDFKit.PDFDocument;
  readonly fonts: FontFiles;
  /** Where the table's structure element goes. */
  readonly parent: PDFKit.PDFStructureElement;
  /** Writes one row that cannot fit on a page as label/value paragraphs instead. */
  readonly fallback: (columns: readonly string[], row: readonly string[]) => void;
}

/** Header cells head their column (pdfkit supports `scope`; its type declarations lack it). */
const COLUMN_HEADER: PDFKit.Mixins.StructureElementOptions & { scope: 'Column' } = { scope: 'Column' };
const PAD = 4;
const SIZE = 9;
const HEADER_FILL = '#e8e8e8';

/** Draws borders and fills as artifacts, so screen readers skip them. */
function artifact(pdf: PDFKit.PDFDocument, draw: () => void): void {
  pdf.markContent('Artifact', { type: 'Layout' });
  draw();
  pdf.endMarkedContent();
}

/**
 * A tagged table (Table > TR > TH/TD) with a header row that repeats on every page it runs onto.
 * Rows never split; a row taller than a whole page (very long cells) is written as paragraphs
 * between two parts of the table, so that no text is ever cut off.
 */
export function drawTable(
  target: PdfTarget,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
) {
  const { pdf, fonts } = target;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const colWidth = width / Math.max(1, columns.length);
  let table: PDFKit.PDFStructureElement | null = null;

  const heightOf = (cells: readonly string[], font: string) => {
    pdf.font(font).fontSize(SIZE);
    const heights = cells.map((text) => (text ? pdf.heightOfString(text, { width: colWidth - 2 * PAD }) : 0));
    return Math.max(SIZE, ...heights) + 2 * PAD;
  };
  // A header repeated on a later page is an artifact: the table keeps one header row for screen readers.
  const drawRow = (cells: readonly string[], kind: 'header' | 'repeat' | 'body') => {
    const font = kind === 'body' ? fonts.regular : fonts.bold;
    const height = heightOf(cells, font);
    const top = pdf.y;
    const tr = kind === 'repeat' ? null : pdf.struct('TR');
    if (tr) table?.add(tr);
    cells.forEach((text, i) => {
      const x = left + i * colWidth;
      const write = () => {
        if (text)
          pdf
            .font(font)
            .fontSize(SIZE)
            .text(text, x + PAD, top + PAD, { width: colWidth - 2 * PAD });
      };
      artifact(pdf, () => {
        if (kind !== 'body') pdf.rect(x, top, colWidth, height).fill(HEADER_FILL).fillColor('black');
        pdf.lineWidth(0.5).rect(x, top, colWidth, height).stroke();
        if (!tr) write();
      });
      tr?.add(kind === 'header' ? pdf.struct('TH', COLUMN_HEADER, write) : pdf.struct('TD', {}, write));
    });
    tr?.end();
    pdf.x = left;
    pdf.y = top + height;
  };
  const start = () => {
    table = pdf.struct('Table');
    target.parent.add(table);
    drawRow(columns, 'header');
  };
  const end = () => {
    table?.end();
    table = null;
  };

  const headerHeight = heightOf(columns, fonts.bold);
  const room = () => pdf.page.maxY() - pdf.y;
  const pageRoom = pdf.page.maxY() - pdf.page.margins.top;
  if (room() < headerHeight + 3 * SIZE) pdf.addPage();
  start();
  for (const row of rows) {
    const height = heightOf(row, fonts.regular);
    if (height > pageRoom - headerHeight) {
      end();
      target.fallback(columns, row);
      continue;
    }
    if (height > room()) {
      pdf.addPage();
      if (table) drawRow(columns, 'repeat');
    }
    if (!table) start();
    drawRow(row, 'body');
  }
  end();
  pdf.font(fonts.regular).fontSize(10);
}
