import * as docxModule from 'docx';

/**
 * The part of the `docx` package (9.7) that the Word export uses, typed by hand: the package's own
 * declarations re-export with extensionless paths, which TypeScript's NodeNext resolution cannot
 * follow, so they type-check as empty. Keep these in step with the package when it is upgraded
 * (the integration tests read every export back with a real DOCX reader).
 */

/** Anything the package builds (paragraphs, runs, tables, the document): opaque here. */
declare const built: unique symbol;
export interface DocxNode {
  readonly [built]?: true;
}

export interface RunOptions {
  readonly text?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Half-points. */
  readonly size?: number;
  /** Line breaks before the text. */
  readonly break?: number;
}

export interface ParagraphOptions {
  readonly children?: readonly DocxNode[];
  readonly heading?: string;
  readonly keepNext?: boolean;
}

interface Width {
  readonly size: number;
  readonly type: string;
}

export interface TableCellOptions {
  readonly children: readonly DocxNode[];
  readonly width?: Width;
  readonly shading?: { readonly type: string; readonly fill: string; readonly color: string };
}

export interface TableRowOptions {
  readonly children: readonly DocxNode[];
  /** Repeat this row at the top of each page (a header row). */
  readonly tableHeader?: boolean;
  readonly cantSplit?: boolean;
}

export interface DocumentOptions {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly styles?: {
    readonly default?: {
      readonly document?: {
        readonly run?: { readonly font?: string; readonly language?: { readonly value: string } };
      };
    };
  };
  readonly sections: readonly {
    readonly properties?: {
      readonly page?: {
        readonly size?: { readonly orientation?: string };
        readonly margin?: {
          readonly top: number;
          readonly bottom: number;
          readonly left: number;
          readonly right: number;
        };
      };
    };
    readonly children: readonly DocxNode[];
  }[];
}

export interface DocxApi {
  readonly Document: new (options: DocumentOptions) => DocxNode;
  readonly Paragraph: new (options: ParagraphOptions) => DocxNode;
  readonly TextRun: new (options: RunOptions | string) => DocxNode;
  readonly Table: new (options: { readonly rows: readonly DocxNode[]; readonly width?: Width }) => DocxNode;
  readonly TableRow: new (options: TableRowOptions) => DocxNode;
  readonly TableCell: new (options: TableCellOptions) => DocxNode;
  readonly Packer: { toBuffer(document: DocxNode): Promise<Buffer> };
  readonly HeadingLevel: {
    readonly TITLE: string;
    readonly HEADING_1: string;
    readonly HEADING_2: string;
    readonly HEADING_3: string;
    readonly HEADING_4: string;
    readonly HEADING_5: string;
    readonly HEADING_6: string;
  };
  readonly PageOrientation: { readonly PORTRAIT: string; readonly LANDSCAPE: string };
  readonly WidthType: { readonly PERCENTAGE: string };
  readonly ShadingType: { readonly CLEAR: string };
}

/** The `docx` package, typed as above. */
export const docx = docxModule as unknown as DocxApi;
