import { type Editor, Group2d, NoteShapeUtil, Rectangle2d, type TLNoteShape } from 'tldraw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteRecord } from './note-record.test-support';
import { LazyNoteShapeUtil, NOTE_SIZE } from './note-shape';

afterEach(() => {
  vi.restoreAllMocks();
});

/** An editor that fails the test if the geometry touches it (measuring text needs the editor). */
const untouchable = new Proxy({} as Editor, {
  get(_target, key) {
    throw new Error(`the editor was asked for ${String(key)}`);
  },
});

const note = (props: Partial<TLNoteShape['props']> = {}): TLNoteShape =>
  noteRecord('n1', { text: 'Idea 1', props });

/** What tldraw's own note geometry gives once the label is measured (here: 120 x 40, centred). */
function stockGeometry(shape: TLNoteShape) {
  const height = (NOTE_SIZE + shape.props.growY) * shape.props.scale;
  return new Group2d({
    children: [
      new Rectangle2d({ width: NOTE_SIZE, height, isFilled: true }),
      new Rectangle2d({ x: 40, y: 80, width: 120, height: 40, isFilled: true, isLabel: true }),
    ],
  });
}

describe('LazyNoteShapeUtil geometry', () => {
  it('gives the note bounds without measuring the label', () => {
    const stock = vi.spyOn(NoteShapeUtil.prototype, 'getGeometry');
    const util = new LazyNoteShapeUtil(untouchable);
    const geometry = util.getGeometry(note({ growY: 30, scale: 2 }));
    expect(geometry.bounds.toJson()).toEqual({ x: 0, y: 0, w: 400, h: 460 });
    expect(geometry.vertices).toHaveLength(4);
    expect(stock).not.toHaveBeenCalled();
  });

  it('answers a point beside the note without measuring, and measures once for a point on it', () => {
    const stock = vi.spyOn(NoteShapeUtil.prototype, 'getGeometry').mockImplementation(stockGeometry);
    const util = new LazyNoteShapeUtil(untouchable);
    const geometry = util.getGeometry(note());
    const label = geometry.children.find((child) => child.isLabel);
    expect(label?.isPointInBounds({ x: -50, y: 100 })).toBe(false);
    expect(label?.isPointInBounds({ x: 260, y: 100 })).toBe(false);
    expect(stock).not.toHaveBeenCalled();
    expect(label?.isPointInBounds({ x: 100, y: 100 })).toBe(true);
    expect(label?.isPointInBounds({ x: 10, y: 100 })).toBe(false);
    expect(label?.bounds.toJson()).toEqual({ x: 40, y: 80, w: 120, h: 40 });
    expect(stock).toHaveBeenCalledTimes(1);
  });

  it('keeps the label out of the hit area and in the label hit test, as tldraw does', () => {
    vi.spyOn(NoteShapeUtil.prototype, 'getGeometry').mockImplementation(stockGeometry);
    const geometry = new LazyNoteShapeUtil(untouchable).getGeometry(note());
    expect(geometry.hitTestPoint({ x: 5, y: 5 }, 0, true)).toBe(true);
    expect(geometry.getVertices({ includeLabels: true, includeInternal: true })).toHaveLength(8);
    expect(geometry.getSvgPathData()).toBe(stockGeometry(note()).getSvgPathData());
  });
});
