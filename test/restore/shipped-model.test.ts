import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';

// Smoke test of the shipped dictionaries (dictionaries/model.bin, built by `npm run build:model`).
const resources = new Resources();

describe('shipped model', () => {
  it('restores a stripped administrative sentence', () => {
    expect(repair('Uy ban nhan dan tinh xay dung ke hoach thuc hien', resources).text).toBe('Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện');
  });

  it('passes correct text through unchanged', () => {
    const text = 'Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh.\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;';
    const result = repair(text, resources);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual([]);
  });

  it('keeps abbreviations such as UBND and HĐND', () => {
    expect(repair('UBND tinh va HĐND tinh', resources).text).toBe('UBND tỉnh và HĐND tỉnh');
  });

  it('gives back the Đ of a listed abbreviation standing alone', () => {
    expect(repair('Cac xa DBKK duoc ho tro them kinh phi.', resources).text).toBe('Các xã ĐBKK được hỗ trợ thêm kinh phí.');
    expect(repair('DVT: trieu dong', resources).text).toBe('ĐVT: triệu đồng');
  });

  it('knows subject terms of local reports that the legal corpus lacks', () => {
    expect(repair('Chi cuc Trong trot va Bao ve thuc vat huong dan phong tru ray nau, benh dao on', resources).text).toBe('Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn phòng trừ rầy nâu, bệnh đạo ôn');
  });
});
