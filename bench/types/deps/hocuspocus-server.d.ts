/** The part of `@hocuspocus/server` the bench uses (see README.md). */
export interface ServerConfiguration {
  port?: number;
  address?: string;
  quiet?: boolean;
  extensions?: object[];
}
export declare class Server {
  constructor(configuration?: ServerConfiguration);
  listen(): Promise<unknown>;
  readonly address: { port: number };
}
