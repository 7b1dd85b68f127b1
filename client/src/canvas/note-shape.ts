import {
  Geometry2d,
  type Geometry2dFilters,
  Group2d,
  NoteShapeUtil,
  Rectangle2d,
  type TLNoteShape,
  type Vec,
  type VecLike,
} from 'tldraw';

/** tldraw's note side (NOTE_SIZE in tldraw 3.15, not exported): a note is this wide, and this tall plus growY. */
export const NOTE_SIZE = 200;

/**
 * A note's text label as geometry, measured only when asked. tldraw measures a label by rendering
 * its text in the DOM; the stock note does that for every note as soon as anything needs its
 * bounds (culling, hover), which for 2,000 stickies was seconds of a board's first render. The
 * note's bounds never include its label, so culling never asks; hit tests ask only for the notes
 * under the pointer.
 */
export class LazyLabel2d extends Geometry2d {
  private measured: Geometry2d | null = null;

  constructor(
    private readonly measure: () => Geometry2d,
    /** The note's width: a label is never wider than its note (tldraw wraps it to fit). */
    private readonly noteWidth: number,
  ) {
    super({ isFilled: true, isClosed: true, isLabel: true });
  }

  private get label(): Geometry2d {
    this.measured ??= this.measure();
    return this.measured;
  }

  override getVertices(filters: Geometry2dFilters): Vec[] {
    return this.label.getVertices(filters);
  }

  override nearestPoint(point: VecLike, filters?: Geometry2dFilters): Vec {
    return this.label.nearestPoint(point, filters);
  }

  override getBounds() {
    return this.label.bounds;
  }

  override getSvgPathData(first: boolean): string {
    return this.label.getSvgPathData(first);
  }

  // tldraw's hit test asks every note's label whether the pointer is in it: a point beside the
  // note (most of them) is answered without measuring.
  override isPointInBounds(point: VecLike, margin = 0): boolean {
    if (point.x < -margin || point.x > this.noteWidth + margin) return false;
    return super.isPointInBounds(point, margin);
  }
}

/**
 * tldraw's note, with the text measurement of its label left until something needs it (see
 * {@link LazyLabel2d}). Records, props, rendering and behaviour are the stock note's: same type,
 * same schema.
 */
export class LazyNoteShapeUtil extends NoteShapeUtil {
  override getGeometry(shape: TLNoteShape) {
    const { scale, growY } = shape.props;
    const width = NOTE_SIZE * scale;
    const height = (NOTE_SIZE + growY) * scale;
    const label = () => {
      const full = super.getGeometry(shape);
      const found = full.children.find((child) => child.isLabel);
      if (!found) throw new Error('tldraw note geometry without a label');
      return found;
    };
    return new Group2d({
      children: [new Rectangle2d({ width, height, isFilled: true }), new LazyLabel2d(label, width)],
    });
  }
}

/** The canvas's shape utils that differ from tldraw's defaults (same types, replacing them). */
export const CANVAS_SHAPE_UTILS = [LazyNoteShapeUtil];
