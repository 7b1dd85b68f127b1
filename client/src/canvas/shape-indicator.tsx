import { DefaultShapeIndicator, type TLShapeIndicatorProps } from 'tldraw';

/**
 * tldraw's shape indicator (the outline of a hovered or selected shape), drawn only while shown.
 * tldraw mounts one per shape and hides all but a few; for 2,000 stickies that was 2,000 SVG
 * elements and their store subscriptions on the board's first render. A shape hovered or selected
 * now mounts its one outline then.
 */
export function ShownShapeIndicator(props: TLShapeIndicatorProps) {
  return props.hidden ? null : <DefaultShapeIndicator {...props} />;
}
