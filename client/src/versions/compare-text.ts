/** A short text for any JSON value in a comparison (lists joined, objects as their text fields). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([, child]) => valueText(child))
      .filter(Boolean)
      .join(', ');
  }
  return '';
}

const SUMMARY_MAX = 80;

/** The first non-empty text of a row, shortened, to say which row is meant. */
export function rowSummary(row: Readonly<Record<string, unknown>> | undefined): string {
  if (!row) return '';
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || typeof value !== 'string' || !value.trim()) continue;
    const text = value.trim();
    return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
  }
  return '';
}
