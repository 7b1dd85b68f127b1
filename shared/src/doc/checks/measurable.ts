/**
 * Whether a success criterion is measurable, heuristically: it names a number, a percentage or a
 * date (any digit), a number word or a month, or uses a word of measurement (English or Spanish,
 * accents ignored): "at least", "increase", "survey", "número de", "encuesta"… A criterion such as
 * "better integration" fails; "200 people attend by June" and "la tasa de abandono baja" pass.
 */

// Words separated by '|'; spaces inside a phrase match any run of white space.
const WORDS_EN =
  'at least|at most|more than|less than|fewer than|increase|increased|increases|decrease|decreased|' +
  'reduce|reduced|reduction|double|doubled|halve|halved|number of|share of|proportion|percentage|' +
  'per cent|percent|rate|ratio|survey|surveyed|indicator|indicators|baseline|measured|counted|' +
  'by the end of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|' +
  'dozen|half|january|february|march|april|june|july|august|september|october|november|december';
const WORDS_ES =
  'al menos|como minimo|como maximo|mas de|menos de|aumentar|aumenta|aumento|incrementar|incremento|' +
  'reducir|reduce|reduccion|disminuir|disminuye|duplicar|numero de|porcentaje|por ciento|proporcion|' +
  'tasa|encuesta|indicador|indicadores|meta|linea de base|medir|medido|medida por|a finales de|dos|' +
  'tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cincuenta|cien|mil|docena|mitad|enero|' +
  'febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

const WORDS = `${WORDS_EN}|${WORDS_ES}`.replaceAll(' ', '\\s+');
const PATTERN = new RegExp(`\\d|\\b(?:${WORDS})\\b`);

/** Lower case without diacritics, so that "número" matches "numero". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when `text` states something that can be checked: see the module comment. */
export function isMeasurable(text: string): boolean {
  return PATTERN.test(normalise(text));
}
