import { describe, expect, it } from 'vitest';
import { nestBullet } from '../../src/structure/body-blocks.js';
import { detectStructure } from '../../src/structure/detect-structure.js';
import type { ListItemBlock } from '../../src/structure/types.js';

/** Depths of a run of bullet items given as [key, indent]. */
const depths = (items: Array<[string, number]>): number[] => {
  let open: ReturnType<typeof nestBullet> = [];
  return items.map(([key, indent]) => (open = nestBullet(open, key, indent)).length);
};

describe('bullet nesting', () => {
  it('puts a new bullet under the last item and returns to a bullet used before', () => {
    expect(depths([['-', 0], ['+', 0], ['+', 0], ['-', 0], ['+', 0]])).toEqual([1, 2, 2, 1, 2]);
  });

  it('nests the same bullet by indentation, and closes levels indented less', () => {
    expect(depths([['-', 0], ['-', 4], ['+', 8], ['+', 8], ['-', 4], ['-', 0]])).toEqual([1, 2, 3, 3, 2, 1]);
    // A space more or less is the same level.
    expect(depths([['-', 0], ['-', 1], ['-', 0]])).toEqual([1, 1, 1]);
  });

  it('reads the garbled round bullets of OCR (* and ¢) as one level above the dashes', () => {
    const text = [
      'III. NHIỆM VỤ',
      '* Phòng Kinh tế chủ trì:',
      '— Hướng dẫn các xã lập kế hoạch;',
      '¢ Trung tâm Dịch vụ nông nghiệp:',
      '— Cung ứng giống lúa xác nhận;',
      '* Các xã báo cáo kết quả hằng tháng.',
    ].join('\n');
    const items = detectStructure(text).blocks.filter((b): b is ListItemBlock => b.type === 'listItem');
    expect(items.map((b) => b.depth)).toEqual([1, 2, 1, 2, 1]);
  });
});
