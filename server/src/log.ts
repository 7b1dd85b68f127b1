/**
 * The logger every server module takes: a pino-compatible subset, so that no module depends on
 * Fastify's logger (app.ts passes `fastify.log`; tests pass a silent one).
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
