import type { OutputTarget } from './output-target.js';

/** An output that is thrown away (vnfix check needs only the counts). */
export class DiscardTarget implements OutputTarget {
  async write(): Promise<void> {}
  async commit(): Promise<void> {}
  async abort(): Promise<void> {}
}
