/** Types of check-settings.mjs, for the tests that import it. */
export function settingsProblem(
  root: string,
  env: Record<string, string | undefined>,
  built: boolean,
): Promise<string | null>;
