import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { render } from '../../src/render/index.js';
import { loadStructureData } from '../../src/structure/structure-data.js';
import { passThrough, schemaErrors, textLossProblems } from './helpers.js';

const data = loadStructureData();

/** Lines of the kinds administrative documents are made of, clean and garbled. */
const LINES = [
  'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH ỦY BẠC LIÊU ĐẢNG CỘNG SẢN VIỆT NAM',
  'Số: 12/BC-UBND Bạc Liêu, ngày 3 tháng 5 năm 2024',
  '*',
  'BÁO CÁO',
  'Kết quả thực hiện nhiệm vụ quý I',
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  'Il. NOI DUNG',
  '1. Công tác tuyên truyền',
  '1.1. Về kinh tế',
  'a) Trồng trọt',
  '(1) Ủy ban nhân dân các xã',
  'Điều 1. Phạm vi điều chỉnh',
  'Chương II',
  '- Sở Nội vụ;',
  '+ Không phun thuốc khi mật số thấp;',
  '• Các đơn vị trực thuộc',
  'Các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm túc các nội dung của Chỉ thị số 04-',
  'CT/TW ngày 14-',
  '10-2011 của Ban Bí thư về công tác đối ngoại nhân dân trong tình hình mới.',
  'nhân dân2 và các đoàn thể chính trị - xã hội ở địa phương, đơn vị thực hiện tốt',
  '2 Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XI.',
  '® Theo Quyết định số 942/QĐ-TTg.',
  '__________',
  '- 2 -',
  '3',
  '\f',
  '',
  '',
  'STT',
  'Nội dung',
  'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
  '- Lưu: VT. KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
  'PHỤ LỤC',
  '# không phải tiêu đề * và [liên kết](x) _nghiêng_',
  '1) Tổ chức kiểm tra',
  'định mức của cấp có thẩm quyền [2]. Việc thanh toán thực hiện qua Kho bạc nhà nước',
  'Các cơ quan, đơn vị thực hiện chế độ chi theo quy định[1], bảo đảm đúng định mức',
  '[1] Quy định số 09-QĐ/VPTW ngày 22/9/2017 của Văn phòng Trung ương Đảng về chế độ chi',
  '[2] Thường trực cấp ủy quyết định mức chi cụ thể.',
  'Trần Văn An',
  'Đảng bộ hiện có 326 đảng viên¹, trong đó có 41 đảng viên dự bị, 14 chi bộ trực thuộc',
  '¹ Số liệu tính đến ngày 31 tháng 5 năm 2023.',
  'tổng vốn ước đạt 1.200 tỷ đồng(*).',
  '(*) Số liệu ước tính.',
  'sinh hoat thuong ky cua chi b62; nhiéu mé hinh, dién hinh duoc nhan rong, tiéu',
  '2 Theo Huéng dan s6 08-HD/BTGTU cia Ban Tuyén gido Tinh tiy.',
  'Các cơ quan, đơn vị tiếp tục thực hiện nghiêm túc nhân dân1) và các đoàn thể',
  '1) Theo Kế hoạch số 12/KH-UBND.',
  'niém tin cia Nhan dan vao sv lanh dao cia Dang!.',
  'UBND XÃ PHÚ THANH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'PHÒNG KINH TẾ        Déc lap - Tu do - Hành phúc',
  'Số: 45/TB-UBND      Phí Thanh, ngày 3 tháng 5 năm 2023',
  'CỘNG HÒA XÃ HỘI CHỦ',
  'NGHĨA VIỆT NAM',
  'STT      Đơn vị      Trẻ em      Tỷ lệ',
  '1      Xã Phú Mỹ      412      96,6',
  '2 Thị trấn Bến Cầu      530      94,5',
  '3   |  Xã Tân Lập  |   275',
  'và xã Phú Lợi',
  'Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN',
  '- Ban Tổ chức Tỉnh ủy (để b/c), PHÓ BÍ THƯ',
  '- Các chi, đảng bộ trực thuộc, (Đã ký)',
  '    - Kiểm tra việc xả thải;',
  '        + Ấp Bình Hòa: ngày 2 tháng 6;',
  '¢ Trung tâm Dịch vụ nông nghiệp:',
];

describe('structure invariants on generated documents', () => {
  it('never throws, loses no text, and writes valid JSON and parseable Markdown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const json = JSON.parse(render(passThrough(text), 'json', { structureData: data }));
        expect(schemaErrors(json)).toBe('');
        expect(textLossProblems(text, json)).toEqual([]);
        fromMarkdown(render(passThrough(text), 'md', { structureData: data }));
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });
});
