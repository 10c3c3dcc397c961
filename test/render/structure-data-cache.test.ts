import { describe, expect, it } from 'vitest';
import { Resources } from '../../src/resources.js';
import { render } from '../../src/render/index.js';

describe('structure phrase lists through Resources', () => {
  it('reads dictionaries/structure.yaml once per Resources object and renders with it', () => {
    const resources = new Resources();
    const data = resources.structureData;
    expect(resources.structureData).toBe(data);
    expect(data.documentTypes).toContain('BÁO CÁO');
    const result = { input: '', text: 'BÁO CÁO\nKết quả\n\nI. TÌNH HÌNH\nNội dung.\n', changes: [], messages: [], stats: {} } as never;
    expect(render(result, 'md', { structureData: data })).toBe(render(result, 'md'));
  });
});
