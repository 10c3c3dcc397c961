import type { Change, Point, VnfixMessage } from './types.js';

/**
 * A change with its place moved by the lines and characters before its piece of the input.
 * @param change a change placed in a piece
 * @param lineBase lines before the piece
 * @param offsetBase characters before the piece
 * @returns the change placed in the whole input
 */
export function shiftChange(change: Change, lineBase: number, offsetBase: number): Change {
  if (lineBase === 0 && offsetBase === 0) return change;
  return { ...change, line: change.line + lineBase, offset: change.offset + offsetBase };
}

/**
 * A message with its place moved by the lines and characters before its piece of the input.
 * @param message a message placed in a piece
 * @param lineBase lines before the piece
 * @param offsetBase characters before the piece
 * @returns the message placed in the whole input
 */
export function shiftMessage(message: VnfixMessage, lineBase: number, offsetBase: number): VnfixMessage {
  const place = message.place;
  if (place === undefined || (lineBase === 0 && offsetBase === 0)) return message;
  const shift = (p: Point): Point => ({ ...p, line: p.line + lineBase, offset: p.offset + offsetBase });
  return { ...message, place: 'start' in place ? { start: shift(place.start), end: shift(place.end) } : shift(place) };
}
