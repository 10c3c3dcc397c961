import type { Point } from './types.js';

/**
 * Maps offsets of a string to line/column points (both from 1).
 * Lines end at \n, \r\n or a lone \r.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** @returns the point of `offset` */
  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }

  /**
   * @param line a line number, from 1
   * @returns the offset where that line starts, or undefined past the last line
   */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }

  /** @returns the number of lines (a trailing newline does not start a counted line of its own) */
  get lineCount(): number {
    return this.starts.length;
  }
}
