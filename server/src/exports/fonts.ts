import { createRequire } from 'node:module';

/** Files of the fonts embedded in PDFs. */
export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
}

/**
 * DejaVu Sans, from the `dejavu-fonts-ttf` package: it covers Latin with every accent (ñ ç ā ē ī ū
 * š ž), Greek and Cyrillic, and is embedded (as a subset) so that text renders and extracts the same
 * everywhere. Resolved through Node's module resolution, so it works from `src/` and from `dist/`.
 */
export function dejaVuFonts(): FontFiles {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}
