import { createHash } from 'node:crypto';

/** The keys and arguments of one script call, as node-redis takes them. */
export interface ScriptCall {
  keys: string[];
  arguments?: Array<string | Buffer>;
}

/** The two commands a script call needs, on a client or a cluster. */
export interface ScriptClient {
  evalSha(sha1: string, call: ScriptCall): Promise<unknown>;
  eval(script: string, call: ScriptCall): Promise<unknown>;
}

/**
 * A Lua script called by its SHA1 (EVALSHA) instead of by its text (EVAL). The store's hot scripts
 * run once per append: sent as text, each call wrote about half a kilobyte of script to the socket
 * and made Redis hash it again. When Redis does not know the script (first call, after a restart or
 * on another cluster node) EVALSHA fails with NOSCRIPT without running anything, and the call is
 * made once more as EVAL, which also loads the script for the next calls.
 */
export function cachedScript(script: string): (client: ScriptClient, call: ScriptCall) => Promise<unknown> {
  const sha1 = createHash('sha1').update(script).digest('hex');
  return async (client, call) => {
    try {
      return await client.evalSha(sha1, call);
    } catch (error) {
      if (!String((error as Error | undefined)?.message).startsWith('NOSCRIPT')) throw error;
      return client.eval(script, call);
    }
  };
}
