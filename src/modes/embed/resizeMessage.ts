/** The message type an embedded app posts to its parent (DESIGN.md, "Embed"). */
export const RESIZE_MESSAGE_TYPE = 'diplomatic-timeline:resize';

/** `{ type: "diplomatic-timeline:resize", height }`: the content's height in CSS pixels. */
export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE_TYPE;
  readonly height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** Whether a message event's data is a resize message with a usable height. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as { type?: unknown; height?: unknown };
  return type === RESIZE_MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height > 0;
}
