import { type DocxNode, docx } from './docx-api.js';
import type { Fact, Outline, OutlineBlock } from './outline.js';
import { EXPORT_STRINGS, LANGUAGE_TAGS } from './strings.js';

/**
 * Renders a document outline as a Word document: real heading styles (navigable, and read as
 * headings by screen readers), the document language on every run, and tables whose header row is
 * marked as such, so that Word repeats it on each page. The action plan comes out in landscape.
 */

const {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
} = docx;
const { TextRun, WidthType } = docx;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const lines = (text: string) => text.split(/\r?\n/);

function textParagraphs(text: string, empty: string): DocxNode[] {
  return lines(text || empty).map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function factParagraph({ label, value }: Fact, empty: string): DocxNode {
  const [first = '', ...rest] = lines(value || empty);
  return new Paragraph({
    children: [
      new TextRun({ text: `${label}: `, bold: true }),
      new TextRun(first),
      ...rest.map((line) => new TextRun({ text: line, break: 1 })),
    ],
  });
}

function cell(text: string, header: boolean, widthPct: number): DocxNode {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
    children: lines(text).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] }),
    ),
  });
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): DocxNode {
  const width = 100 / Math.max(1, columns.length);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // tableHeader: Word repeats this row at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(c, true, width)),
      }),
      ...rows.map(
        (row) => new TableRow({ children: columns.map((_, i) => cell(row[i] ?? '', false, width)) }),
      ),
    ],
  });
}

function blockChildren(block: OutlineBlock, empty: string): DocxNode[] {
  switch (block.type) {
    case 'heading': {
      // The title is the Title style, so the board's sections (outline level 2) are Heading 1.
      const heading = HEADINGS[Math.min(Math.max(block.level - 1, 1), 6) - 1];
      return [new Paragraph({ heading, keepNext: true, children: [new TextRun(block.text || empty)] })];
    }
    case 'text':
      return textParagraphs(block.text, empty);
    case 'facts':
      return block.facts.map((fact) => factParagraph(fact, empty));
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ children: [] })];
  }
}

/** The outline as a DOCX file. */
export function outlineDocx(outline: Outline): Promise<Buffer> {
  const empty = EXPORT_STRINGS[outline.language].empty;
  const language = { value: LANGUAGE_TAGS[outline.language] };
  const document = new Document({
    title: outline.title,
    subject: outline.subtitle,
    creator: 'Mentoring board',
    styles: { default: { document: { run: { font: 'Calibri', language } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: outline.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(outline.title)] }),
          new Paragraph({ children: [new TextRun({ text: outline.subtitle, italics: true })] }),
          ...(outline.exported
            ? [new Paragraph({ children: [new TextRun({ text: outline.exported, italics: true })] })]
            : []),
          ...outline.blocks.flatMap((block) => blockChildren(block, empty)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
