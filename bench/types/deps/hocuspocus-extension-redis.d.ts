/** The part of `@hocuspocus/extension-redis` the bench uses (see README.md). */
export declare class Redis {
  constructor(configuration: { host: string; port: number });
}
