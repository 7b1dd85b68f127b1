/** Types of build-stamp.mjs, for the tests that import it. */
export interface Workspace {
  name: 'shared' | 'server' | 'client';
  inputs: string[];
  output: string;
  ready: string;
}
export interface PlannedBuild extends Workspace {
  fingerprint: string;
}
export const WORKSPACES: readonly Workspace[];
export function fingerprint(root: string, inputs: readonly string[]): string;
export function planBuild(root: string): PlannedBuild[];
export function recordBuilt(root: string, workspace: PlannedBuild): void;
