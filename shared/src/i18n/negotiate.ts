import { type Language, LanguageSchema } from '../schema/programme.js';

/**
 * The offered language that best matches an HTTP `Accept-Language` header (RFC 9110 §12.5.4):
 * ranges in order of their `q` weight (ties keep the header's order), each matched on its primary
 * subtag (`el-GR` and `el` are Greek); `*` and `q=0` match nothing. `undefined` when no range
 * names an offered language, so the caller picks its own default (the programme's working language).
 */
export function bestLanguage(header: string | undefined | null): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.weight > 0 && range.tag !== '' && range.tag !== '*')
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const parsed = LanguageSchema.safeParse(tag.split('-')[0]);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
