import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../src/syllable/index.js';

describe('fold', () => {
  it('removes tone and quality marks and maps đ to d, keeping case', () => {
    expect(fold('Đổi Mới')).toBe('Doi Moi');
    expect(fold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CONG HOA XA HOI CHU NGHIA VIET NAM');
    expect(fold('Ủy ban nhân dân tỉnh Quảng Trị')).toBe('Uy ban nhan dan tinh Quang Tri');
  });

  it('folds decomposed input the same as composed input', () => {
    expect(fold('Đường'.normalize('NFD'))).toBe('Duong');
  });

  it('keeps codes, digits and marks Vietnamese does not use', () => {
    expect(fold('295-CV/BĐNTW')).toBe('295-CV/BDNTW');
    expect(fold('Müller')).toBe('Müller');
  });

  it('is idempotent and returns NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = fold(s);
        expect(fold(once)).toBe(once);
        expect(once.normalize('NFC')).toBe(once);
      }),
    );
  });
});
