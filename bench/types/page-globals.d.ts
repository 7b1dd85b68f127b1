/** What the app's e2e hook and the bench's page probe put on `window`, as far as the bench reads it. */
interface BenchBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

interface BenchProbe {
  arm(selector: string, marker: string, mode: 'text' | 'value'): void;
  result(timeoutMs: number): Promise<{ domAt: number | null; rafAt: number | null; frameAt: number | null }>;
}

interface Window {
  __mentoringE2E?: boolean;
  __benchProbe: BenchProbe;
  /** Long tasks seen so far: [startTime, duration] in ms. */
  __longTasks: [number, number][];
  __board?: {
    editor: {
      getCurrentPageShapeIds(): Set<string>;
      getViewportPageBounds(): BenchBox;
      getShapePageBounds(id: string): BenchBox | undefined;
    };
  };
}
