/** The part of `@hocuspocus/extension-sqlite` the bench uses (see README.md). */
export declare class SQLite {
  constructor(configuration: { database: string });
}
