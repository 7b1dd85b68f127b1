import { createShapeId, type IndexKey, type TLNoteShape, type TLPageId, toRichText } from 'tldraw';

/** A yellow sticky `key` at (x, y) with tldraw's default note props, for tests (`props` override them). */
export function noteRecord(
  key: string,
  {
    x = 0,
    y = 0,
    text = key,
    props = {},
  }: { x?: number; y?: number; text?: string; props?: Partial<TLNoteShape['props']> } = {},
): TLNoteShape {
  return {
    id: createShapeId(key),
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    index: 'a1' as IndexKey,
    parentId: 'page:page' as TLPageId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      richText: toRichText(text),
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      labelColor: 'black',
      growY: 0,
      fontSizeAdjustment: 0,
      url: '',
      scale: 1,
      ...props,
    },
  };
}
