import type { Point, Position, VnfixMessage } from './types.js';

/**
 * Make a message record.
 * @param reason plain-words explanation
 * @param ruleId stable identifier such as `restore-uncertain`
 * @param extra place, fatal flag, actual/expected, confidence
 * @returns the message
 */
export function makeMessage(
  reason: string,
  ruleId: string,
  extra: Partial<Omit<VnfixMessage, 'reason' | 'ruleId' | 'source'>> & { place?: Point | Position } = {},
): VnfixMessage {
  return { reason, ruleId, source: 'vnfix', ...extra };
}
