import { readBenchmark } from '@mentoring/shared/doc/benchmark';
import { createContext, useContext, useMemo } from 'react';
import type * as Y from 'yjs';
import { useLinkedBoards } from '../fields/use-linked-boards';
import { sameJson, useDocsSnapshot } from '../fields/use-y';

/** A key factor an action row can link to. */
export interface FactorOption {
  readonly id: string;
  readonly position: number;
  readonly title: string;
}

/** The key factors of one benchmark board of the programme (null while it opens). */
export interface BenchmarkOptions {
  readonly boardId: string;
  readonly title: string;
  readonly factors: readonly FactorOption[] | null;
}

/** Every benchmark of the programme with its key factors; `loading` until the programme is known. */
export interface KeyFactorOptions {
  readonly loading: boolean;
  readonly benchmarks: readonly BenchmarkOptions[];
}

const readFactors = (doc: Y.Doc): readonly FactorOption[] =>
  readBenchmark(doc).keyFactors.map((factor, index) => ({
    id: factor.id,
    position: index + 1,
    title: factor.title,
  }));

/** Opens the programme's benchmark boards read-only and follows their key factors. */
export function useKeyFactorOptions(): KeyFactorOptions {
  const { boards, loading } = useLinkedBoards('benchmark');
  const factors = useDocsSnapshot(
    boards.map((linked) => linked.doc),
    readFactors,
    sameJson,
  );
  return useMemo(
    () => ({
      loading,
      benchmarks: boards.map((linked, index) => ({
        boardId: linked.board.id,
        title: linked.board.title,
        factors: factors[index] ?? null,
      })),
    }),
    [loading, boards, factors],
  );
}

export const KeyFactorOptionsContext = createContext<KeyFactorOptions>({ loading: true, benchmarks: [] });

/** The benchmarks' key factors, given by the action-plan board. */
export function useFactorOptions(): KeyFactorOptions {
  return useContext(KeyFactorOptionsContext);
}
