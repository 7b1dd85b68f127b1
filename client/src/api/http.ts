import { ErrorResponseSchema } from '@mentoring/shared/schema/api';
import type { z } from 'zod';

/** A failed API call: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | null;
  /** The response body's schema: what the server sends is checked before it is used. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
}

/** Calls the JSON API of the page's own origin, with the session token as `Authorization: Bearer`. */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network error');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const parsed = ErrorResponseSchema.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error : response.statusText,
      parsed.success ? parsed.data.details : undefined,
    );
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) throw new ApiError(502, 'unexpected response');
  return parsed.data;
}
