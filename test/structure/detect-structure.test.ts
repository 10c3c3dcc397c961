import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../src/structure/detect-structure.js';
import { readNoteMark } from '../../src/structure/footnote-marks.js';
import { loadStructureData } from '../../src/structure/structure-data.js';
import type { Block, DocumentStructure } from '../../src/structure/types.js';

const FULL = 'Các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm túc các nội dung của';

function blocks(text: string): Block[] {
  return detectStructure(text).blocks;
}

describe('reflow', () => {
  it('joins a paragraph wrapped inside a code or a date without a space', () => {
    const [p] = blocks(`${FULL} Chỉ thị số 04-\nCT/TW và Kế hoạch ngày 14-\n10-2011 của Tỉnh ủy.`);
    expect(p.text).toBe(`${FULL} Chỉ thị số 04-CT/TW và Kế hoạch ngày 14-10-2011 của Tỉnh ủy.`);
  });

  it('joins "kinh tế -" and "xã hội" with a space', () => {
    const [p] = blocks(`${FULL} kinh tế -\nxã hội của tỉnh.`);
    expect(p.text).toContain('kinh tế - xã hội');
  });

  it('ends a numbered heading that stops short of the margin where a full line in a capital follows, and not a wrapped one', () => {
    const run = [
      'Các chi bộ thực hiện nghiêm chế độ sinh hoạt định kỳ theo quy định;', '', '1- Đổi mới nội dung sinh hoạt', '',
      '2- Nâng cao chất lượng đội ngũ bí thư chi bộ', 'Ban Tổ chức Huyện ủy phối hợp Trung tâm Chính trị huyện mở 04 lớp',
      'bồi dưỡng cho 412 bí thư, phó bí thư chi bộ trong năm 2024; chú trọng', 'kỹ năng chuẩn bị nội dung, điều hành sinh hoạt.',
    ];
    expect(blocks(run.join('\n')).map((b) => [b.type, b.lines[0]])).toEqual([['paragraph', 1], ['heading', 3], ['heading', 5], ['paragraph', 6]]);
    // A heading whose name wraps goes on with a short line.
    const wrapped = [`${FULL} kế hoạch.`, '', '1. Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam, 135 năm', 'Ngày sinh Chủ tịch Hồ Chí Minh', '', `${FULL} kỷ niệm.`];
    expect(blocks(wrapped.join('\n')).map((b) => b.lines)).toEqual([[1, 1], [3, 4], [6, 6]]);
  });

  it('starts a paragraph with a number after a blank line under a short numbered line, and joins one after a full line', () => {
    const heading = [`${FULL} kế hoạch.`, '', '2.1.1. Dịch vụ công trực tuyến', '', `${FULL} thủ tục.`, '', '2.1.2. Dữ liệu số', '', `100% cơ sở dữ liệu chuyên ngành dùng chung được kết nối với Nền tảng tích hợp.`];
    expect(blocks(heading.join('\n')).map((b) => b.lines)).toEqual([[1, 1], [3, 3], [5, 5], [7, 7], [9, 9]]);
    const sentence = [`${FULL} tăng 12% so với năm`, '', '2022; các đơn vị tiếp tục thực hiện.'];
    expect(blocks(sentence.join('\n')).map((b) => b.lines)).toEqual([[1, 3]]);
  });

  it('starts a new paragraph after a short line that ends a sentence', () => {
    const out = blocks(`${FULL}\nkế hoạch đã đề ra.\nNgoài ra, các đơn vị cần báo cáo kết quả thực hiện về Sở trước ngày 15 hằng tháng.`);
    expect(out.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps "(2)" and "1.5" that the margin wrapped to a line start inside the paragraph', () => {
    const out = blocks(
      'Các cơ quan, đơn vị đã ban hành đầy đủ các văn bản gồm: (1) Kế hoạch số 12/KH-UBND;\n' +
        '(2) Chỉ thị số 05/CT-UBND; số vụ việc giảm mạnh so với cùng kỳ năm trước là\n' +
        '1.5 lần, nhiều địa phương không còn vụ việc phức tạp kéo dài trên địa bàn.',
    );
    expect(out).toHaveLength(1);
  });

  it('removes page numbers, form feeds and running headers, and rejoins the paragraph', () => {
    const header = 'Báo cáo số 12/BC-UBND';
    const text = [`${FULL} quy định`, '', '2', '\f', header, '', 'hiện hành của Nhà nước.', '', '1. Nội dung', '', '3', '\f', header, '', 'Tiếp tục triển khai.'].join('\n');
    const s = detectStructure(text);
    expect(s.blocks[0].text).toBe(`${FULL} quy định hiện hành của Nhà nước.`);
    expect(s.removed.map((r) => r.reason)).toEqual(['page-number', 'form-feed', 'page-header', 'page-number', 'form-feed', 'page-header']);
  });
});

describe('page debris', () => {
  it('keeps the row numbers of a table that OCR spread over blank lines', () => {
    const s = detectStructure(`${FULL} lịch sau:\n\nSTT\n\nĐơn vị\n\n1\n\nẤp An Thới\n\n2\n\nẤp An Hòa\n\n3\n\nẤp Bình Phú`);
    expect(s.removed).toEqual([]);
    expect(s.blocks[1]).toMatchObject({ type: 'table', recovered: true, rows: [['STT', 'Đơn vị'], ['1', 'Ấp An Thới'], ['2', 'Ấp An Hòa'], ['3', 'Ấp Bình Phú']] });
  });

  it('keeps a bare number that cannot be a page number of a short text', () => {
    const s = detectStructure(`${FULL} các chỉ tiêu, tổng số là:\n\n15\n\nchỉ tiêu đạt và vượt kế hoạch.`);
    expect(s.removed).toEqual([]);
  });

  it('removes page numbers that count up, whatever the length', () => {
    const body = Array.from({ length: 20 }, () => `${FULL} văn bản.`).join('\n');
    const s = detectStructure([body, '', '12', '', body, '', '13', '', body].join('\n'));
    expect(s.removed.map((r) => r.text)).toEqual(['12', '13']);
  });
});

describe('headings', () => {
  it('gives the first numbering the document uses the top level, under the title', () => {
    const out = blocks('BÁO CÁO\nTình hình thực hiện\n\n1. Kết quả\n\n1.1. Về kinh tế\n\nNội dung.\n\n2. Tồn tại\n\nNội dung.');
    expect(out.filter((b) => b.type === 'heading').map((b) => [b.text, (b as { depth: number }).depth])).toEqual([
      ['1. Kết quả', 2],
      ['1.1. Về kinh tế', 3],
      ['2. Tồn tại', 2],
    ]);
  });

  it('gives the Roman numerals the top level when OCR lost the I of the first ("aS CÔNG TÁC ..."), above the numbers under it', () => {
    const out = blocks(['BÁO CÁO', 'Sơ kết 5 năm thực hiện Nghị quyết số 09-NQ/TU', '', 'Ban Thường vụ Tỉnh ủy báo cáo sơ kết 5 năm thực hiện Nghị quyết như sau:', '', 'aS CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '1. Công tác quán triệt, tuyên truyền', '', 'Nội dung.', '', '2. Công tác cụ thể hóa Nghị quyết', '', 'Nội dung.', '', 'II. KẾT QUẢ THỰC HIỆN', '', '1. Kết quả thu hút đầu tư', '', 'a) Số dự án', '', 'Nội dung.', '', 'III. NHIỆM VỤ, GIẢI PHÁP', '', '1. Nâng cao chất lượng thu hút đầu tư', '', 'Nội dung.'].join('\n'));
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 3, 3, 2, 3, 4, 2, 3]);
  });

  it('reads the line naming a decision\'s authority, a head of office or of a school, as bold text, not a heading, where it wraps', () => {
    for (const authority of ['TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẮC', 'HIỆU TRƯỞNG TRƯỜNG TRUNG HỌC PHỔ THÔNG BẮC']) {
      const out = blocks(['QUYẾT ĐỊNH', 'Về việc thành lập Ban Tổ chức Hội thi giáo viên dạy giỏi', '', authority, 'LƯƠNG', '', 'Căn cứ Quyết định số 2210/QĐ-UBND ngày 12/8/2021 của Ủy ban nhân dân huyện;', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Thành lập Ban Tổ chức.'].join('\n'));
      expect(out.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['Điều 1.']);
    }
  });

  it('ends a full-length heading in capitals where ordinary text begins', () => {
    const out = blocks('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ QUỐC PHÒNG, AN NINH\nTrong năm, tình hình kinh tế - xã hội của tỉnh tiếp tục phát triển ổn định.');
    expect(out.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });

  it('makes numbered items that run on as paragraphs list items, not headings', () => {
    const out = blocks(`a) ${FULL} văn bản.\n\nb) ${FULL} kế hoạch.`);
    expect(out.map((b) => b.type)).toEqual(['listItem', 'listItem']);
  });

  it('reads numbered rows of a table OCR flattened with dashes between cells ("1. Bến Đình - 24,5 ha - 6,2 ha") as no headings, beside a real heading', () => {
    const out = blocks(
      ['I. TÌNH HÌNH THIỆT HẠI', '', `${FULL} chi hội:`, '', 'Chi hội - Diện tích trồng - Thiệt hại trên 70%', '', '1. Bến Đình - 24,5 ha - 6,2 ha - 4,3 ha', '', '2. Đồng Văn - 28,0 ha - 7,4ha-5,1 ha', '', '3. Trang Cá - 19,6 ha - 3,8 ha', '', 'II. GIAI ĐOẠN 2025 - 2026'].join('\n'),
    );
    expect(out.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['I. TÌNH HÌNH THIỆT HẠI', 'II. GIAI ĐOẠN 2025 - 2026']);
    expect(out.some((b) => b.text.includes('Bến Đình - 24,5 ha'))).toBe(true);
  });

  it('keeps a short numbered line as a heading when the paragraph after a blank line starts in lower case (its capital misread, "6 một số" for "Ở một số")', () => {
    const out = blocks(['I. TÌNH HÌNH', '', '1. Kết quả đạt được', '', `${FULL} doanh nghiệp.`, '', '2. Hạn chế, khuyết điểm', '', `6 một số doanh nghiệp, sau khi Nhà nước thoái vốn, vai trò của tổ chức đảng bị thu hẹp.`, '', 'II. MỤC TIÊU', '', `${FULL} mục tiêu.`].join('\n'));
    expect(out.filter((b) => b.type === 'heading').map((b) => [b.text, b.depth])).toEqual([['I. TÌNH HÌNH', 1], ['1. Kết quả đạt được', 2], ['2. Hạn chế, khuyết điểm', 2], ['II. MỤC TIÊU', 1]]);
  });

  it('splits a run-on article into its number (heading) and its text', () => {
    const out = blocks('Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch thực hiện năm 2024 của Sở Nội vụ kèm theo Quyết định này.');
    expect(out.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Căn cứ Luật Tổ chức chính quyền địa phương;'],
      ['paragraph', 'QUYẾT ĐỊNH:'],
      ['heading', 'Điều 1.'],
      ['paragraph', 'Phê duyệt Kế hoạch thực hiện năm 2024 của Sở Nội vụ kèm theo Quyết định này.'],
    ]);
  });

  it('keeps an article\'s clauses that end with a colon before their points ("1. Về địa điểm:", "a) ...") in the article\'s text, not headings', () => {
    const article = (clauses: string[]) =>
      blocks(['QUY ĐỊNH', 'Điều kiện đối với cơ sở thu gom phế liệu', '', 'Chương II', 'ĐIỀU KIỆN ĐỐI VỚI CƠ SỞ', '', 'Điều 3. Điều kiện đối với cơ sở cố định', '', ...clauses.flatMap((c, i) => [`${i + 1}. ${c}`, '', `a) ${FULL} khu dân cư;`, '', `b) ${FULL} bao quanh.`, '']), 'Điều 4. Trách nhiệm thi hành', '', `${FULL} thi hành.`].join('\n'));
    const headings = (clauses: string[]) => article(clauses).filter((b) => b.type === 'heading').map((b) => b.lines[0]);
    // (Chương II, Điều 3 and Điều 4.)
    expect(headings(['Về địa điểm:', 'Về bảo vệ môi trường:', 'Về phòng cháy, chữa cháy:'])).toEqual([4, 7, 27]);
    // (A clause that names its topic with no colon may head its points, as a document's pattern says.)
    expect(headings(['Địa điểm', 'Bảo vệ môi trường', 'Phòng cháy, chữa cháy'])).toEqual([4, 7, 9, 15, 21, 27]);
  });

  it('keeps a council name read right in the header, not a document type one edit off', () => {
    const out = detectStructure('HOI DONG NHAN DAN\nTINH LAI CHAU\nCONG HOA XA HOI CHU NGHIA VIET NAM\nS06: 19/NQ-HDND\nNGHI QUYET\nVe viec thong qua danh muc\n\nCan cu Luat Dat dai;');
    expect(out.header?.lines).toEqual([1, 4]);
    expect(out.blocks.filter((b) => b.type === 'title').map((b) => b.text)).toEqual(['NGHI QUYET']);
  });

  it('takes levels from Phần and Chương that OCR garbled', () => {
    const out = blocks('BAO CAO\nSo ket\n\nPhan thi? nhat\nKET QUA\n\nI. CONG TAC CHI DAO\n\nNoi dung.\n\nPhan thit hai\nPHUONG HUONG\n\nI. MUC TIEU\n\nNoi dung.');
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 3, 2, 3]);
  });

  it('puts numbered headings under sections named in capitals with no number', () => {
    const out = blocks('BÁO CÁO\nTình hình đầu tư\n\nTÌNH HÌNH THU HÚT ĐẦU TƯ\n\n1. Dự án cấp mới\n\nNội dung.\n\n2. Dự án điều chỉnh\n\nNội dung.\n\nTÌNH HÌNH SẢN XUẤT\n\n1. Doanh thu\n\nNội dung.\n\nKHÓ KHĂN, VƯỚNG MẮC\n\nNội dung.');
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 3, 3, 2, 3, 2]);
  });

  it('reads "1." before a Roman "II." as a Roman I that OCR read as a digit', () => {
    const text = 'HƯỚNG DẪN\nPhân loại chất thải\n\nA. QUY ĐỊNH CHUNG\n\n1. Phạm vi áp dụng\n\nNội dung.\n\nII. Nguyên tắc phân loại\n\nNội dung.\n\nB. HƯỚNG DẪN CỤ THỂ\n\nI. Phân loại\n\n1. Chất thải tái chế\n\nNội dung.\n\n2. Chất thải thực phẩm\n\nNội dung.';
    const headings = blocks(text).filter((b) => b.type === 'heading').map((b) => `${(b as { depth: number }).depth} ${b.text.slice(0, 3)}`);
    expect(headings).toEqual(['2 A. ', '3 1. ', '3 II.', '2 B. ', '3 I. ', '4 1. ', '4 2. ']);
  });

  it('reads a document type whose words OCR ran together ("BAGCAO" for BÁO CÁO) as the title, so headings keep their levels', () => {
    const text = 'HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN\nTỈNH ĐỒNG THÀNH\nSố: 38/BC-HNN\n\nBAGCAO wad .\n\nKết quả công tác giai đoạn 2021 - 2025\n\nThực hiện Hướng dẫn của Trung ương Hội, Ban Thường vụ báo cáo như sau:\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n\n1. Tình hình nạn nhân\n\nNội dung.';
    const out = blocks(text);
    expect(out[0]).toMatchObject({ type: 'title' });
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 3]);
  });

  it('ends the subject at a body opener after a speck the scan left before it (", Thực hiện ..."), with no blank line between', () => {
    const text = 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 157/BC-SKHĐT\nBình Sơn, ngày 08 tháng 7 năm 2024\nBÁO CÁO\nTình hình đăng ký doanh nghiệp 6 tháng đầu năm và nhiệm vụ\n6 tháng cuối năm 2024\n, Thực hiện chế độ báo cáo định kỳ theo Quyết định số 842/QĐ-UBND\ncủa Ủy ban nhân dân tỉnh, Sở Kế hoạch và Đầu tư báo cáo như sau:\nA. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\n\nNội dung.';
    const out = blocks(text);
    expect(out[0]).toMatchObject({ type: 'title', subject: 'Tình hình đăng ký doanh nghiệp 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024', lines: [4, 6] });
    expect(out[1]).toMatchObject({ type: 'paragraph', lines: [7, 8] });
  });

  it('reads "L." before a Roman "II." as a Roman I that OCR read as a letter, and keeps "L." among letters', () => {
    const text = 'TỜ TRÌNH\nĐề nghị hỗ trợ kinh phí\n\nL. SỰ CẦN THIẾT\n\nNội dung.\n\nIl. NỘI DUNG ĐỀ NGHỊ\n\n1. Đối tượng, quy mô\n\nNội dung.\n\nIL. TỔ CHỨC THỰC HIỆN\n\nNội dung.';
    const headings = blocks(text).filter((b) => b.type === 'heading').map((b) => `${(b as { depth: number }).depth} ${b.text.slice(0, 3)}`);
    expect(headings).toEqual(['2 L. ', '2 Il.', '3 1. ', '2 IL.']);
    const lettered = text.replace('L. SỰ', 'K. MỤC ĐÍCH\n\nNội dung.\n\nL. SỰ');
    expect(blocks(lettered).filter((b) => b.type === 'heading').map((b) => `${(b as { depth: number }).depth} ${b.text.slice(0, 3)}`).slice(0, 2)).toEqual(['2 K. ', '2 L. ']);
  });

  it('reads "1." in capitals whose numbering starts again under it as a Roman I, when a Roman "II." follows', () => {
    const text = 'BÁO CÁO\nKết quả giảm nghèo\n\n1. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n1. Công tác lãnh đạo\n\nNội dung.\n\n2. Kết quả giảm nghèo\n\nNội dung.\n\nll. TỒN TẠI, HẠN CHẾ\n\nNội dung.\n\nlll. PHƯƠNG HƯỚNG\n\n1. Mục tiêu\n\nNội dung.';
    const headings = blocks(text).filter((b) => b.type === 'heading').map((b) => `${(b as { depth: number }).depth} ${b.text.slice(0, 3)}`);
    expect(headings).toEqual(['2 1. ', '3 1. ', '3 2. ', '2 ll.', '2 lll', '3 1. ']);
    // With no Roman numeral after it, a "1." in capitals is the document's own top level.
    const arabic = 'BÁO CÁO\nKết quả\n\n1. KẾT QUẢ\n\n1. Công tác lãnh đạo\n\nNội dung.\n\n2. PHƯƠNG HƯỚNG\n\nNội dung.';
    expect(blocks(arabic).filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).not.toContain(3);
  });


  it('reads "11." in capitals after a Roman heading as the next Roman numeral (III. with its I\'s read as 1\'s), not an item "11."', () => {
    const text = 'KẾ HOẠCH\nCấp thẻ căn cước\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. NỘI DUNG\n\n1. Đối tượng\n\nNội dung.\n\n2. Hình thức\n\nNội dung.\n\n11. TỔ CHỨC THỰC HIỆN\n\nNội dung.';
    const headings = blocks(text).filter((b) => b.type === 'heading').map((b) => `${(b as { depth: number }).depth} ${b.text.slice(0, 3)}`);
    expect(headings).toEqual(['2 I. ', '2 II.', '3 1. ', '3 2. ', '2 11.']);
    // After a tenth item it is the eleventh.
    const items = Array.from({ length: 10 }, (_, k) => `${k + 1}. NHIỆM VỤ THỨ ${k + 1}\n\nNội dung.`).join('\n\n');
    const eleventh = blocks(`KẾ HOẠCH\nCấp thẻ\n\nI. NHIỆM VỤ\n\n${items}\n\n11. NHIỆM VỤ KHÁC\n\nNội dung.`).filter((b) => b.type === 'heading');
    expect((eleventh[eleventh.length - 1] as { depth: number }).depth).toBe(3);
  });
  it('puts Arabic headings under the one section in capitals that holds them, when nothing numbered comes first', () => {
    const text = 'THÔNG BÁO\nKết luận của Chủ tịch\n\nĐÁNH GIÁ CHUNG\n\nNội dung.\n\nNHIỆM VỤ TRỌNG TÂM\n\n1. Ổn định đời sống\n\nNội dung.\n\n2. Khôi phục sản xuất\n\nNội dung.';
    expect(blocks(text).filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 2, 3, 3]);
    // Roman numerals after an opening section in capitals are the document's parts, at its level.
    const parts = 'BÁO CÁO\nKết quả\n\nMỞ ĐẦU\n\nNội dung.\n\nI. KẾT QUẢ\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.';
    expect(blocks(parts).filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 2, 2]);
  });

  it('keeps numbered headings at the top under one line in capitals whose number OCR lost', () => {
    const out = blocks('BÁO CÁO\nTình hình thị trường\n\nCHUNG\n\nNội dung.\n\nII. CÔNG TÁC KIỂM TRA\n\nNội dung.\n\nIII. KIẾN NGHỊ\n\nNội dung.');
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 2, 2]);
  });

  it('keeps numbered headings at the top when capitals come only after them', () => {
    const out = blocks('BÁO CÁO\nTình hình đầu tư\n\n1. Kết quả\n\nNội dung.\n\nPHƯƠNG HƯỚNG\n\n2. Nhiệm vụ\n\nNội dung.');
    expect(out.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth)).toEqual([2, 2, 2]);
  });

  it('nests bullets by the order the run first uses them', () => {
    const out = blocks('- Đối với lúa:\n+ Bón phân cân đối;\n+ Giữ nước ruộng;\n- Đối với cây ăn trái: tỉa cành.');
    expect(out.map((b) => (b as { depth: number }).depth)).toEqual([1, 2, 2, 1]);
  });
});

describe('footnotes', () => {
  it('links a digit glued to a word to the note at the page foot and rejoins the paragraph', () => {
    const text = [`${FULL} Nghị quyết số 12-NQ/TU của Tỉnh ủy2 và`, '2 Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XI.', '', '3', '\f', 'các văn bản hướng dẫn của Trung ương.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ label: '1', refMark: '2', noteMark: '2', refLine: 1, lines: [2, 2] }]);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0]).toMatchObject({ text: `${FULL} Nghị quyết số 12-NQ/TU của Tỉnh ủy và các văn bản hướng dẫn của Trung ương.` });
    expect(s.blocks[0].refs).toEqual([{ offset: `${FULL} Nghị quyết số 12-NQ/TU của Tỉnh ủy`.length, label: '1' }]);
  });

  it('links garbled marks (® in the text, (z) at the note)', () => {
    const text = [`${FULL} chuyển đổi số®`, '', '(z) Theo Quyết định số 942/QĐ-TTg.', '', '2', '\f', 'trên địa bàn tỉnh.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '®', noteMark: '(z)', text: 'Theo Quyết định số 942/QĐ-TTg.' }]);
  });

  it('links bracketed marks to "[n]" notes after the signature, as documents published on the web have them', () => {
    const text = [
      'BÁO CÁO', 'Kết quả công tác năm 2025', '',
      'Các cơ quan, đơn vị tiếp tục thực hiện chế độ chi theo quy định[1], bảo đảm đúng',
      'định mức của cấp có thẩm quyền [2]. Việc thanh toán thực hiện qua Kho bạc.', '',
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn An',
      '[1] Quy định số 09-QĐ/VPTW ngày 22/9/2017 của Văn phòng Trung ương Đảng về chế độ chi',
      'tiêu của các cơ quan đảng.',
      '[2] Thường trực cấp ủy quyết định mức chi cụ thể.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.label, n.refLine, n.lines])).toEqual([['1', 4, [13, 14]], ['2', 5, [15, 15]]]);
    expect(s.blocks[1].text).toBe('Các cơ quan, đơn vị tiếp tục thực hiện chế độ chi theo quy định, bảo đảm đúng định mức của cấp có thẩm quyền. Việc thanh toán thực hiện qua Kho bạc.');
    expect(s.blocks.at(-1)).toMatchObject({ type: 'signature', signatureLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn An'] });
  });

  it('prefers a mark on a word to an OCR garble such as "s6" (số) on the same page', () => {
    const text = [`${FULL} nhân dân6 theo Chỉ thị s6 04-CT/TW của Ban Bí thư và`, '6 Theo báo cáo của các huyện, thị xã.', '', '3', '\f', 'các văn bản hướng dẫn.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '6', refLine: 1 }]);
    expect(s.blocks[0].text).toContain('nhân dân theo Chỉ thị s6 04-CT/TW');
  });

  it('links "(1)" glued to a word and a garbled "°" to notes at the page foot, in order', () => {
    const text = [`${FULL} tổng vốn 1.200 tỷ đồng(1), giải ngân`, `đạt 86% kế hoạch vốn° của các dự án trọng điểm và các công trình chuyển tiếp`, '(1) Số liệu ước tính.', '° Không kể vốn ODA.', '', '2', '\f', 'trên địa bàn tỉnh.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['(1)', '(1)', 1, 3], ['°', '°', 2, 4]]);
  });

  it('links a note written "1)" at the page foot', () => {
    const text = [`${FULL} nhân dân1) và các đoàn thể`, '1) Theo Kế hoạch số 12/KH-UBND.', '', '2', '\f', 'chính trị - xã hội.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '1)', noteMark: '1)', refLine: 1 }]);
    expect(s.blocks[0].text).toBe(`${FULL} nhân dân và các đoàn thể chính trị - xã hội.`);
  });

  it('links a typed (*) mark to its note at the end of the body', () => {
    const text = [`${FULL} tổng vốn ước đạt 1.200 tỷ đồng(*).`, '', '(*) Số liệu ước tính đến ngày 30/11.', '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '(*)', noteMark: '(*)', text: 'Số liệu ước tính đến ngày 30/11.' }]);
  });

  it('finds notes where OCR ran the pages together with no break: numbered on, then the next page', () => {
    const text = [
      `${FULL} Nghị quyết số 12-NQ/TU của Tỉnh ủy2 và các chương trình`,
      'của Ủy ban nhân dân tỉnh3.', '',
      '2 Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XI.', '',
      '3 Chương trình số 08/CTr-UBND ngày 10/3/2025.',
      '3. Kinh phí thực hiện do ngân sách tỉnh bảo đảm.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines])).toEqual([['2', 1, [4, 4]], ['3', 2, [6, 6]]]);
    expect(s.blocks.at(-1)).toMatchObject({ lines: [7, 7], text: expect.stringContaining('Kinh phí thực hiện') });
  });

  it('finds a note that interrupts a paragraph where no page break shows, and rejoins the paragraph', () => {
    const text = [`${FULL} các chương trình của Tỉnh ủy® và của`, '', '® Chương trình số 08-CTr/TU ngày 10/3/2025.', '', 'Ủy ban nhân dân các huyện.'].join('\n');
    const withoutBreak = detectStructure(text.replace('Ủy ban', 'ủy ban'));
    expect(withoutBreak.footnotes).toMatchObject([{ refMark: '®', refLine: 1, lines: [3, 3] }]);
    expect(withoutBreak.blocks).toHaveLength(1);
    // A line in capitals after the note reads as a new paragraph, not as the text going on.
    expect(detectStructure(text).footnotes).toEqual([]);
  });

  it('removes what OCR made of the page number under the notes ("59.") and rejoins the paragraph', () => {
    const text = [`${FULL} nhà nhập khẩu nước ngoài5 và các nhà phân phối`, '', '5 Trong đó 22 phiên với nhà nhập khẩu Hoa Kỳ.', '59.', '', 'trong khu vực vùng Vịnh.'].join('\n');
    const s = detectStructure(text);
    expect(s.removed).toMatchObject([{ line: 4, text: '59.', reason: 'page-number' }]);
    expect(s.blocks.map((b) => b.text)).toEqual([`${FULL} nhà nhập khẩu nước ngoài và các nhà phân phối trong khu vực vùng Vịnh.`]);
  });

  it('reads a note whose number OCR glued to its first word ("7Có") in a run of notes', () => {
    const text = [
      `${FULL} tổng kinh phí 9,8 tỷ đồng6 và hủy đề án muộn (sau ngày 30/6/2025)7 nên không kịp.`, '',
      '6 Theo Thông tư số 21/2023/TT-BCT.', '', '7Có 11 đề án bị hủy.', '', '3', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.text])).toEqual([['6', '6', 'Theo Thông tư số 21/2023/TT-BCT.'], ['7', '7', 'Có 11 đề án bị hủy.']]);
  });

  it('takes no mark from a short word inside a phrase ("Can ct? Luat"), and one after a bracket that closes a figure', () => {
    const text = [`Can ct? Luat Ngan sach; ho tro them 30% muc dong (ngoai phan trung uong ho tro 70%)3.`, '', '3 Dieu 4 Nghi dinh so 146/2018/ND-CP.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '3', refLine: 1 }]);
    expect(s.blocks[0].text).toContain('Can ct? Luat');
  });

  it('takes a digit after a bracket or quote that closes a garbled word or a code as a mark ("nghi 1é)3.", "01/XOANO)5", "HOC SINH"4.")', () => {
    const text = [
      `${FULL} ngày 05/5/2025 (do ngày cuối cùng trùng với ngày nghi 1é)3. Hồ sơ gồm tờ khai`,
      `và phù hiệu "XE ĐƯA ĐÓN HỌC SINH"4 (theo Mẫu số 01/XOANO)5.`, '',
      '3 Các ngày 30/4, 01/5 là ngày nghỉ lễ.', '', '4 Phù hiệu do Sở Xây dựng cấp.', '', '5 Mẫu do Cục Thuế hướng dẫn.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refLine, n.refMark, n.noteMark])).toEqual([[1, '3', '3'], [2, '4', '4'], [2, '5', '5']]);
  });

  it('takes a sign OCR made of a superscript ("ngoài>.") as a mark before punctuation only', () => {
    const text = [`${FULL} nhà nhập khẩu nước ngoài>. Các hội chợ hỗ tr¢ doanh nghiệp và`, '5 Trong đó 22 phiên với nhà nhập khẩu Hoa Kỳ.', '', '3', '\f', 'hợp tác xã.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '>', noteMark: '5', refLine: 1 }]);
    expect(s.blocks[0].text).toContain('nước ngoài. Các hội chợ hỗ tr¢ doanh');
  });

  it('takes such a sign before a bracket that opens an aside as a mark too ("đồng/người> (đã gồm"), not before a word', () => {
    const note = ['5 Theo Quyết định số 2715/QĐ-SYT ngày 20/12/2024 của Sở Y tế.', '', '3', '\f', 'hợp tác xã.'];
    const s = detectStructure([`${FULL} các hạng còn lại là 410.000 đồng/người> (đã gồm test nhanh ma túy).`, ...note].join('\n'));
    expect(s.footnotes).toMatchObject([{ refMark: '>', noteMark: '5', refLine: 1 }]);
    expect(s.blocks[0].text).toContain('đồng/người (đã gồm');
    expect(detectStructure([`${FULL} các hạng còn lại là 410.000 đồng/người> đã gồm test nhanh ma túy.`, ...note].join('\n')).footnotes).toEqual([]);
  });

  it('finds a run of notes with different garbled marks where no page break shows ("®", "@", "(3)")', () => {
    const text = [
      `${FULL} chính quyền hai cấp”. Cử 240 người đi học trung cấp (tăng 12%)”.`,
      'Công chức cấp xã được bồi dưỡng kỹ năng số theo vị trí việc làm®.', '',
      '® Theo Nghị quyết số 60-NQ/TW ngày 12/4/2025.', '', '@ Năm 2025 cử 214 người.', '', '(3) Nghị định số 171/2025/NĐ-CP.',
      'II. Kinh phí',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.lines[0]])).toEqual([['®', 4], ['@', 6], ['(3)', 8]]);
  });

  it('reads marks after a bracket ("3.549)(2)."), after a date ("19/10/20254.") and signs such as "}" before punctuation', () => {
    const text = [
      `${FULL} (cấp tỉnh 146, cấp xã 3.549)(2). Luật Quảng cáo năm 2012}; thi tuyển ngày 19/10/20254. Kết thúc.`,
      '(2) Số liệu đến ngày 31/5/2025.', '3 Luật số 16/2012/QH13.', '4 Thí sinh xét tuyển không phải dự thi.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => n.refMark)).toEqual(['(2)', '}', '4']);
  });

  it('takes no digit after a lone consonant inside a phrase ("x4 hội" for xã hội) as a mark', () => {
    const text = [`${FULL} mạng x4 hội; khẩu hiệu tại các tuyến đường chính*;`, '4 Nội dung khẩu hiệu theo Phụ lục.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes).toMatchObject([{ refMark: '*', noteMark: '4' }]);
  });

  it('links typed star marks that OCR garbled inside their brackets ("(+*)" and "(x*)" for "(**)")', () => {
    const text = [`${FULL} nối với Quốc lộ 30(*), tổng mức đầu tư 48.600 triệu đồng(+*), trong đó ngân sách tỉnh`, '', '(*) Quốc lộ 30 nối thành phố Cao Lãnh với thị xã Hồng Ngự.', '', '(x*) Khái toán theo suất vốn đầu tư năm 2024.', '', '2', '\f', 'hỗ trợ 30.000 triệu đồng.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark])).toEqual([['(*)', '(*)'], ['(+*)', '(x*)']]);
  });

  it('reads the next note whose number OCR glued with a quote to its first word ("2’Vắc xin")', () => {
    const text = [`${FULL} đạt 7.845 trẻ, tỷ lệ 71,2%¹; tiêm vắc xin DPT đạt 6.504 trẻ².`, '', '1 Kế hoạch năm 2025 là 11.018 trẻ.', '', '2’Vắc xin DPT do Dự án Tiêm chủng mở rộng cấp.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.text])).toEqual([['1', 'Kế hoạch năm 2025 là 11.018 trẻ.'], ['2’', 'Vắc xin DPT do Dự án Tiêm chủng mở rộng cấp.']]);
  });

  it('reads marks after a bracket read as % ("(LGSP)%,"), after a word OCR garbled with a digit ("d6ng3."), after a full stop ("xã.’")', () => {
    const text = [`${FULL} nền tảng chia sẻ dữ liệu của tỉnh (LGSP)%, tổng kinh phí 320 triệu d6ng3. Cánh đồng lớn được nhân rộng tại 9 xã.’`, '', '2 Ban hành kèm theo Quyết định số 12/QĐ-UBND.', '3 Từ nguồn ngân sách xã.', '4 Gồm các xã Đông Hòa, Đông Minh.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => n.refMark)).toEqual(['%', '3', '’']);
  });

  it('tells a quote that OCR made of a horn ("st’ dụng" for sử dụng) from a mark after a syllable ("ho gà’ và")', () => {
    const text = [`${FULL} quản lý, st’ dụng chữ ký số; ghi nhận 3 ca ho ga’ và 14 ca sốt phát ban.`, '', '1 Các ca ho gà đều ở trẻ chưa tiêm đủ 3 mũi.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes).toMatchObject([{ refMark: '’', refLine: 1 }]);
    expect(detectStructure(text).blocks[0].text).toContain('st’ dụng');
  });

  it('reads a mark after a syllable the repair put right ("ho gà’ và"), and no mark after a horn the repair read as a marked u ("tủ’ nguồn" for từ)', () => {
    const text = [`${FULL} bố trí tủ’ nguồn ngân sách tỉnh; ghi nhận 3 ca ho gà’ và 14 ca sốt phát ban.`, '', '1 Các ca ho gà đều ở trẻ chưa tiêm đủ 3 mũi.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['’', 1]]);
    expect(s.blocks[0].text).toContain('tủ’ nguồn');
    expect(s.blocks[0].text).toContain('ho gà và');
  });

  it('ends a note at a finished sentence when the next line goes on in lower case (the next page\'s text)', () => {
    const text = [`${FULL} số liệu của Trạm Chăn nuôi³ về công tác phòng dịch, bảo vệ môi`, '', '3 Số liệu của Trạm Chăn nuôi và Thú y huyện đến ngày 31 tháng 5 năm 2025 của các xã.', 'trường và an ninh trật tự.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '³', lines: [3, 3] }]);
    expect(s.blocks.map((b) => b.text)).toEqual([`${FULL} số liệu của Trạm Chăn nuôi về công tác phòng dịch, bảo vệ môi trường và an ninh trật tự.`]);
  });

  it('finds three notes with different garbled marks and no legible number, and a note "‘5)" for "⁽⁵⁾"', () => {
    const text = [
      `${FULL} Chỉ thị của Bộ Chính trị? và ý kiến của cán bộ, đảng viên và nhân dân®.`,
      'Tỷ lệ cấp ủy viên nữ từ 15% trở lên®.', '',
      '© Chỉ thị về đại hội đảng bộ các cấp.', '', '® Lấy ý kiến từ tháng 5 đến tháng 7.', '', '() Theo Hướng dẫn của Ban Tổ chức Trung ương.', '',
      'Các huyện ủy quán triệt Chỉ thị; định kỳ báo cáo Ban Thường vụ Tỉnh ủy®.', '', '‘5) Báo cáo vào ngày 20 hằng tháng.', '',
      'Nơi nhận:', '- Lưu Văn phòng.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['©', 1], ['®', 1], ['()', 2], ['‘5)', 10]]);
  });

  it('keeps a number then a word in lower case after a full line as the end of its paragraph ("20 hằng tháng.")', () => {
    const text = [`${FULL} các phường báo cáo kết quả định kỳ trước ngày`, '20 hằng tháng’.', '', '4 Qua Tổ công tác Đề án 06.', '', 'Nơi nhận:', '- Lưu: VT.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toMatchObject([{ refMark: '’', noteMark: '4', refLine: 2 }]);
    expect(s.blocks[0].text).toBe(`${FULL} các phường báo cáo kết quả định kỳ trước ngày 20 hằng tháng.`);
  });

  it('keeps a list that numbers on after "gồm:" out of the notes, and reads notes marked "@®" and "®)"', () => {
    const text = [
      `${FULL} chủ đề “An toàn thực phẩm trong chuỗi cung ứng thực phẩm”®).`, '',
      'Các hoạt động truyền thông gồm:', '', '1) Phát thanh trên hệ thống loa truyền thanh cơ sở;', '',
      '2) Treo băng rôn, khẩu hiệu tại trụ sở các xã;', '', '3) Tổ chức 05 buổi nói chuyện cho hội viên Hội Nông dân®’.', '',
      'Thanh lập 02 đoàn kiểm tra liên ngành, kiểm tra tối thiểu 60 cơ sở.', '',
      '@® Kế hoạch của Ban Chỉ đạo tỉnh.', '', '®) Theo Công văn số 2184/BYT-ATTP.', '', '3) Mỗi buổi có ít nhất 50 người.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['®)', 1], ['3)', 9]]);
    expect(s.blocks.map((b) => b.text)).toContain('Tổ chức 05 buổi nói chuyện cho hội viên Hội Nông dân.');
  });

  it('leaves a note whose mark is lost in place as a paragraph, not a heading or an item its number seems to start', () => {
    const text = [`${FULL} các văn bản.`, '', '1. KẾT QUẢ', '', `${FULL} kết quả.`, '', '(5) Toàn tỉnh có 318 cơ sở kinh doanh dịch vụ karaoke.', '', '2', '\f', '2. NHIỆM VỤ', '', 'Tiếp tục.'].join('\n');
    const s = detectStructure(text);
    expect(s.messages.map((m) => m.ruleId)).toEqual(['structure-footnote-unmatched']);
    expect(s.blocks.find((b) => b.text.includes('318 cơ sở'))).toMatchObject({ type: 'paragraph', text: '(5) Toàn tỉnh có 318 cơ sở kinh doanh dịch vụ karaoke.' });
  });

  it('leaves a number that no mark points to in place, with a message', () => {
    const text = [`${FULL} các văn bản.`, '', '2 Nghị quyết của Ban Chấp hành.', '', '3', '\f', 'Tiếp tục.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toEqual([]);
    expect(s.blocks.map((b) => b.text)).toContain('2 Nghị quyết của Ban Chấp hành.');
    expect(s.messages.map((m) => m.ruleId)).toEqual(['structure-footnote-unmatched']);
  });

  it('gives a garbled mark near the top of a page to the first of three notes when the other two marks are lost', () => {
    const body = Array.from({ length: 12 }, (_, n) => `${FULL} đoạn thứ ${n + 1} của báo cáo về du lịch cộng đồng trên địa bàn`);
    const text = [
      'I. KẾT QUẢ', `${FULL} đón 2,1 triệu lượt khách!, trong đó khách quốc tế chiếm 8,5%. Tuy nhiên`, ...body, 'thành phố.', '',
      '1 Số liệu của Phòng Văn hóa thành phố.', '', '2 Quyết định số 509/QĐ-TTg.', '', '3 Theo tiêu chuẩn quốc gia TCVN 7800:2017.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['!', '1', 2]]);
  });

  it('reads a note number after a speck (": 4", "- 5") when it goes on from the notes before, and a note\'s line wrapped after a blank line', () => {
    const text = [
      `${FULL} tổng số lao động nước ngoài là 2.318 người3, chủ yếu ở các nhà máy4.`,
      '3 Tổng thu ngân sách nhà nước quý I năm 2025.',
      ': 4 Chủ yếu là lao động của các nhà thầu thi công.', '', '2', '\f',
      `${FULL} công khai kết quả trên Cổng thông tin điện tử của tỉnh’.`, '',
      'Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.', '',
      '- 5 Tại địa chỉ https://yenbai.gov.vn, chuyên mục Tuyển dụng - Thi tuyển công chức, viên chức năm 2025 của tỉnh Yên Bái và các', '', 'năm sau.', '',
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine, n.lines])).toEqual([['3', 1, [2, 2]], [': 4', 1, [3, 3]], ['- 5', 7, [11, 13]]]);
    expect(s.footnotes[2].text).toBe('Tại địa chỉ https://yenbai.gov.vn, chuyên mục Tuyển dụng - Thi tuyển công chức, viên chức năm 2025 của tỉnh Yên Bái và các năm sau.');
  });

  it('reads no note in a bullet that starts with a figure when no note number leads to it', () => {
    const text = [`${FULL} thành phần gồm:`, '- 2 Phó Chủ tịch Ủy ban nhân dân tỉnh;', '- 3 Giám đốc các Sở.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes).toEqual([]);
  });

  it('reads a note whose mark OCR made a capital consonant ("Q Quyết định") before the note numbered 2', () => {
    const text = [
      `${FULL} quy chế hiện hành được ban hành từ năm 2019?, đến nay một số nội dung không`,
      'còn phù hợp; nhận được 26 văn bản góp ý?, trong đó 21 văn bản nhất trí.', '',
      'Q Quyết định số 24/2019/QĐ-UBND ngày 08/11/2019 của Ủy ban nhân dân tỉnh.', '',
      '2 Tổng hợp ý kiến góp ý tại Phụ lục I.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['Q', 1, 4], ['2', 2, 6]]);
  });

  it('reads a note whose mark OCR made a run of signs ("__ =", "“)") before the note numbered 2, its wrapped line after a blank line', () => {
    const text = [
      FULL, 'chương trình nước sạch nông thôn; toàn xã lắp đặt đồng hồ nước cho 312 hộ}. Đến nay',
      'tỷ lệ hộ dân sử dụng nước sạch đạt 96%2. Các hộ còn lại tự xử lý tại vườn nhà.', '',
      '__ = Trong đó có 47 hộ nghèo, hộ cận nghèo được miễn phí lắp đặt đồng hồ theo', '', 'chính sách của tỉnh.', '',
      '2 Tính theo số hộ thường trú.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['}', '__ =', 2, [5, 7]], ['2', '2', 3, [9, 9]]]);
    const quoted = [`${FULL} chi bộ trực thuộc™; duy trì sinh hoạt chuyên đề hằng quý với 563 đảng viên®.`, '', '“) Gồm 14 chi bộ thôn.', '', '(2) Giảm 1 chi bộ.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(quoted).footnotes.map((n) => [n.refMark, n.noteMark])).toEqual([['™', '“)'], ['®', '(2)']]);
  });

  it('keeps a bullet (-, –, •) as text before a note numbered 2', () => {
    for (const bullet of ['-', '–', '•']) {
      const text = [`${FULL} các đơn vị sau.`, '', `${bullet} Trường Tiểu học Kim Đồng.`, '', '2 Tổng hợp ý kiến góp ý tại Phụ lục I.', '', '2', '\f', 'Tiếp tục.'].join('\n');
      expect(detectStructure(text).footnotes.map((n) => n.noteMark)).not.toContain(bullet);
    }
  });

  it('reads a note whose number OCR glued to its first word ("4Số xuất") where it starts a page foot, going on from the notes before', () => {
    const text = [
      `${FULL} tỷ lệ tuân thủ vệ sinh tay đạt 81,3%3, thấp hơn chỉ tiêu.`, '', '3 Chỉ tiêu năm 2025 là 90%.', '2', '\f',
      `${FULL} xuất toán và nguyên nhân‘, báo cáo Giám đốc trước ngày 15 tháng 11 năm 2025.`,
      `${FULL} danh mục kỹ thuật mới, lọc máu liên tục5; các khoa lâm sàng cử nhân lực tham gia đào tạo`, 'duyệt, đồng thời', '',
      '4Số xuất toán quý II là 286 triệu đồng.', '', '5 Hai kỹ thuật đã được chuyển giao.', '3', '\f', 'bảo đảm đủ nhân lực.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['3', '3', 1], ['‘', '4', 6], ['5', '5', 7]]);
  });

  it('takes a note just above a page foot into it when only a short finished line stands between (a note whose mark OCR lost)', () => {
    const text = [
      `${FULL} kế hoạch; phấn đấu 100% cơ sở giáo dục sử dụng học bạ số™,`, 'bảo đảm an toàn thông tin.', '',
      `${FULL} Thông tư số 37/2021/TT-`, 'BGDĐT®); ưu tiên các trường vùng khó khăn.', '',
      '® Theo Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục', 'và Đào tạo.', '',
      'Năm học 2024 - 2025 đạt 71%.', '',
      '® Thông tư số 37/2021/TT-BGDĐT quy định danh mục thiết bị dạy học tối', 'thiểu cấp trung học cơ sở.',
      'Bole', '2.2. Phát triển học liệu số', '', `${FULL} kế hoạch của tỉnh.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['™', '®', 1, 7], ['®', '®', 5, 12]]);
    expect(s.blocks.map((b) => b.text)).toContain('Năm học 2024 - 2025 đạt 71%.');
    // With a paragraph between, the line above is text.
    const apart = text.replace('Năm học 2024 - 2025 đạt 71%.', `${FULL} năm học 2024 - 2025 đạt 71%.`);
    expect(detectStructure(apart).footnotes.map((n) => n.lines[0])).toEqual([12]);
  });

  it('reads the first note of a document whose number OCR glued to its first word ("1X4 Phú Thọ" for "¹ Xã Phú Thọ")', () => {
    const text = [
      `${FULL} Nghị quyết; xã mới chính thức hoạt động từ ngày 14/7/2025 (sau khi sắp xếp`, 'đơn vị hành chính)!; kiện toàn Ban Chỉ đạo.', '',
      '1X4 Phú Thọ Đông được thành lập trên cơ sở sáp nhập 3 xã.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.text])).toEqual([['!', '1', 2, 'X4 Phú Thọ Đông được thành lập trên cơ sở sáp nhập 3 xã.']]);
  });

  it('keeps a line that starts with a capital consonant as text when no note numbered on follows it', () => {
    const text = [`${FULL} các đơn vị sau:`, '', 'B Quyết định số 24/2019/QĐ-UBND ngày 08/11/2019.', '', '3 Tổng hợp ý kiến góp ý tại Phụ lục I.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => n.noteMark)).not.toContain('B');
  });

  it('reads a numbered note after the signature (the last page\'s foot) when it goes on from the notes before', () => {
    const text = [
      `${FULL} chỉ đạo của Trung ương1 và báo cáo qua hệ thống https://pctt.mard.gov.vn2 hoặc số điện thoại.`, '',
      '1 Theo Quyết định số 1865/QĐ-TTg.', '', '2', '\f', 'Đề nghị các tỉnh quan tâm chỉ đạo thực hiện./.', '',
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', '', 'Phạm Đức Luận', '',
      '2 Tài khoản truy cập đã được cấp cho Văn phòng Ban Chỉ huy.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 1, 3], ['2', 1, 18]]);
  });

  it('links "[3]" notes to a mark whose opening bracket OCR read as a letter ("yi3].")', () => {
    const text = [`${FULL} học sinh[1] đạt giải quốc gia, nhiều nhất từ trước đến`, '', 'yi3].', '', 'Nơi nhận:', '- Lưu: VT.', '', '[1] Gồm 196 trường.', '[3] Trong đó 2 giải Nhì.'].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['[1]', 1], ['3]', 3]]);
    expect(s.blocks[0].text).toMatch(/đến yi\.$/);
  });

  it('reads a straight double quote with no opening quote before it as a mark ("Phước\"."), and not one that closes a quotation', () => {
    const text = [`${FULL} cụm công nghiệp trên địa bàn tỉnh Bình Phước".`, `${FULL} phong trào "Dân vận khéo" được nhân rộng.`, '', '1 Danh mục 24 cụm công nghiệp.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['"', 1]]);
  });

  it('reads an s after a syllable before punctuation as a garbled mark ("phams;" for phẩm⁴;), not the s of a loanword that is no syllable ("virus.")', () => {
    const note = ['', '4 Hợp đồng liên kết với Công ty Giống cây trồng.', '', '2', '\f', 'Tiếp tục.'];
    const marked = detectStructure([`${FULL} phòng chống virus, liên kết với doanh nghiệp bao tiêu sản phams;`, ...note].join('\n'));
    expect(marked.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['s', 1]]);
    expect(marked.blocks[0].text).toContain('sản pham;');
    expect(detectStructure([`${FULL} các biện pháp phòng chống virus.`, ...note].join('\n')).footnotes).toEqual([]);
  });

  it('reads a t after a vowel that closes its syllable or after a stop, before punctuation, as a garbled mark ("thiéut." for thiếu⁴.)', () => {
    const note = ['', '4 Toàn tỉnh có 9 đội quản lý thị trường.', '', '2', '\f', 'Tiếp tục.'];
    const s = detectStructure([`${FULL} phương tiện phục vụ kiểm tra thương mại điện tử còn thiéut.`, ...note].join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['t', 1]]);
    expect(detectStructure([`${FULL} phương tiện phục vụ kiểm tra còn chưa tốt.`, ...note].join('\n')).footnotes).toEqual([]);
    // And after a syllable that ends in a stop ("datt." for đất⁴.): no syllable ends in tt.
    expect(detectStructure([`${FULL} 37 hộ hiến 4.860 m2 datt.`, ...note].join('\n')).footnotes.map((n) => n.refMark)).toEqual(['t']);
  });

  it('reads an l after a syllable before punctuation as a garbled ¹ ("taol;" for tạo¹;), not the l of a word that is no syllable ("excel;")', () => {
    const note = ['', '1 Nghị định có hiệu lực từ ngày 01 tháng 3 năm 2025.', '', '2', '\f', 'Tiếp tục.'];
    const s = detectStructure([`${FULL} Quyết định của Bộ trưởng Bộ Giáo dục và Đào taol;`, ...note].join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['l', '1', 1]]);
    expect(s.blocks[0].text).toContain('Đào tao;');
    expect(detectStructure([`${FULL} tệp dữ liệu excel;`, ...note].join('\n')).footnotes).toEqual([]);
    // A d too, after a syllable that ends in c with its tone lost ("lucd." for lực¹.).
    expect(detectStructure([`${FULL} xe đạp điện trợ lucd.`, ...note].join('\n')).footnotes.map((n) => n.refMark)).toEqual(['d']);
    // Not after gi alone, the onset of giờ or giá whose vowel OCR read as d ("trong vòng 24 gid;").
    expect(detectStructure([`${FULL} báo cáo trong vòng 24 gid;`, ...note].join('\n')).footnotes).toEqual([]);
    // And a note number of two digits after a date's year ("15/9/202510." for 2025¹⁰.).
    const year = [`${FULL} báo cáo kết quả trước ngày 15/9/202510.`, '', '10 Là hạn báo cáo Ủy ban nhân dân thành phố.', '', '2', '\f', 'Tiếp tục.'];
    expect(detectStructure(year.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark])).toEqual([['10', '10']]);
  });

  it('gives a garbled mark shaped like a number ("?" for ²) to that note when another note\'s mark was lost', () => {
    const body = Array.from({ length: 10 }, (_, n) => `${FULL} đoạn thứ ${n + 1} của kế hoạch tổ chức lễ hội trên địa bàn thị xã`);
    const text = [
      'I. MỤC ĐÍCH', ...body.slice(0, 4), `${FULL} tổ chức lễ hội tại Khu di tích Đền Và, phường Trung Hưng?.`, ...body.slice(4), 'thị xã.', '',
      '1 Theo Nghị định số 110/2018/NĐ-CP.', '', '2 Khu di tích được xếp hạng di tích quốc gia đặc biệt.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['?', '2', 6]]);
  });

  it('gives a garbled mark to the note that opens with the words it is marked on when the other note\'s mark was lost', () => {
    const body = Array.from({ length: 10 }, (_, n) => `${FULL} nội dung thứ ${n + 1} của chương trình đổi mới công nghệ của tỉnh`);
    const text = [
      '1. Ban hành chính sách', ...body.slice(0, 8), `${FULL} hỗ trợ tối đa 30% chi phí? và không quá 2 tỷ đồng một dự án.`, ...body.slice(8), 'của tỉnh.', '',
      '3 Chi phí chuyển giao công nghệ, mua máy móc và thuê chuyên gia.', '', '4 Tiêu chuẩn TIA-942 về hạ tầng trung tâm dữ liệu.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['?', '3', 10]]);
  });

  it('gives a garbled mark after a cited document\'s number to the note that opens with the kind of document, near the page\'s end too', () => {
    const body = Array.from({ length: 14 }, (_, n) => `${FULL} nội dung thứ ${n + 1} của kế hoạch cấp thẻ căn cước lưu động`);
    const text = [
      ...body, 'Kinh phí thực hiện từ ngân sách xã năm 2025 được giao tại Nghị', 'quyết số 09/NQ-HĐND®. Công an xã báo cáo kết quả thực hiện về Ủy', 'ban nhân dân xã trước ngày 20/6/2025 //.', '',
      '‘) Nghị quyết của Hội đồng nhân dân xã về dự toán ngân sách năm 2025.', '', '(©) Báo cáo cả hồ sơ bị trả lại và lý do.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['®', '‘)', 16]]);
  });

  it('reads no mark in the words of a heading\'s numbering ("Phan thi? nhat" for Phần thứ nhất), so the notes keep their references', () => {
    const text = [
      'Phan thi? nhat', 'KẾT QUẢ THỰC HIỆN', 'I. CÔNG TÁC LÃNH ĐẠO', '',
      `${FULL} kế hoạch phong trao!; các xã tổ chức ký cam kết thực hiện phong trào đến từng hộ.`, '',
      'II. KẾT QUẢ', '', `Phong trào “Xây dựng gia đình văn hóa”? được nhân dân hưởng ứng tích cực.`, '',
      '1 Gồm 3 kế hoạch và 9 hướng dẫn.', '', '2 Do Ủy ban Mặt trận Tổ quốc huyện chủ trì.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['!', 5, 11], ['?', 9, 13]]);
    expect(s.blocks[0].text).toContain('thi?');
  });
});

describe('footnotes among lists, slogans and closing punctuation', () => {
  const body = (n: number) => Array.from({ length: n }, (_, k) => `${FULL} nội dung thứ ${k + 1} của thông báo kết luận`);

  it('takes "+" items after a line that opens a list for a list, not for notes whose marks OCR garbled', () => {
    const text = [
      ...body(6), 'Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:',
      '+ Đẩy nhanh đấu giá quyền sử dụng đất 14 khu đất đã đủ điều kiện, phấn đấu thu 1.200 tỷ đồng;',
      '+ Quyết liệt thu hồi nợ thuế, công khai danh sách doanh nghiệp',
      'nợ thuế kéo dài;', '+ Rà soát, cắt giảm 10% chi thường xuyên3 để tăng chi đầu tư', 'phát triển.', '',
      '3 Không bao gồm các khoản chi lương và có tính chất lương.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['3', 11, 14]]);
    expect(s.messages.filter((m) => m.ruleId === 'structure-footnote-unmatched')).toEqual([]);
  });

  it('reads a mark before the "./." that ends the last sentence', () => {
    const text = [...body(6), 'Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026(4)./.', '', '(4) Thay thế Nghị quyết số 17/2022/NQ-HĐND.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['(4)', 7]]);
  });

  it('reads an exclamation mark that ends a slogan as punctuation, and one before punctuation as a mark', () => {
    const note = ['', '1 Theo Đề cương tuyên truyền của Ban Tuyên giáo Tỉnh ủy.', '', '2', '\f', 'Tiếp tục.'];
    const slogan = detectStructure([...body(6), '- “Toàn Đảng, toàn dân, toàn quân thi đua lập thành tích chào mừng đại hội đảng bộ các cấp!', ...note].join('\n'));
    expect(slogan.footnotes).toEqual([]);
    const mark = detectStructure([...body(6), `${FULL} đơn vị hành chính (sau khi sắp xếp)!; kiện toàn bộ máy.`, ...note].join('\n'));
    expect(mark.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['!', 7]]);
  });

  it('reads a sign after a closing bracket as a mark mid-sentence, and a percent sign after a year', () => {
    const text = [
      ...body(4), '+ Ưu tiên 42 điểm có nguy cơ sạt lở cao đã được khảo sát năm 2025%;', '',
      'Bố trí ngân sách địa phương hằng năm (không thấp hơn 1% tổng chi thường', 'xuyên)¢ để mua sắm trang thiết bị cho lực lượng xung kích phòng, chống thiên tai.', '',
      '3 Khảo sát của Sở Nông nghiệp và Môi trường.', '', '4 Không bao gồm kinh phí khắc phục hậu quả thiên tai.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['%', 5, 10], ['¢', 8, 12]]);
  });

  it('reads marks after a garbled word closed by a bracket (d6ng)5,), after a standard\'s year (13259:20206;) and a ? after a quote at a line end', () => {
    const note = (n: number, text: string) => [`${n} ${text}`, ''];
    const text = [
      ...body(4), 'Tổng vốn đầu tư 12,8 tỷ đồng (ngân sách tỉnh 4,2 tỷ', 'd6ng)5, còn lại là vốn tín dụng và vốn doanh nghiệp.', '',
      'Các điểm du lịch cộng đồng đạt tiêu chuẩn quốc gia TCVN', '13259:20206;', '',
      'Số người được xếp loại "Hoàn thành xuất sắc nhiệm vụ"?', '',
      ...note(5, 'Nhân dân hiến 12.450 m2 đất.'), ...note(6, 'Tiêu chuẩn quốc gia về du lịch cộng đồng.'), ...note(7, 'Tỷ lệ này áp dụng chung.'), '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['5', 6], ['6', 9], ['?', 11]]);
  });

  it('reads an opening quote with a space after it at the start of a note as its garbled mark', () => {
    const text = [...body(6), 'Danh hiệu được xét cho các hộ đạt tiêu chí “Gia đình văn hóa”™ đối với tập thể.', '', '“ Danh hiệu “Gia đình văn hóa” được xét, công nhận hằng năm.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['™', '“', 7]]);
  });

  it('reads a quote that closes a quotation opened on the line before as a quote, not a mark', () => {
    const note = ['', '3 Tỷ lệ này áp dụng chung cho cả công chức và viên chức.', '', '2', '\f', 'Tiếp tục.'];
    const wrapped = [...body(5), 'không quá 20% số người được xếp loại "Hoàn thành tốt', 'nhiệm vụ" trở lên của cơ quan, đơn vị.', ...note].join('\n');
    expect(detectStructure(wrapped).footnotes).toEqual([]);
    // With no quotation open, the same quote is a superscript OCR read as one.
    const mark = [...body(5), 'không quá 20% số người được xếp loại Hoàn thành tốt', 'nhiệm vụ" trở lên của cơ quan, đơn vị.', ...note].join('\n');
    expect(detectStructure(mark).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['"', 7]]);
  });

  it('links notes after the signature whose marks OCR garbled into signs', () => {
    const text = [
      'QUYẾT ĐỊNH', 'Về việc ban hành Quy định phối hợp bảo vệ rừng', '',
      `Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017™;`, `Căn cứ đề nghị của Sở Nông nghiệp và Môi trường tỉnh®.`, '',
      ...body(3), '', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'CHỦ TỊCH', 'Vi Đình Khang', '',
      '© Luật số 16/2017/QH14, có hiệu lực từ ngày 01/01/2019.', '®@ Về quy chế phối hợp bảo vệ rừng giữa các lực lượng.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['™', '©', 4, 17], ['®', '®@', 5, 18]]);
  });

  it('reads a page foot of notes that number on from the last note, when an earlier note\'s mark was misread as a higher number ("_ 8" for ³)', () => {
    const text = [
      ...body(3), `${FULL} kế hoạch hậu cần năm 2025 của huyện¹, vật chất dự trữ²; quân trang cấp phát³.`, `${FULL} doanh trại được sửa chữa⁴.`, '',
      '1 Kế hoạch số 12/KH-BCH ngày 10/01/2025 của Ban Chỉ huy Quân sự huyện.', '', '2 Gồm lương thực, thuốc quân y và xăng dầu dự trữ.', '', '_ 8 Quân trang cấp theo niên hạn cho dân quân thường trực.', '', '4 Doanh trại Đại đội bộ binh 21 và nhà ăn tập thể.', '', '2', '\f',
      ...body(3), `${FULL} diễn tập khu vực phòng thủ huyện5; thanh lý vũ khí hỏng6; chế độ dân quân tự vệ7.`, '',
      '5 Kế hoạch số 148/KH-BCH ngày 27/12/2024 của Ban Chỉ huy Quân sự huyện.', '', '6 Việc thanh lý thực hiện theo phân cấp của Bộ Quốc phòng.', '', '7 Luật Dân quân tự vệ số 48/2019/QH14 ngày 22/11/2019.',
      '4. Tăng cường lãnh đạo của cấp ủy', '', `${FULL} công tác hậu cần.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.filter((n) => n.refLine === 20).map((n) => [n.noteMark, n.lines[0]])).toEqual([['5', 22], ['6', 24], ['7', 26]]);
    expect(s.blocks.find((b) => b.type === 'heading')?.text).toBe('4. Tăng cường lãnh đạo của cấp ủy');
  });

  it('reads a count that starts a note\'s wrapped line after a semicolon ("... năm 2021;" + "14 hòm lạnh") as the note\'s text when the marks before are garbled', () => {
    const text = [
      ...body(3), `${FULL} khoa quản lý kho vắc xin tuyến huyện theo Thông tư®, gồm 02 tủ lạnh và 14 hòm lạnh®.`, '',
      '® Thông tư quy định chi tiết việc quản lý vắc xin trong tiêm chủng.', '',
      '® Trang thiết bị do Dự án Tiêm chủng mở rộng quốc gia cấp năm 2021;', '14 hòm lạnh dùng cho 14 xã, thị trấn khi nhận vắc xin hằng tháng.', '2', '\f', 'Điều 2. Yêu cầu bảo quản', '', `${FULL} quy định.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine, n.lines])).toEqual([['®', 4, [6, 6]], ['®', 4, [8, 9]]]);
  });

  it('links a note under the signature whose mark OCR read as an angle ("> Trong đó" for ⁵ Trong đó)', () => {
    const text = [
      ...body(3), `${FULL} có con cháu vi phạm về ma túy, đánh bạc®. Kinh phí hoạt động do các gia đình đóng góp.`, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Vi Văn Quân',
      '> Trong đó 04 dòng họ có con cháu vi phạm về ma túy và 02 dòng họ có con cháu bị xử lý về đánh bạc.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '>', 4, 12]]);
  });

  it('links a note in brackets under the signature whatever number OCR read in it ("(3)" for ⁽⁵⁾)', () => {
    const text = [
      ...body(4), '- Quỹ đất: bố trí 14,6 ha® từ quỹ đất 20% trong các dự án nhà ở thương mại.', '', '(3) Danh mục các khu đất tại Phụ lục.', '2', '',
      ...body(3), '- Ủy ban nhân dân các xã, phường xác nhận đối tượng theo quy định®.', '', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KT.', 'CHỦ TỊCH', 'Lê Minh Thuận', '',
      '(3) Việc xác nhận đối tượng thực hiện theo mẫu do Bộ Xây dựng ban hành.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '(3)', 5, 7], ['®', '(3)', 13, 21]]);
    expect(s.blocks.find((b) => b.type === 'signature')?.text).toBe('CHỦ TỊCH\nLê Minh Thuận');
  });

  it('links a note after the signature whose garbled mark comes before a figure ("© 820 triệu đồng")', () => {
    const text = [
      ...body(4), `${FULL} tổng kinh phí dự kiến 1.260 triệu đồng®, từ ngân sách huyện và xã.`, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đinh Quang Vĩ', '',
      '© 820 triệu đồng từ ngân sách huyện, 290 triệu đồng từ ngân sách xã.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '©', 5, 14]]);
  });

  it('links a note under the signature whose mark OCR read as a section sign ("§ Dự toán" for ³ Dự toán)', () => {
    const text = [
      ...body(3), `${FULL} kiểm kê toàn bộ diện tích tự nhiên của xã là 2.874,56 ha1.`, '', '1 Theo số liệu thống kê đất đai năm 2023 của xã.', '2', '\f',
      ...body(2), `${FULL} theo Kế hoạch số 205/KH-UBND’, ngân sách xã bảo đảm phần còn lại)®.`, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, ĐC.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Thanh Hải',
      '2 Mức hỗ trợ 100 triệu đồng/xã áp dụng cho các xã có diện tích tự nhiên trên', '2.000 ha.', '§ Dự toán chi tiết do công chức Địa chính - Xây dựng lập.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.lines[0]])).toEqual([['1', '1', 6], ['’', '2', 19], ['®', '§', 21]]);
  });

  it('links a star note read as a dash under the signature, and leaves the recipients alone', () => {
    const text = [
      ...body(4), `${FULL} tổng kinh phí dự kiến 214,5 tỷ đồng*, trong đó ngân sách trung ương 96,0 tỷ đồng.`, ...body(2), '',
      'Nơi nhận:', '- Như trên;', '- Giám đốc, các PGĐ Sở;', '- Lưu: VT, KTHT.', 'GIÁM ĐỐC', 'Trương Công Bình', '',
      '- Kinh phí phân theo năm: năm 2026 là 38,4 tỷ đồng, các năm', '2027 - 2030 mỗi năm khoảng 44,0 tỷ đồng.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['*', '-', 5, 16]]);
    expect(s.blocks.find((b) => b.type === 'recipients')).toBeDefined();
  });

  it('reads a note number after a small-letter speck under the signature when it numbers on', () => {
    const text = [
      ...body(4), `${FULL} ngân sách tỉnh 15,2 tỷ đồng‘ và nguồn huy động hợp pháp khác.`, `${FULL} (có dự thảo Kế hoạch kèm theo)*./.`, '',
      '3 Mức hỗ trợ chi phí đào tạo theo Quyết định số 46/2015/QĐ-TTg.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Phạm Thị Thanh Hương',
      'a 4 Bao gồm 3,5 tỷ đồng lồng ghép từ các chương trình mục tiêu quốc gia.', '5 Dự thảo đã lấy ý kiến các sở, ngành.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.lines[0]]).slice(-2)).toEqual([['a 4', 15], ['5', 16]]);
  });

  it('reads a closing quote after a year with no quotation open as a garbled mark', () => {
    const text = ['QUYẾT ĐỊNH', 'Về việc phê duyệt Kế hoạch', '', 'Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023";', 'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;', '', ...body(4), '', '@® Luật số 27/2023/QH15, có hiệu lực từ ngày 01/8/2024.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['"', 4]]);
  });

  it('reads a ? after a code in capitals at a line end as a mark, not as a question', () => {
    const text = [...body(6), 'Ban Thường vụ Huyện ủy ban hành Kết luận số 35-KL/HU?', `${FULL} kế hoạch.`, '', '1 Kết luận ngày 14/8/2023 của Ban Thường vụ Huyện ủy.', '', '2', '\f', 'Tiếp tục.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['?', 7]]);
  });

  it('takes "+" items right under a numbered heading for a list', () => {
    // Signs that may be garbled marks stand above, and the items end the text, where notes would stand.
    const text = [
      ...body(3), `${FULL} chuyển đổi số quốc gia”; Kế hoạch số 09/KH-UBND của tỉnh,`, ...body(2),
      `${FULL} theo cấp độ đã được phê duyệt®.`, '', '3.3. Phát triển công dân số', '+ Duy trì hoạt động của 09 Tổ công nghệ số cộng đồng;',
      '+ Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử;', '+ Tổ chức ít nhất 02 lớp tập huấn kỹ năng số cho cán bộ thôn.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toEqual([]);
    expect(s.blocks.filter((b) => b.type === 'listItem')).toHaveLength(3);
  });

  it('takes a run of three note lines with one number out of place ("8)" for ⁽³⁾) for the page foot, and links each garbled "®" by order', () => {
    const text = [
      ...body(3), `${FULL} chuyển đổi số quốc gia”; Kế hoạch số 09/KH-UBND của tỉnh,`, ...body(2),
      `${FULL} theo cấp độ đã được phê duyệt®.`, '', '2. CHỈ TIÊU CHỦ YẾU', '',
      '- 100% hồ sơ thủ tục hành chính được tiếp nhận trên Hệ thống thông tin;', '', '- Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt từ 60% trở lên®);', '',
      '® Nghị quyết được Ban Thường vụ Đảng ủy xã quán triệt tại Hội nghị', 'ngày 10/01/2025.', '',
      '(2) Hệ thống mạng nội bộ của xã được phê duyệt cấp độ 2.', '', '8) Năm 2025, tỷ lệ này đạt 47,8%.',
      '3. NHIỆM VỤ, GIẢI PHÁP', `${FULL} kế hoạch.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['”', 4, 15], ['®', 7, 18], ['®', 13, 20]]);
  });

  it('links star notes whose stars OCR read as a dash, below a star mark, and leaves dash items alone', () => {
    const text = [
      ...body(4), `${FULL} bị tốc mái hoặc hư hỏng nặng*. Nhiều hộ chưa có khả năng tự khắc phục.`, ...body(3),
      'Tổng kinh phí đề nghị phân bổ là 7,215 tỷ đồng.', '- Số liệu tổng hợp của Ban Chỉ huy Phòng thủ dân sự tỉnh đến', 'ngày 20/10/2025.', '',
      'II. TỔ CHỨC THỰC HIỆN', '', ...body(2), 'Các đơn vị thực hiện các nội dung sau:', '- Rà soát danh sách hộ được hỗ trợ.', '- Công khai tại trụ sở.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['*', '-', 5, [10, 11]]]);
    expect(s.blocks.filter((b) => b.type === 'listItem').map((b) => b.text)).toEqual(['Rà soát danh sách hộ được hỗ trợ.', 'Công khai tại trụ sở.']);
  });

  it('leaves a dash item after an item of the same dash that wraps over several lines on its list, below a star mark', () => {
    const text = [
      ...body(4), 'Các đơn vị kinh doanh vận tải bằng xe hợp đồng thực hiện:', '',
      '- Thực hiện đúng quy định tại Nghị định số 10/2020/NĐ-CP ngày 17/01/2020', 'của Chính phủ về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô*;',
      'duy trì thiết bị giám sát hành trình và camera lắp trên xe hoạt động liên tục,', 'truyền dữ liệu về Cục Đường bộ Việt Nam.', '',
      '- Niêm yết đúng quy định cụm từ "XE HỢP ĐỒNG" trên kính phía trước và', 'kính phía sau xe.', '', ...body(2),
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes).toEqual([]);
    expect(s.blocks.filter((b) => b.type === 'listItem').map((b) => b.text.slice(0, 9))).toEqual(['Thực hiện', 'Niêm yết ']);
  });
});

describe('footnote marks beside quotes, brackets and Roman numerals', () => {
  const body = (n: number) => Array.from({ length: n }, (_, k) => `${FULL} nội dung thứ ${k + 1} của kế hoạch`);
  const foot = (...notes: string[]) => ['', ...notes.flatMap((n) => [n, '']), '2', '\f', 'Tiếp tục.'];
  /** The footnotes (reference mark, note mark, reference line) of a page whose sixth line is `line` and whose foot holds `note`, and its text. */
  const page = (line: string, note: string) => {
    const s = detectStructure([...body(5), line, ...foot(note)].join('\n'));
    return { notes: s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine]), text: s.blocks.map((b) => b.text).join('\n') };
  };
  /** The marks read in a page (see `page`), leaving out references placed by a note's words. */
  const marksRead = (line: string, note: string) => page(line, note).notes.filter(([mark]) => mark !== '');
  /** A last page whose fifth line is `line`, signed, with `note` under the signature (line 14). */
  const signed = (line: string, note: string) =>
    [...body(4), line, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trịnh Văn Khải', '', note].join('\n');

  it('reads a sign after a closing quote as a mark in mid-sentence ("Thương">, tham gia")', () => {
    const text = [...body(5), 'Hỗ trợ đăng ký nhãn hiệu “Gạo Hòa Thương">, tham gia hội chợ, sàn thương mại điện tử.', ...foot('5 Hồ sơ đăng ký nộp Cục Sở hữu trí tuệ trong năm 2027.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['>', 6]]);
  });

  it('reads a bracketed mark before "./." whose last stop OCR read as a dash ("họp[5]./-")', () => {
    expect(detectStructure(signed('Ý kiến của cử tri được tổng hợp để báo cáo tại kỳ họp[5]./-', '[5] Theo Nghị quyết số 629/2019/UBTVQH14 ngày 30/01/2019.')).footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['[5]', 5, 14]]);
  });

  it('gives a lost mark to the first note of a page as well as a later one, where that leaves the garbled marks likelier places (a page of a report as repaired)', () => {
    const lines = [
      'I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN', '', 'Ủy ban nhân dân huyện ban hành Kế hoạch số 41/KH-UBND ngày', '22/02/2024!, giao Trung tâm Y tế huyện chủ trì, phối hợp với Ủy ban nhân dân 17',
      'xã, thị trấn tổ chức tiêm chủng định kỳ hàng tháng tại trạm y tế.', '', 'Il. KẾT QUẢ THỰC HIỆN', '', '1. Tiêm chủng cho trẻ em dưới 1 tuổi',
      '', 'Số trẻ được tiêm chủng đầy đủ là 1.912/2.037 trẻ, đạt 93,9%; tỷ lệ tiêm vắc', 'xin viêm gan Bộ sơ sinh trong 24 giờ đầu đạt 81,2%.',
      '', '2. Tiêm chủng cho trẻ 18 tháng tuổi và phụ nữ có thai', '', 'Tỷ lệ trẻ 18 tháng tuổi tiêm mũ nhạc bạch hầu - ho gà - uốn vẫn đạt 88,6%,',
      'tiêm sợi - rubella đạt 90,3%; từ 16 phụ nữ có thai được tiêm phòng uốn văn? đạt', '86, 1%.', '', '3. Giám sát phản ứng sau tiêm và bệnh truyền nhiễm',
      '', 'Không ghi nhận trường hợp tai biến nặng sau tiêm; có 27 trường hợp phản', 'ứng thông thường (sét, sung đầu tại chỗ tiêm), đã được theo dõi, xử trí tại trạm y tế.',
      'Trong năm ghi nhận 3 ca nghị sợi, kết quả xét nghiệm đều âm tính‘.', '', '1 Kế hoạch thực hiện Chương trình tiêm chủng mở rộng trên địa bàn huyện',
      'năm 2024.', '', '2 Tức là trẻ dưới 1 tuổi được tiêm dưới các mũi vắc xin theo lịch tiêm chủng.', '', '3 Gồm phụ nữ có thai tiêm từ mức 2 trở lên hoặc đã tiêm dự liệu trước đó.',
      '', '4 Theo thông báo của Trung tâm Kiểm soát bệnh tật tỉnh ngày 12/9/2024.', 'Stee', 'Ill. TỒN TẠI VÀ NHIỆM VỤ NĂM 2025',
      '1. Tồn tại, hạn chế',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([
      ['!', '1', 4], ['?', '3', 17], ['‘', '4', 24],
    ]);
  });

  it('takes no two words the text repeats on many lines ("lý lịch tư pháp") for the opening of a note (a page of a plan as repaired)', () => {
    const lines = [
      'Căn cử Luật Lý lịch tư pháp năm 2009 và các văn bản hướng dẫn thi', 'hành; căn cứ Quyết định số 3412/QĐ-UBND ngày 20/12/2024 của Ủy ban',
      'nhân dân tỉnh giao chỉ tiêu cải cách hành chính năm 2025, Sở Tư pháp ban', 'hành Kế hoạch như sau: Z', '', 'I. MỤC ĐÍCH, YÊU CẦU',
      '', '1. Mục đích', '', 'Bảo đảm thông tin lý lịch tư pháp được tiếp nhận, cập nhật đầy đủ,', 'chính xác, kịp thời vào Cơ sở dữ liệu lý lịch tư phey của tỉnh; rút ngắn thời',
      'gian cấp Phiếu lý lịch tư pháp, tăng tỷ lệ hồ sơ giải quyết trực tuyến toàn', '', '2. Yêu cầu', '', 'Các nhiệm vụ phải có đơn vị chủ trì, thời hạn hoàn thành cụ thể; bảo',
      'đảm phối hợp chặt chẽ giữa Sở Tư pháp với Tòa án nhân dân tỉnh, Viện kiểm', 'sát nhân dân tỉnh, Cục Thi hành án dân sự tỉnh và Công an tỉnh trong cung',
      'cấp, tra cứu, xác minh thông tin.', '', 'II. TÌNH HÌNH NAM 2024', '', 'Năm 2024, Số tiếp nhận 18.426 yêu cầu cấp Phiếu lý lịch tư pháp®,',
      'trong đó 11.902 yêu cầu nộp trực tuyến (chiếm 64,6%); 98,7% phiếu được', 'cấp đúng hạn. Tuy vay, còn 3.215 thông tin lý lịch tư pháp tồn đọng chưa',
      'được cập nhật® do bản án, quyết định gửi về chậm hoặc thiếu thông tin', 'nhân thân.', '', '® Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009; Nghị định',
      'số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ quy định chi tiết một', 'số điều của Luật.', '', '® Tầng 2.164 yêu cầu so với năm 2023 (16.262 yêu cầu); phần lớn là',
      'người lao động đi làm việc ở nước ngoài và người dự tuyển công chức, viên', 'chức.', '', ') Gồm 2.410 thông tin từ bản án của Tòa án và 805 thông tin về thi',
      'hành án dân sự, chủ yếu phát sinh trước năm 2015.', 'BOs', 'Ill. NHIỆM VỤ CỤ THỂ', '1. Tiếp nhận, xử lý và cập nhật thông tin lý lịch tư pháp',
      'a) Thông tin do Tòa án cung cấp',
    ];
    // "Phiếu lý lịch tư pháp®" is no echo of "® Luật Lý lịch tư pháp số 28/2009/QH12": the note
    // after it is its own.
    expect(detectStructure(lines.join('\n')).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([
      ['®', '®', 23, 33], ['®', ')', 26, 37],
    ]);
  });

  it('reads the document\'s first note after a speck the scan left before its number (": 1 Số liệu")', () => {
    expect(page('Nhân dân phấn khởi trước kết quả tăng trưởng kinh tế của tỉnh (ước đạt 7,2%)!, việc điều chỉnh lương.', ': 1 Số liệu ước tính tại Báo cáo số 412/BC-UBND ngày 25/11/2024.').notes).toEqual([['!', ': 1', 6]]);
  });

  it('finds a page foot before two scraps OCR made of the page number ("ủy ee"), and keeps them', () => {
    const lines = [...body(5), 'Kinh phí thực hiện Kế hoạch là 465 triệu đồng®, bố trí trong dự toán năm 2025 của Sở.', '', '© Gồm 310 triệu đồng số hóa và 95 triệu đồng tập huấn nghiệp vụ.', 'ủy ee', '4. Đề nghị Công an tỉnh', 'Chỉ đạo cung cấp thông tin về án tích khi có yêu cầu.'];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '©', 6, 8]]);
    expect(s.blocks.some((b) => b.text.includes('ủy ee'))).toBe(true);
  });

  it('reads a note whose mark OCR read as a guillemet ("« Gồm"), and a bracket after a date that closes none as a mark ("31/8/2025);")', () => {
    expect(page('Toàn tỉnh ghi nhận 7 ca mắc bệnh bạch hầu®, trong đó huyện Bình Lăng có 2 ca tại xã Đông Mỹ.', '« Gồm 2 ca tại huyện Bình Lăng và 5 ca tại các huyện khác.').notes).toEqual([['®', '«', 6]]);
    expect(page('Lập danh sách và tổ chức tiêm bù cho trẻ trước ngày 31/8/2025);', '(4) Theo Kế hoạch số 96/KH-TTYT ngày 10/7/2025 của Trung tâm Y tế huyện.').notes).toEqual([[')', '(4)', 6]]);
  });

  it('reads "[S]" as the bracketed mark [5]', () => {
    const text = [...body(5), `${FULL} hỗ trợ các địa phương bị thiệt hại nặng với tổng mức 45 tỷ đồng[S]; tổng hợp kết quả.`, ...foot('[5] Phân bổ cụ thể cho từng xã, phường tại Phụ lục.')].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['[S]', '[5]', 6]]);
    expect(s.blocks.some((b) => b.text.includes('45 tỷ đồng; tổng hợp'))).toBe(true);
  });

  it('reads a single quote that ends an open quotation as the closing quote, so the mark after the next one links', () => {
    const text = [
      ...body(5), 'Phong trào “Thanh niên tình nguyện’, “Tuổi trẻ sáng tạo”? được duy trì, nhiều công trình được ghi nhận.',
      ...foot('2 Các phong trào do Trung ương Đoàn phát động.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['?', 6]]);
    const doubled = [...body(5), 'không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến’”.', ...foot('3 Hồ sơ nộp qua Hệ thống quản lý văn bản.')].join('\n');
    expect(detectStructure(doubled).footnotes).toEqual([]);
  });

  it('reads a sign after a closing quote OCR read as two single ones as a mark ("“Góc hạnh phúc’’®)")', () => {
    expect(page('Nhà trường bố trí “Góc hạnh phúc’’®) tại thư viện để học sinh đọc sách, trò chuyện trong giờ ra chơi.', '(3) Góc đọc sách có bàn ghế thấp, tủ sách do cha mẹ học sinh quyên góp.').notes).toEqual([['®', '(3)', 6]]);
  });

  it('reads a quote after a Roman numeral as a mark when a note needs one ("chợ hạng II\',")', () => {
    const text = [...body(5), 'Trên địa bàn có 03 chợ; chợ Cầu Mới là chợ hạng II\', hai chợ còn lại là chợ hạng III. Năm', `${FULL} kế hoạch.`, ...foot('1 Chợ Cầu Mới có 412 điểm kinh doanh.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([["'", 6]]);
  });

  it('reads the digit a month or day number has too many as its mark ("tháng 98." for tháng 9⁴.), even misread', () => {
    const text = [...body(5), `${FULL} thời lượng phát sóng không dưới 30 phút mỗi ngày trong tháng 8 và tháng`, '98.', '', ...foot('3 Theo Kế hoạch số 12-KH/TU.', '4 Kể cả chương trình phát trên nền tảng số.').slice(1)].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['8', '4', 7]]);
    expect(s.blocks.some((b) => b.text.endsWith('tháng 9.'))).toBe(true);
    // A month that has its number is no mark.
    expect(detectStructure(text.replace('98.', '9.')).footnotes).toEqual([]);
  });

  it('links the note\'s own number run on into a year before a garbled sign inside a phrase ("31/10/20244." over "thi? hai")', () => {
    const text = [
      ...body(4), `${FULL} nộp 50% số thuế chậm nhất ngày 31/5/2024; kỳ thi? hai nộp số thuế còn lại chậm`, 'nhất ngày 31/10/20244. Quá thời hạn trên mà chưa nộp thì phải nộp tiền chậm nộp', 'theo quy định.',
      ...foot('4 Hộ có số thuế phải nộp từ 50.000 đồng trở xuống được nộp một lần.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['4', 6]]);
  });

  it('reads a digit after a lone consonant in brackets as its garbled vowel ("(s6 việc" for số việc), not as a mark', () => {
    const note = foot('6 Kết quả kiểm tra được tổng hợp vào báo cáo công tác tư pháp.');
    const text = [...body(5), `${FULL} báo cáo kết quả chứng thực (s6 việc, số phí đã thu).`, ...note].join('\n');
    expect(detectStructure(text).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
    // After an opening guillemet too ("UBND «x3," for xã).
    const guillemet = [...body(5), `${FULL} báo cáo về UBND «x3, công chức Văn hóa - Xã hội thực hiện.`, ...foot('3 Theo danh sách hộ cận nghèo năm 2024.')].join('\n');
    expect(detectStructure(guillemet).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
  });

  it('reads a sign after the consonants that start a syllable as its garbled vowel ("hỗ tr¢." for hỗ trợ), not as a mark', () => {
    const note = foot('6 Hộ ông Lò Văn Đông, thôn Khe Mây, có nhà sát taluy dương.');
    const text = [...body(5), `${FULL} hướng dẫn hộ hoàn thiện hồ sơ thanh, quyết toán kinh phí hỗ tr¢.`, ...note].join('\n');
    expect(detectStructure(text).footnotes).toEqual([]);
    // After a word, the same sign is a mark.
    expect(detectStructure(text.replace('hỗ tr¢.', 'hỗ trợ¢.')).footnotes.map((n) => n.refMark)).toEqual(['¢']);
  });

  it('reads a number with a quote glued before it ("‘4 Cơ quan" for "⁽⁴⁾ Cơ quan") as the next note of a run', () => {
    const text = [
      ...body(3),
      'Thực hiện Nghị quyết lãnh đạo nhiệm vụ quân sự, quốc phòng năm 2025 của Đảng ủy Quân sự tỉnh”) và Kế hoạch',
      'huấn luyện năm 2025, Đảng ủy Quân sự huyện xây dựng kế hoạch góp phần xây dựng "thế trận lòng dân"®).',
      'Thời gian 05 ngày, từ ngày 14/4 đến ngày 18/4/2025®). Lực lượng gồm 62 đồng chí; địa bàn: xã Nghĩa Lâm',
      'và cơ quan Ban Chỉ huy Quân sự huyện™.',
      '', '(0) Nghị quyết số 345-NQ/ĐU ngày 26/12/2024 của Đảng ủy Quân sự tỉnh.',
      '', '(2) Theo Quy chế công tác dân vận của hệ thống chính trị.',
      '', '‘9) Trong đó 01 ngày hành quân bộ, 03 ngày làm công tác dân vận và 01 ngày hành quân trở về.',
      '', '‘4 Cơ quan Ban Chỉ huy Quân sự huyện và Trung đội Dân quân cơ động huyện.',
      '', '2', '\f', 'II. NỘI DUNG', '', 'Giúp nhân dân nạo vét kênh mương nội đồng.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refLine, n.lines[0], n.noteMark])).toEqual([[4, 9, '(0)'], [5, 11, '(2)'], [6, 13, '‘9)'], [7, 15, '‘4']]);
    expect(s.blocks.some((b) => b.text.includes('Trung đội Dân quân'))).toBe(false);
  });

  it('reads the paragraph between a run of notes with garbled marks and the page\'s end as the last note, its mark lost', () => {
    const lines = [
      ...body(3),
      'Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị? và Kế hoạch số 215-KH/TU ngày 20/6/2024 của Ban Thường vụ Tỉnh ủy®, Ban Thường vụ',
      'Huyện ủy ban hành Kế hoạch thực hiện như sau:',
      `${FULL} chuẩn mực đạo đức "Trung thành, Gương mẫu, Liêm chính, Đoàn kết, Đổi mới"®), lấy đó làm căn cứ`,
      'để tự tu dưỡng. Các chi bộ đưa nội dung vào sinh hoạt thường kỳ ít nhất một lần trong quý”).',
      '', '® Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ,', 'đảng viên trong giai đoạn mới.',
      '', '® Kế hoạch số 215-KH/TU ngày 20/6/2024 của Ban Thường vụ Tỉnh ủy thực hiện Quy định số', '144-QĐ/TW.',
      '', '@) Năm nhóm chuẩn mực được quy định tại Điều 2 đến Điều 6 của Quy định số 144-QĐ/TW.',
      '', 'Theo Hướng dẫn số 12-HD/BTGHU ngày 28/6/2024 của Ban Tuyên giáo Huyện ủy về nội dung sinh hoạt', 'chi bộ.',
    ];
    const after = ['2', '\f', 'II. NHIỆM VỤ', '', 'Tiếp tục quán triệt nội dung Quy định.'];
    const s = detectStructure([...lines, ...after].join('\n'));
    // Each garbled mark keeps its own note: the lost note no longer shifts the others.
    expect(s.footnotes.map((n) => [n.refLine, n.lines[0]])).toEqual([[4, 9], [4, 12], [6, 15], [7, 17]]);
    expect(s.blocks.some((b) => b.text.includes('Theo Hướng dẫn'))).toBe(false);
    // Where the page goes on after the paragraph, it is the page's text.
    const goesOn = detectStructure([...lines, '', 'Các chi bộ báo cáo kết quả thực hiện trước ngày 15/12/2024.', ...after].join('\n'));
    expect(goesOn.footnotes.map((n) => n.lines[0])).not.toContain(17);
  });

  it('places the reference of a note whose mark OCR lost where a sentence ends in words the note repeats, with its confidence', () => {
    const text = [
      ...body(3), `${FULL} kế hoạch.`, 'Phấn đấu đến năm 2030, tỉnh có 12 sản phẩm đạt danh hiệu sản phẩm công nghiệp nông thôn', 'tiêu biểu cấp tỉnh; tổng kinh phí 52,7 tỷ đồng®, hỗ trợ 214 cơ sở.',
      ...foot('1 Theo kết quả bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2024.', '® Trong đó kinh phí khuyến công quốc gia 14,2 tỷ đồng.'),
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0], n.confidence])).toEqual([['', 6, 8, 0.5], ['®', 6, 10, undefined]]);
    // At the end of the clause the words end in, before the semicolon.
    expect(s.blocks.find((b) => b.refs?.length)?.refs?.[0]).toMatchObject({ offset: s.blocks.find((b) => b.refs?.length)!.text.indexOf('; tổng kinh phí'), label: '1' });
    expect(s.messages.filter((m) => m.ruleId === 'structure-footnote-placed').map((m) => [m.place && 'line' in m.place ? m.place.line : undefined, m.confidence])).toEqual([[6, 0.5]]);
    // Words the text has twice say nothing of where the mark stood.
    const twice = text.replace(`${FULL} kế hoạch.`, `${FULL} sản phẩm công nghiệp nông thôn tiêu biểu.`);
    expect(detectStructure(twice).footnotes.map((n) => n.refMark)).toEqual(['®']);
    // Nor do two words alone.
    const two = text.replace('Theo kết quả bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2024.', 'Theo kết quả bình chọn của Sở Công Thương năm 2024.');
    expect(detectStructure(two).footnotes.map((n) => n.refMark)).toEqual(['®']);
  });

  it('places such a reference at the comma that ends the clause the words end in, not at the sentence\'s end lines later', () => {
    const text = [
      ...body(3), 'Thực hiện Chương trình công tác năm 2024 của Hội Người mù tỉnh Nam Thái,', 'Ban Thường vụ Hội Người mù huyện Kim Điền báo cáo kết quả công tác năm 2024 như', 'sau:', '',
      'Năm 2024, Hội kết nạp 46 hội viên mới®; mở 02 lớp chữ nổi Braille.',
      ...foot('1 Chương trình công tác năm 2024 của Hội Người mù tỉnh ban hành ngày 10/01/2024.', '® Nâng tổng số hội viên lên 1.126 người.'),
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.confidence])).toEqual([['', 4, 0.5], ['®', 8, undefined]]);
    // (Not at a comma inside a figure: "1,5 tỷ đồng".)
    const figure = text.replace('tỉnh Nam Thái,', 'tỉnh Nam Thái 1,5 tỷ đồng');
    expect(detectStructure(figure).footnotes.map((n) => n.refLine)).toEqual([6, 8]);
  });

  it('reads a digit after a figure grouped in thousands as a mark when its last group has four digits ("1:10.0005")', () => {
    const note = foot('5 Theo quy định về tỷ lệ bản đồ hiện trạng sử dụng đất cấp xã.');
    const text = [...body(5), `${FULL} bản đồ hiện trạng sử dụng đất cấp xã được lập ở tỷ lệ 1:10.0005 trên cơ sở bản đồ kiểm kê.`, ...note].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['5', '5', 6]]);
    // A figure whose groups have three digits holds no mark (the note may still be placed by its words).
    expect(detectStructure(text.replace('1:10.0005', '1:10.000')).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
  });

  it('reads a digit after a closing quote as a mark, even after a year ("đến năm 2030”1,")', () => {
    const text = [...body(5), 'Thực hiện Chương trình “Chuyển đổi số ngành giáo dục giai đoạn 2025, định hướng đến năm 2030”1, Sở Giáo dục và Đào tạo đề nghị:', ...foot('1 Ban hành kèm theo Quyết định số 131/QĐ-TTg.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['1', 6]]);
  });

  it('reads a question mark at a line end as a mark (the full stop after it lost), an exclamation mark there as punctuation', () => {
    const note = foot('4 Nghị định số 44/2016/NĐ-CP ngày 15/5/2016 của Chính phủ.');
    const question = [...body(5), 'Các thiết bị có yêu cầu nghiêm ngặt phải được kiểm định trước khi đưa vào sử dung?', `${FULL} kế hoạch.`, ...note].join('\n');
    expect(detectStructure(question).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['?', 6]]);
    const slogan = [...body(5), '- Toàn dân tích cực tham gia phòng, chống thiên tai!', `${FULL} kế hoạch.`, ...note].join('\n');
    expect(detectStructure(slogan).footnotes).toEqual([]);
  });

  it('reads a note number read with a dot ("2. Cả 2 ca") as a note when the next note numbers on, and a heading "2." after the notes as a heading', () => {
    const text = [
      '1. Tình hình dịch', ...body(3), `${FULL} từ ngày 09/6/2025 đến ngày 16/6/2025!, thôn Đông ghi nhận 7 ca mắc, trong đó 2 ca`,
      'được chuyển Bệnh viện Đa khoa tỉnh2, ca bệnh đầu tiên khởi phát sốt ngày 07/6/20253.', '',
      '1 Số liệu ca bệnh lấy từ hệ thống giám sát bệnh truyền nhiễm trực', 'tuyến.', '',
      '2. Cả 2 ca đều dương tính với kháng nguyên NS1, hiện sức khỏe ổn', 'định.', '',
      '3 Bệnh nhân tự điều trị tại nhà 3 ngày trước khi đến khám.',
      '2. Các biện pháp đã triển khai', `${FULL} kế hoạch phòng, chống dịch.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 5, 8], ['2.', 6, 11], ['3', 6, 14]]);
    expect(s.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['1. Tình hình dịch', '2. Các biện pháp đã triển khai']);
  });

  it('reads a note number read with a dot as a note when the note after the next numbers on, the next one garbled past reading', () => {
    const text = [
      ...body(3), `${FULL} kế hoạch phát triển công nghiệp, thương mại năm 20251, Sở Công Thương báo cáo như sau:`,
      `${FULL} chỉ số sản xuất công nghiệp 9 tháng tăng 8,6% so với cùng kỳ2, cao hơn mức tăng của`, 'cùng kỳ năm 2024.',
      `${FULL} đá xây dựng 3,4 triệu m3, giảm 4,7%3 do thị trường bất động sản phục hồi chậm;`, 'thu hút đầu tư vào cụm công nghiệp 640 tỷ đồng4.', '',
      '1 Kế hoạch ban hành kèm theo các chỉ tiêu: IIP tăng 8-9%; tổng mức', 'bán lẻ hàng hóa tăng 9%.', '',
      '2. Số liệu ước tính của Thống kê tỉnh; chỉ số tính theo giá so sánh năm', 'gốc ee', 'ihagg $ 5 a5gpe d6 hai mỏ tại xã Thạch Lộc tạm dừng.', '',
      '4 Kế hoạch thu hút đầu tư vào cụm công nghiệp năm 2025 là 1.000 tỷ', 'đồng.', '2', '\f', '2. Thương mại, xuất nhập khẩu', `${FULL} kế hoạch.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.lines[0]])).toEqual([['1', 10], ['2.', 13], ['4', 17]]);
    expect(s.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['2. Thương mại, xuất nhập khẩu']);
  });

  it('reads the last note of a page numbered with a comma ("2, Mật ong") as a note, the page ending with it', () => {
    const text = [
      ...body(3), `${FULL} độ che phủ rừng đạt 58,2%1, nhiều diện tích cây ăn quả.`, `${FULL} giá bán bình quân 280.000 đồng/lít2. Có 03 tổ hợp tác`, 'nuôi ong.', '',
      '1 Số liệu theo Quyết định công bố hiện trạng rừng năm 2024', 'của Ủy ban nhân dân tỉnh.', '',
      '2, Mật ong bạc hà thu hoạch vụ đông có giá bán cao nhất, từ', '450.000 đến 500.000 đồng/lít.', '2', '\f', '2.2. Tồn tại, hạn chế', `${FULL} kế hoạch.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 4, 8], ['2,', 5, 11]]);
    // So numbered with text under it, the page going on, it numbers the text: no note.
    const numbered = text.replace('450.000 đến 500.000 đồng/lít.', `450.000 đến 500.000 đồng/lít.\n\n${FULL} kế hoạch.\n${FULL} kế hoạch.`);
    expect(detectStructure(numbered).footnotes).toEqual([]);
  });

  it('reads a dash before a figure after a full line ending in one as a wrapped range, not a bullet, and takes a note\'s clause on over a blank line to the page foot', () => {
    const text = [
      ...body(3), `${FULL} Hội Nông dân Việt Nam1, Ban Thường vụ báo cáo.`, `${FULL} chiếm 0,84% tổng dư nợ2.`, '',
      '1 Hướng dẫn của Trung ương Hội Nông dân Việt Nam về tổng kết Quỹ Hỗ trợ nông dân các cấp giai đoạn 2019', '- 2024; cấp tỉnh báo cáo trước ngày 30/11/2024.', '',
      '2 Nợ quá hạn là khoản vay chưa trả khi đến hạn từ 30 ngày trở lên;', '', '06 dự án có nợ quá hạn đều thuộc các huyện bị thiệt hại do bão', 'năm 2024.', '2', '\f', `${FULL} báo cáo.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refLine, n.lines])).toEqual([[4, [7, 8]], [5, [10, 13]]]);
    expect(s.footnotes[0].text).toBe('Hướng dẫn của Trung ương Hội Nông dân Việt Nam về tổng kết Quỹ Hỗ trợ nông dân các cấp giai đoạn 2019 - 2024; cấp tỉnh báo cáo trước ngày 30/11/2024.');
    // In the body too: a paragraph, no list item.
    const range = [...body(2), `${FULL} các mục tiêu của Kế hoạch giai đoạn 2021`, '- 2025, bảo đảm tiến độ.'].join('\n');
    expect(detectStructure(range).blocks.filter((b) => b.type === 'listItem')).toEqual([]);
  });

  it('reads a note mark before a garbled capital ("(2) $6 liệu" for ⁽²⁾ Số liệu)', () => {
    expect(readNoteMark('(2) $6 liệu của Ban Tổ chức lễ hội năm 2024.', loadStructureData())).toMatchObject({ value: 2 });
    // Garbled signs before it too ("©) $6 liệu" for ⁽⁵⁾ Số liệu).
    expect(readNoteMark('©) $6 liệu báo cáo tính từ ngày 01/12/2024.', loadStructureData())).toMatchObject({ mark: '©)' });
    expect(readNoteMark('® $6 liệu của Công an xã.', loadStructureData())).toMatchObject({ mark: '®' });
  });

  it('links a garbled mark equal to a note\'s less firmly than the order of the marks (”, then ®) for ¹ and ³)', () => {
    const text = [
      ...body(3), 'Năm nay huyện có 3 điểm thi với 1.426 thí sinh đăng ký dự thi”,', ...body(3),
      '1. Công an huyện bố trí lực lượng bảo vệ 24/24 giờ nơi lưu giữ đề thi, phân luồng giao thông quanh các điểm thi vào giờ thí sinh', 'đến và ra về®),',
      ...foot('® Trong đó có 87 thí sinh tự do.', ') Cao hơn năm 2023 là 0,4 điểm phần trăm.', '‘) Đặc biệt tại ngã ba chợ Bến Đình.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['”', '®', 4], ['®', '‘)', 9]]);
  });

  it('reads a sign after a code in capitals as a mark inside a sentence too ("NQ-HĐND§ của"), and a digit after a percentage as a misread one', () => {
    const code = [...body(5), `${FULL} Nghị quyết số 12/2025/NQ-HĐND§ của Hội đồng nhân dân tỉnh.`, ...foot('3 Nghị quyết quy định mức hỗ trợ từ ngân sách.')].join('\n');
    expect(detectStructure(code).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['§', 6]]);
    const percent = [...body(5), `${FULL} tỷ lệ hộ nghèo giảm từ 3,2% xuống còn 0,6%7.`, ...foot('4 Còn 14 hộ nghèo, chủ yếu là hội viên cao tuổi.')].join('\n');
    expect(detectStructure(percent).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['7', '4', 6]]);
  });

  it('reads a note that starts with a document\'s number after its own ("1 186/QĐ-UBND là"), and a mark after a code that ends in a two-digit number ("QH155")', () => {
    const text = [
      ...body(3), `${FULL} việc giao Sở Y tế là đơn vị mua sắm tập trung thuốc cấp địa phương1, Sở Y tế kính trình.`, '- Luật Đấu thầu số 22/2023/QH152;', `${FULL} kế hoạch.`, '',
      '1 186/QĐ-UBND là quyết định thay thế Quyết định số 2317/QĐ-UBND.', '', '2 Luật Đấu thầu có hiệu lực thi hành từ ngày 01/01/2024.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['1', '1', 4], ['2', '2', 5]]);
  });

  it('reads a note that starts with a date after its number ("9 15/01/2025 - 13/02/2025") and, in a run of notes, a number glued to the figure that starts its note ("825 điểm")', () => {
    expect(readNoteMark('9 15/01/2025 - 13/02/2025; những ngày nghỉ Tết vẫn được tính.', loadStructureData())).toMatchObject({ value: 9 });
    const refs = [...body(2), `${FULL} ngành đào tạo phù hợp6 với vị trí.`, `${FULL} người trả lời đúng từ 50%7 số câu hỏi trở lên được thi vòng 2.`, `${FULL} kết quả cộng với điểm ưu tiên (nếu có)8 cao hơn.`];
    const text = [...refs, ...foot('6 Danh mục được niêm yết tại Phòng Nội vụ.', '7 50% tương ứng 30 trên 60 câu hỏi.', '825 điểm đối với người hoàn thành nghĩa vụ quân sự.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['6', 3, 7], ['7', 4, 9], ['8', 5, 11]]);
    // Not a count that starts the text after the notes, where the page goes on.
    const count = [...refs, '', '6 Danh mục được niêm yết tại Phòng Nội vụ.', '', '7 50% tương ứng 30 trên 60 câu hỏi.', '2', '\f', '825 người được tuyển dụng trong năm nay theo kế hoạch.', `${FULL} kế hoạch.`].join('\n');
    expect(detectStructure(count).footnotes.map((n) => n.noteMark)).toEqual(['6', '7']);
  });

  it('reads a closing quote after a code in capitals as a mark ("92/2021/TT-BTC” và")', () => {
    const text = [...body(5), 'Kinh phí thu theo Thông tư số 92/2021/TT-BTC” và ngân sách huyện năm 2025.', ...foot('10 Thông tư số 92/2021/TT-BTC ngày 28/10/2021 của Bộ Tài chính.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['”', 6]]);
    // A digit after a single closing quote ("“Thủ lĩnh của sự thay déi’5 ở các trường").
    const single = [...body(5), 'Lồng ghép vào sinh hoạt câu lạc bộ “Thủ lĩnh của sự thay déi’5 6 các trường; phát huy vai trò già làng.', ...foot('5 Mô hình câu lạc bộ dành cho học sinh trung học cơ sở.')].join('\n');
    expect(detectStructure(single).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['5', 6]]);
    // And after a percentage.
    const percent = [...body(5), 'Đến nay 118/126 thôn có nhà văn hóa, đạt 93,7%”. Nhiều nơi nhân dân hiến đất.', ...foot('2 So với đầu năm 2024 tăng 9 nhà văn hóa.')].join('\n');
    expect(detectStructure(percent).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['”', 6]]);
  });

  it('reads a "!" at a line end where the sentence goes on in lower case, a "?" after a unit ("612,4 ha? chè") and "°%" after a year as marks', () => {
    const text = [
      'Thực hiện Công văn số 226/SNN-KTHT ngày 24/02/2025!', 'của Sở Nông nghiệp và Phát triển nông thôn về đánh giá hoạt động của hợp tác xã.', ...body(2),
      `${FULL} diện tích 612,4 ha? chè kinh doanh, chiếm 38,5% diện tích chè toàn huyện.`, `${FULL} tập huấn trong quý II năm 2025°%,/.`,
      ...foot('1 Công văn đề nghị báo cáo trước ngày 15/3/2025.', '2 Gồm 548,9 ha chè trung du và 63,5 ha giống chè mới.', '3 Kinh phí tập huấn dự kiến 64 triệu đồng.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['!', '1', 1], ['?', '2', 5], ['°%', '3', 6]]);
    // An exclamation mark that ends a slogan stays punctuation.
    const slogan = [...body(4), '- Nhiệt liệt chào mừng Quốc khánh 2/9!', '- Toàn dân thi đua lập thành tích chào mừng đại hội!', ...foot('1 Theo Đề cương tuyên truyền của Ban Tuyên giáo.')].join('\n');
    expect(detectStructure(slogan).footnotes).toEqual([]);
  });

  it('reads no note in a number and a small word after a blank line OCR put inside a paragraph, unless the next note numbers on; and a note number after a two-letter speck ("nS 3)")', () => {
    const text = [
      ...body(3), 'Trong quý I năm 2025, Ban công tác Mặt trận các thôn chủ trì rà soát', '', '9 tổ hòa giải hiện có1; bầu bổ sung hòa giải viên thay người đã chuyển đi2.', '',
      '1 Luật có hiệu lực từ ngày 01/01/2014.', '', '2 Năm 2024 các tổ tiếp nhận 43 vụ việc.', '', '2', '\f', `${FULL} kế hoạch®.`, 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Bùi Thị Hằng',
      'nS 3) Mâu thuẫn phát sinh từ bình luận trên mạng xã hội.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 6, 8], ['2', 6, 10], ['nS 3)', 14, 20]]);
    expect(s.blocks.find((b) => b.type === 'paragraph' && b.text.includes('9 tổ hòa giải'))).toBeDefined();
  });

  it('reads no mark in a digit after a lone consonant ("các x4, thị trấn" for xã), and a "?" before a bracket as a mark', () => {
    const text = [
      ...body(4), 'Giao cho các cơ quan, đơn vị và Ủy ban nhân dân các x4, thị trấn chỉ', 'tiêu vận động 2.150 đơn vị máu? (có phụ lục kèm theo), tăng 5% so với năm 2024.',
      ...foot('2 Mỗi đơn vị máu tương đương 250 ml máu toàn phần.', '4 Chương trình hiến máu dịp hè.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['?', '2', 6]]);
  });

  it('reads notes that start with a figure of several digits or a quote after their number, and a number glued to a percentage in a run of notes ("317,9% 6 trẻ")', () => {
    const data = loadStructureData();
    expect(readNoteMark('4 21 trường mầm non và 17 trường tiểu học.', data)).toMatchObject({ value: 4 });
    expect(readNoteMark("2 '72/KH-UBND giao các huyện tự cân đối.", data)).toMatchObject({ value: 2 });
    expect(readNoteMark('(2) 1985/QĐ-UBND giao Sở Khoa học và Công nghệ là cơ quan quản lý Quỹ.', data)).toMatchObject({ value: 2 });
    const text = [
      ...body(3), `${FULL} Quyết định số 1340/QĐ-TTg của Thủ tướng Chính phủ! và Kế hoạch số 72/KH-UBND?,`, `${FULL} suy dinh dưỡng thể thấp còi? ở trẻ mẫu giáo;`,
      `${FULL} tại 38 cơ sở giáo dục? trên địa bàn.`, '1 Chương trình Sữa học đường.', "2 '72/KH-UBND giao các huyện tự cân đối.", '317,9% 6 trẻ dưới 5 tuổi năm 2024.',
      '4 21 trường mầm non và 17 trường tiểu học.', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['1', 4], ['2', 4], ['3', 5], ['4', 6]]);
  });

  it('reads a quote and a bracket that closes none as a bracketed superscript ("năm”)."), and a figure on a note\'s wrapped line as its text ("... đến" + "45.000 đồng")', () => {
    const text = [
      ...body(3), `${FULL} đưa chỉ tiêu trồng quế vào nghị quyết hằng năm”).`, `${FULL} sản lượng vỏ quế khô bình quân 1.150 tấn/năm®’, cành lá quế`, 'cung cấp cho các lò chưng cất.', '',
      '(2) Chi bộ thôn Khe Ngát đưa thêm chỉ tiêu không trồng quế trên đất rừng phòng hộ.', '', '(3) Giá vỏ quế khô loại 1 năm 2024 tại các điểm thu mua trên địa bàn xã dao động theo từng thời điểm trong năm, từ 38.000 đến',
      '45.000 đồng/kg.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['”)', '(2)', 4, [8, 8]], ['®’', '(3)', 5, [10, 11]]]);
  });

  it('reads note numbers OCR misread under the signature when a later one of the block numbers on by its place ("0 Luật", "2 03 cơ sở" above "4 300 m³")', () => {
    const text = [
      ...body(3), `${FULL} kế hoạch giám sát của Thường trực Hội đồng nhân dân huyện1.`, ...foot('1 Kế hoạch số 11/KH-HĐND ngày 14/4/2025.'),
      `${FULL} chưa đáp ứng yêu cầu của Luật Bảo vệ môi trường năm 2020";`, `${FULL} gây quá tải vào mùa cao điểm™;`, `${FULL} công suất 300 m3/ngày đêm".`,
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Vừ Đình Kháng',
      '0 Luật số 72/2020/QH14, có hiệu lực từ ngày 01 tháng 01 năm 2022.', '2 03 cơ sở có hàm lượng COD đầu vào gấp 1,8 - 2,4 lần thiết kế.', '4 300 m3/ngày đêm đủ tiếp nhận nước thải của 21 cơ sở.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 4, 6], ['0', 11, 20], ['2', 12, 21], ['4', 13, 22]]);
    // A number that nothing under it numbers on from stays a line of the closing block.
    const alone = text.split('\n').slice(0, 20).join('\n');
    expect(detectStructure(alone).footnotes.map((n) => n.noteMark)).toEqual(['1']);
  });

  it('reads the document\'s first notes under the signature when they number on from 1, and the last glued to its garbled first word ("46 liệu" for "⁴ Số liệu")', () => {
    const text = [
      ...body(3), `${FULL} hạt mưa đá đường kính 1 - 2 cm', tập trung ở các bản.`, `${FULL} 9 nhà hư hỏng trên 50%?; mái tôn bị lốc cuốn.`, `${FULL} 7 ha ngô mất trắng®.`,
      `${FULL} tổng thiệt hại ước tính 1,36 tỷ đồng*; Ủy ban nhân dân xã sẽ báo cáo bổ sung./.`,
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lò Văn Thắm',
      '1 Theo quan sát của tổ dân quân thường trực.', '2 Gồm 6 nhà ở bản Pa Hạc và 3 nhà ở bản Huổi Cơ.', '3 Thuộc 23 hộ, chủ yếu là hộ nghèo.', '46 liệu ban đầu, sẽ cập nhật khi các bản thống kê xong.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 4, 14], ['2', 5, 15], ['3', 6, 16], ['4', 7, 17]]);
  });

  it('counts notes whose marks OCR garbled for the number of the next ("nợ 3)" after two notes marked ® and ®@)', () => {
    const text = [
      ...body(3), `${FULL} tổ hòa giải hiện có®; bầu bổ sung hòa giải viên.`, `${FULL} hòa giải thành 37 vụ, đạt 86%®@.`, '',
      '® Luật có hiệu lực từ ngày 01/01/2014.', '', '®@ Năm 2024, các tổ tiếp nhận 43 vụ việc.', '', '2', '\f',
      `${FULL} hòa giải trên môi trường mạng®.`, 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Bùi Thị Hằng',
      'nS 3) Mâu thuẫn phát sinh từ bình luận trên mạng xã hội.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine])).toContainEqual(['nS 3)', 13]);
  });

  it('reads no mark in a square metre read "m?" and a bracketed mark after it ("đồng/m?(5).")', () => {
    const text = [
      ...body(4), '- Vị trí 1, tiếp giáp đường liên xã: 3.850.000 đồng/m?;', '- Đất trồng lúa: 96.000 đồng/m?;', '- Đất trồng cây lâu năm: 118.000 đồng/m?(5).', `${FULL} quyết định.`,
      ...foot('(5) Áp dụng cho cả đất vườn, ao trong cùng thửa đất có nhà ở.'),
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['(5)', 7]]);
    // Nor in a cubic metre whose exponent OCR read as a digit or a sign ("đồng/m3;", "đồng/m°;"); a
    // sign after a metre of height is a mark ("+2,80 m*;").
    const cubic = [...body(4), '- Hộ dân cư: 8.500 đồng/m3;', '- Hộ nghèo: 6.800 đồng/m°;', `${FULL} cao trình +2,80 m*; đường dạo.`, ...foot('3 Sản lượng nước thương phẩm năm 2024.')].join('\n');
    expect(detectStructure(cubic).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['*', 7]]);
  });

  it('tries a digit run on into a year as a misread superscript too ("20258/." for 2025⁶./.)', () => {
    const text = [...body(5), `${FULL} kế hoạch, báo cáo kết quả về Đảng ủy trước ngày 15/9/20258/.`, ...foot('6 Báo cáo lồng ghép trong báo cáo sơ kết công tác quý III của chi bộ.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['8', '6', 6]]);
  });

  it('reads a bracket after a figure that closes none as what OCR kept of "⁽¹⁾" ("năm 2017);"), not one that closes a bracket opened on the line before', () => {
    const note = foot('(1) Luật Thủy lợi số 08/2017/QH14 có hiệu lực từ ngày 01 tháng 7 năm 2018.');
    const lone = [...body(5), 'Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017);', `${FULL} kế hoạch.`, ...note].join('\n');
    expect(detectStructure(lone).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([[')', 6]]);
    const closing = [...body(4), `${FULL} Luật Thủy lợi (sửa đổi, bổ sung năm`, '2017);', `${FULL} kế hoạch.`, ...note].join('\n');
    expect(detectStructure(closing).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
    // After a code too, where the sentence goes on ("theo QCVN 26:2010/BTNMT) khi giải quyết").
    const code = [...body(5), 'Đo, đánh giá tiếng ồn theo QCVN 26:2010/BTNMT) khi giải quyết phản ánh của người dân.', `${FULL} kế hoạch.`, ...note].join('\n');
    expect(detectStructure(code).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([[')', 6]]);
  });

  it('reads a bracketed note number after a speck the scan left (": [3] Khu vực")', () => {
    const text = [
      ...body(4), 'Cấm khai thác cát tại khu vực lòng, bờ, bãi sông[3].', ...body(2), '',
      '[1] Luật Khoáng sản năm 2010.', '[2] Nghị định số 23/2020/NĐ-CP.', ': [3] Khu vực bờ sông có nguy cơ sạt lở được xác định theo danh mục.', '', '2', '\f', 'Tiếp tục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['[3]', ': [3]', 5, 11]]);
    expect(s.footnotes[0].text).toBe('Khu vực bờ sông có nguy cơ sạt lở được xác định theo danh mục.');
  });

  it('takes two notes with different garbled marks for a page foot where no page break shows', () => {
    const text = [
      ...body(4), 'Các nhà trọ tập trung tại các xã giáp Khu công nghiệp, nơi có khoảng 3.400 công nhân thuê trọ®.', '',
      '® Quy định chi tiết một số điều của Luật Phòng cháy và chữa cháy.', '', '@) Theo thống kê của Công an huyện đến ngày 28/02/2025.',
      '2.2. Nội dung kiểm tra', `${FULL} kế hoạch.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine])).toHaveLength(1);
    expect(s.footnotes[0].refLine).toBe(5);
    expect(s.blocks.find((b) => b.type === 'heading')?.text).toBe('2.2. Nội dung kiểm tra');
  });

  it('reads a sign glued to the last word before a "./." whose first stop OCR lost ("năm¢/.")', () => {
    const text = [...body(5), `${FULL} báo cáo trước ngày 15 tháng 12 hằng nim¢/.`, ...foot('6 Năm 2030, Ban Thường vụ Huyện ủy tổng kết Đề án.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['¢', 6]]);
  });

  it('keeps a note\'s clause ended by a semicolon with its next line in lower case', () => {
    const text = [
      ...body(3), '1. Số lượng và quy mô hợp tác xã*', `${FULL} hợp tác xã, tăng 35%‘ so với năm 2020.`, '', 'II. HẠN CHẾ', '',
      '- Cán bộ quản lý hợp tác xã chưa qua đào tạo chiếm 64%, nhiều nơi chưa có kế toán.', '',
      '3 Số liệu của Phòng Nông nghiệp và Phát triển nông thôn huyện tổng hợp đến hết ngày 30 tháng 6 năm 2024;', 'không tính 3 hợp tác xã đã ngừng hoạt động.', '', '4 Chủ yếu nhờ tăng sản lượng tôm nuôi.', '',
      '5 Trong số 47 người giữ chức danh quản lý.', '-3-', 'Phần thứ ba', `${FULL} đề án.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.text])).toEqual([
      ['*', 4, 'Số liệu của Phòng Nông nghiệp và Phát triển nông thôn huyện tổng hợp đến hết ngày 30 tháng 6 năm 2024; không tính 3 hợp tác xã đã ngừng hoạt động.'],
      ['‘', 5, 'Chủ yếu nhờ tăng sản lượng tôm nuôi.'],
    ]);
  });

  it('reads two signs OCR made of one superscript as its mark ("đồng/km?>;")', () => {
    const text = [...body(5), `${FULL} mức hỗ trợ 250 triệu đồng/km?>;`, `${FULL} kế hoạch.`, ...foot('5 Trường hợp đường có rãnh thoát nước hai bên.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['?>', 6]]);
  });

  it('reads the next note\'s number before a note that starts with a figure ("2 4/17 đồng chí")', () => {
    const text = [
      ...body(3), 'Thực hiện Luật Bình đẳng giới1 và Chương trình hành động của Huyện ủy,', 'tỷ lệ nữ tham gia cấp ủy đạt 23,5%2; tỷ số giới tính khi sinh 112 bé trai/100 bé gái3.', '',
      '1 Luật Bình đẳng giới số 73/2006/QH11.', '', '2 4/17 đồng chí Ủy viên Ban Chấp hành là nữ.', '', '3 Số liệu năm 2023 của Trạm Y tế xã.',
      'III- NHIỆM VỤ, GIẢI PHÁP', `${FULL} nghị quyết.`,
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['1', 4, 7], ['2', 5, 9], ['3', 5, 11]]);
  });

  it('keeps a line that starts with a number in a "[n]" note it wraps ("... và Điều" + "6 Luật ...")', () => {
    const text = [
      ...body(3), `${FULL} quyền tự do tín ngưỡng[3] của mọi người.`, `${FULL} trong thời hạn 07 ngày làm việc[4].`, '',
      '[3] Quyền được ghi nhận tại Điều 24 Hiến pháp năm 2013 và Điều của các luật có liên quan về tôn giáo và',
      '6 Luật Tín ngưỡng, tôn giáo.', '', '[4] Kể từ ngày nhận văn bản đề nghị.', '2', `${FULL} quy chế.`,
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => [n.refMark, n.lines])).toEqual([['[3]', [7, 8]], ['[4]', [10, 10]]]);
  });

  it('reads a digit after a word OCR garbled with a digit inside as its mark ("l6p2." for lớp².)', () => {
    const text = [...body(5), `${FULL} xác thực hai l6p2. Tuyệt đối không dùng chung tài khoản.`, ...foot('2 Hệ thống thư điện tử của tỉnh hỗ trợ xác thực.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['2', 6]]);
  });

  it('reads a "(n)" note that starts with a figure when it numbers on from the notes before it', () => {
    const text = [
      ...body(3), `${FULL} quản lý chợ(4) trên địa bàn.`, '', '(4) Theo Quyết định số 12/QĐ-UBND.', '2', '\f',
      ...body(3), 'Định kỳ báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện Thông báo này(5).', '', '(5) 6 tháng một lần, trước ngày 15/6 và ngày 15/12 hằng năm.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['(4)', '(4)', 4], ['(5)', '(5)', 12]]);
  });

  it('reads a digit after a road\'s number and letter as its mark ("Quốc lộ 14K2.")', () => {
    const text = [...body(5), 'Tăng cường kiểm tra các điểm giao nhận hàng dọc Quốc lộ 14K2.', `${FULL} kế hoạch.`, ...foot('2 Đoạn qua các xã Tân Phú, Đông Lợi.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['2', 6]]);
  });

  it('reads notes whose garbled marks stand before a figure ("@) 2,01 triệu"), a "{6]" mark, a "(5)" set apart after a closing quote, and a year before "//."', () => {
    const sign = [...body(5), `${FULL} tỷ lệ lượt khách lưu trú qua đêm chiếm 41,7%®, tăng 5,2% so với năm 2023.`, ...foot('® Năm 2024 đón 4,8 triệu lượt khách.', '@) 2,01 triệu lượt khách lưu trú.')].join('\n');
    expect(detectStructure(sign).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.noteMark])).toHaveLength(1);
    expect(detectStructure(sign).footnotes[0].refLine).toBe(6);
    const brace = [...body(5), `${FULL} Quyết định số 1452/QĐ-UBND của Chủ tịch Ủy ban nhân dân huyện{6].`, ...foot('[6] Quyết định về việc kiện toàn Ban Chỉ đạo.')].join('\n');
    expect(detectStructure(brace).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['{6]', 6]]);
    // And "/1]", the opening bracket read as a slash.
    const slash = [...body(5), 'Căn cứ Luật Đất đai số 31/2024/QH15/1]; Luật Lâm nghiệp số 16/2017/QH14;', ...foot('[1] Được Quốc hội thông qua ngày 18/01/2024.')].join('\n');
    expect(detectStructure(slash).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['/1]', 6]]);
    // And "[1)", the closing bracket read as a round one.
    const round = [...body(5), 'Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013[1);', ...foot('[1] Luật số 42/2013/QH13, có hiệu lực từ ngày 01/7/2014.')].join('\n');
    expect(detectStructure(round).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['[1)', 6]]);
    const apart = [...body(5), `${FULL} “Tháng hành động vì an toàn thực phẩm” (5) về Phòng Y tế trước ngày 20/5/2025.`, ...foot('(5) Tháng hành động diễn ra từ ngày 15/4 đến 15/5.')].join('\n');
    const s = detectStructure(apart);
    expect(s.footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['(5)', 6]]);
    expect(s.blocks.some((b) => b.text.includes('thực phẩm” về Phòng'))).toBe(true);
    const year = [...body(5), `${FULL} xã đạt chuẩn nông thôn mới kiểu mẫu trong tháng 11/20257//.`, ...foot('7 Theo Quyết định số 319/QĐ-TTg.')].join('\n');
    expect(detectStructure(year).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['7', 6]]);
    // An item numbered "(1)" in running text is no mark.
    const items = [...body(5), `${FULL} các nội dung: (1) rà soát; (2) kiểm tra.`, ...foot('(1) Theo Kế hoạch số 12/KH-UBND.')].join('\n');
    expect(detectStructure(items).footnotes).toEqual([]);
  });

  it('reads no note number with a leading zero ("03 trạm" is a count), a "n)" note before a figure, and a number glued to the figure that starts its note', () => {
    // A count that starts a line is read as no note's number.
    expect(readNoteMark('03 trạm được sửa chữa phòng khám', loadStructureData())).toBeUndefined();
    expect(readNoteMark('3 Hai trạm chưa có bác sĩ', loadStructureData())).toMatchObject({ value: 3 });
    const paren = [...body(5), `${FULL} phương châm “bốn tại chỗ”®),`, `${FULL} kế hoạch.`, ...foot('8) 2.064 người thuộc 318 tổ đội quần chúng bảo vệ rừng.')].join('\n');
    expect(detectStructure(paren).footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['8)', 6]]);
    const glued = [
      `${FULL} nghề muối1 và hỗ trợ diêm dân2.`, `${FULL} ruộng muối trải bạt3 tại hai xã.`, `${FULL} nhãn hiệu tập thể4; tổng kinh phí dự kiến 9,64 tỷ đồng.`, '',
      '1 Nghị định số 40/2017/NĐ-CP.', '', '2 Số liệu năm 2024.', '',
      '345 ha gồm 28 ha tại xã Diêm Điền và 17 ha tại xã Hải Lạc.', '', '4 Nhãn hiệu nộp đơn đăng ký năm 2025.', '', '2', '\f', `${FULL} đề án.`,
    ].join('\n');
    expect(detectStructure(glued).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 1, 5], ['2', 1, 7], ['3', 2, 9], ['4', 3, 11]]);
    // A figure with a slash too ("317/15 đảng viên" for "³ 17/15").
    const slash = glued.replace('345 ha gồm 28 ha tại xã Diêm Điền và 17 ha tại xã Hải Lạc.', '317/15 đảng viên theo chỉ tiêu tại Kế hoạch số 31-KH/ĐU.');
    expect(detectStructure(slash).footnotes.map((n) => [n.noteMark, n.lines[0]])).toContainEqual(['3', 9]);
    // The first note of a page foot too, where its figure is followed by a letter OCR read as a digit
    // ("405 6 dịch" for "⁴ 05 ổ dịch"), when the next note numbers on.
    const page = glued.replace('345 ha gồm 28 ha tại xã Diêm Điền và 17 ha tại xã Hải Lạc.', '3 Gồm 28 ha tại xã Diêm Điền.').replace('4 Nhãn hiệu nộp đơn đăng ký năm 2025.', '')
      .replace(`${FULL} nhãn hiệu tập thể4;`, `${FULL} nhãn hiệu tập thể;`)
      + ['', `${FULL} khoanh vùng ổ dịch4.`, `${FULL} xử phạt còn ít5.`, '', '405 6 dịch năm 2023 tại các xã Tân Lập, Quang Trung.', '', '5 Cả giai đoạn chi xử phạt 23 trường hợp.', '3', '\f', `${FULL} đề án.`].join('\n');
    expect(detectStructure(page).footnotes.map((n) => [n.noteMark, n.refLine]).slice(-2)).toEqual([['4', 16], ['5', 17]]);
  });

  it('reads a lone sign before a capital as the next note\'s mark in a run of numbered notes ("> Nghị định"), not a bullet', () => {
    const lines = [
      ...body(3), `${FULL} danh hiệu “Làng nghề truyền thống”!. Giá trị sản xuất năm 2024 đạt 386 tỷ`, 'đồng, chiếm 14,2%? giá trị sản xuất công nghiệp của huyện.', '',
      '- Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ', 'về phát triển ngành nghề nông thôn’;', '',
      '1 Gồm gốm Dũng Bơi, mây tre đan Phú Đông và rèn Kim Tiền.', '', '2 Theo niên giám thống kê huyện năm 2024.', '',
      '> Nghị định quy định công nhận nghề truyền thống, làng nghề.', '2', '\f', `${FULL} đề án.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['!', '1', 4], ['?', '2', 5], ['’', '>', 8]]);
    // A dash there is a bullet of the next page's list.
    const dash = lines.map((l) => (l.startsWith('> ') ? '- Nghị định quy định công nhận nghề truyền thống, làng nghề.' : l));
    expect(detectStructure(dash.join('\n')).footnotes.map((n) => n.noteMark)).not.toContain('-');
  });

  it('reads two garbled signs where one is no mark sign ("‘> Năm 2024") as a note\'s mark, and "‘8)" under the signature', () => {
    expect(readNoteMark('‘> Năm 2024 đạt 860 tin, bài.', loadStructureData())).toMatchObject({ mark: '‘>' });
    expect(readNoteMark('-> Xem phụ lục.', loadStructureData())).toBeUndefined();
    const text = [
      ...body(4), `${FULL} đồng chí phó bí thư thường trực đảng ủy phụ trách®.`, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Hà Quảng Tuyên',
      '‘8) Thành viên gồm cán bộ văn hóa - xã hội, công an xã, bí thư đoàn thanh niên.',
    ].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '‘8)', 5, 13]]);
  });

  it('reads a quote after o at a line end as a horn split off ("các co’" + "quan"), not a mark', () => {
    const text = [...body(5), 'Cán bộ, công chức, viên chức đang công tác tại các co’', 'quan hành chính nhà nước của tỉnh.', ...foot('1 Được sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP.')].join('\n');
    expect(detectStructure(text).footnotes).toEqual([]);
    // Before punctuation it is a mark.
    const mark = [...body(5), 'Cán bộ, công chức, viên chức đang công tác tại các cơ sở y tế do’.', ...foot('1 Được sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP.')].join('\n');
    expect(detectStructure(mark).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['’', 6]]);
  });

  // A mark read on the page's sixth line, linked to its note, and the text closing up where it stood.
  it.each([
    ['"|4]" as the bracketed mark [4], its opening bracket read as a bar', 'Ủy ban nhân dân xã yêu cầu các ban, ngành, đoàn thể thực hiện nghiêm túc Kế hoạch này|4]./.', '[4] Kinh phí thực hiện từ nguồn chi thường xuyên năm 2025 của xã.', '|4]', '[4]', 'Kế hoạch này./.'],
    ['a digit and a sign after a percentage as a mark ("1,5%3> so với")', 'Phấn đấu giảm tỷ lệ hộ nghèo đa chiều ít nhất 1,5%3> so với cuối năm 2024; không để phát sinh hộ tái nghèo.', '3 Chỉ tiêu do Đại hội Đảng bộ xã lần thứ XXI đề ra.', '3>', '3', 'ít nhất 1,5% so với'],
    ['"[5f" at a word\'s end as the bracketed mark [5], its closing bracket read as a letter', 'Kinh phí tổ chức Ngày hội đọc sách lấy từ nguồn chi thường xuyên của nhà trường năm 2025[5f.', '[5] Theo Quy chế chi tiêu nội bộ năm 2025 của nhà trường.', '[5f', '[5]', 'nhà trường năm 2025.'],
    ['a sign and a digit after a word as one mark ("kế hoạch?2.")', 'Khi có lệnh, xã chuyển vào trạng thái sẵn sàng chiến đấu; huy động lực lượng dân quân theo kế hoạch?2.', '2 Huy động 01 trung đội dân quân cơ động và 02 trung đội dân quân tại chỗ.', '?2', '2', 'theo kế hoạch.'],
    ['a mark before "./." OCR read as ",/,"', 'Các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này®,/,', '5 Tổ tự quản hoạt động cho đến khi có quyết định khác.', '®', '5', 'Quyết định này,/,'],
    ['"[1 ]" as the bracketed mark [1], a space OCR put before its closing bracket', 'Thực hiện Nghị quyết số 15-NQ/HU ngày 08/11/2024[1 ] của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế vườn.', '[1] Nghị quyết về phát triển kinh tế vườn gắn với xây dựng nông thôn mới.', '[1 ]', '[1]', 'ngày 08/11/2024 của Ban'],
  ])('reads %s', (_, line, note, refMark, noteMark, closedUp) => {
    const { notes, text } = page(line, note);
    expect(notes).toEqual([[refMark, noteMark, 6]]);
    expect(text).toContain(closedUp);
  });

  it('reads an opening quote at the end of a word before punctuation as a mark ("hỗ trợ“."), and not before a word', () => {
    const note = foot('4 Mức hỗ trợ theo Nghị quyết số 12/2024/NQ-HĐND của Hội đồng nhân dân tỉnh.');
    const text = [...body(5), 'Các hộ hoàn thành việc di dời chuồng trại trước ngày 31/12/2025; quá thời hạn này không được hỗ trợ“.', ...note].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['“', 6]]);
    const word = text.replace('hỗ trợ“.', 'hỗ trợ“ thêm.');
    expect(detectStructure(word).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
  });

  it('reads a bracket after a word that closes none, before punctuation, as what OCR kept of "⁽²⁾" ("21.468 con),")', () => {
    const note = foot('(2) Trong đó năm 2019 là 18.935 con, các năm 2020 - 2024 là 2.533 con.');
    const text = [...body(5), 'Tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy trong cả giai đoạn là 21.468 con), tổng trọng lượng 1.127 tấn.', ...note].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([[')', '(2)', 6]]);
    // A bracket opened before it, on its line or the line before, is closed there.
    const opened = text.replace('là 21.468 con)', '(gồm lợn thịt và lợn nái) là 21.468 con (cả lợn con)');
    expect(detectStructure(opened).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
  });

  it('reads a day and month whose month has a digit too many, before punctuation, as a date and a mark ("30/72,")', () => {
    const line = 'Hưởng ứng Ngày Thế giới phòng, chống mua bán người 30/72, Ủy ban nhân dân xã tổ chức hội nghị tuyên truyền.';
    const { notes, text } = page(line, '2 Ngày Thế giới phòng, chống mua bán người do Liên hợp quốc phát động năm 2013.');
    expect(notes).toEqual([['2', '2', 6]]);
    expect(text).toContain('mua bán người 30/7, Ủy ban');
    // Before a word it is a share ("đạt 17/19 xã").
    expect(page(line.replace('30/72, Ủy ban', '17/19 xã, Ủy ban'), '9 Ngày Thế giới phòng, chống mua bán người.').notes.filter(([mark]) => mark !== '')).toEqual([]);
  });

  it('takes a short paragraph between notes 2 and 4 of a page foot as note 3, its mark lost', () => {
    const lines = [
      ...body(3),
      'Thực hiện Luật Xây dựng! và chỉ đạo của Ủy ban nhân dân huyện, xã lập quy hoạch chung.',
      'Diện tích tự nhiên của xã là 1.386,4 ha?; dân số dự báo đến năm 2035 khoảng 14.200 người.',
      'Quy hoạch bố trí đất ở mới, cụm công nghiệp Thụy An°, vùng sản xuất nông nghiệp tập trung.',
      'Ủy ban nhân dân xã phát phiếu lấy ý kiến đến từng hộ gia đình*.',
      '', '1 Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung năm 2020.',
      '', '2 Theo số liệu thống kê đất đai năm 2023 của Ủy ban nhân dân xã.',
      '', 'Cụm công nghiệp có quy mô 45 ha, đã có trong quy hoạch tỉnh thời', 'kỳ 2021 - 2030.',
      '', '4 Mỗi thôn phát 50 phiếu, tổng cộng 450 phiếu.', '2',
      'Hội nghị lấy ý kiến cộng đồng dân cư tổ chức tại hội trường xã.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([
      ['!', '1', 4, [9, 9]], ['?', '2', 5, [11, 11]], ['°', '', 6, [13, 14]], ['*', '4', 7, [16, 16]],
    ]);
    // A paragraph between notes that number on is text: the page goes on between them.
    const onward = lines.map((l) => (l.startsWith('4 Mỗi') ? '3 Mỗi thôn phát 50 phiếu, tổng cộng 450 phiếu.' : l));
    expect(detectStructure(onward.join('\n')).footnotes.map((n) => n.noteMark)).not.toContain('');
  });

  it('takes the short paragraph just above the document\'s note 2, with no note before, as note 1 whose mark OCR lost', () => {
    const lines = [
      ...body(3), 'Phát triển kinh tế dưới tán rừng theo Nghị định số 156/2018/NĐ-CP của Chính phủ®; giữ ổn định tỷ lệ che phủ rừng.',
      'Hình thành các vùng dược liệu tập trung gắn với chuỗi giá trị?.', '',
      'Nghị định quy định chi tiết thi hành một số điều của Luật Lâm nghiệp,', 'đã được sửa đổi, bổ sung năm 2024.', '',
      '2 Gồm sa nhân tím 1.420 ha, ba kích 860 ha và các loại khác 360 ha.', '2', '2. Chỉ tiêu cụ thể đến năm 2030', '', 'Tiếp tục.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['®', '', 4, [7, 8]], ['?', '2', 5, [10, 10]]]);
    // The text a heading opens is no note.
    const headed = [...lines.slice(0, 5), 'II. MỤC TIÊU', '', ...lines.slice(6)];
    expect(detectStructure(headed.join('\n')).footnotes.map((n) => n.noteMark)).not.toContain('');
  });

  it('takes a line at a page foot that starts with one space, or a bracket and a space, as a note whose mark OCR dropped', () => {
    const lines = [
      ...body(4),
      'Năm 2024, các xã đã rà soát 14 nhà tránh lũ cộng đồng®; tuyến đường lên điểm sơ tán đồi Cồn Mùng chưa được cứng hóa™.',
      '', '® Trong đó 9 nhà tránh lũ chứa khoảng 2.900 người.', '', ' Tuyến đường đất từ đường huyện ĐH.07, mặt đường rộng 3,5 m.', '', '2', '\f', 'Tiếp tục.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.lines[0]])).toEqual([['®', '®', 7], ['™', '', 9]]);
    const bracket = lines.map((l) => (l.startsWith(' Tuyến') ? '( Tuyến đường đất từ đường huyện ĐH.07, mặt đường rộng 3,5 m.' : l));
    expect(detectStructure(bracket.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.lines[0]])).toEqual([['®', '®', 7], ['™', '(', 9]]);
    // Text at the margin is text.
    const margin = lines.map((l) => (l.startsWith(' Tuyến') ? 'Tuyến đường đất từ đường huyện ĐH.07, mặt đường rộng 3,5 m.' : l));
    expect(detectStructure(margin.join('\n')).footnotes.map((n) => n.lines[0])).not.toContain(9);
  });

  it('reads a note under the signature whose garbled mark comes before "$" (OCR\'s S: "(©) $6 tài khoản")', () => {
    const text = signed('Đề nghị các cơ quan, đơn vị chuyển tiền quỹ về tài khoản của Quỹ phòng, chống thiên tai huyện®.', '(©) $6 tài khoản do Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai huyện thông báo.');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '(©)', 5, 14]]);
  });

  it('reads a note number in brackets read as a letter ("‘S)" for ⁽⁵⁾), and no bare "s)"', () => {
    expect(readNoteMark('‘S) Dự toán chi tiết tại Phụ lục kèm theo Tờ trình này.', loadStructureData())).toMatchObject({ mark: '‘S)', value: 5 });
    expect(readNoteMark('(l) Theo Quyết định số 12/QĐ-UBND.', loadStructureData())).toMatchObject({ value: 1 });
    expect(readNoteMark('s) Dự toán chi tiết.', loadStructureData())?.value).toBeUndefined();
  });

  it('reads a note mark after a speck the scan left ("_ © Đất công ...") under the signature', () => {
    const text = signed('Giao Phòng Kinh tế và Hạ tầng khảo sát khu đất khoảng 2 ha tại thửa số 112 (thôn Suối Lim 3)®, đề xuất trong quý III.', '_ © Đất công do Ủy ban nhân dân xã quản lý, hiện đang cho hộ dân thuê trồng mì ngắn ngày.');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '_ ©', 5, 14]]);
    expect(readNoteMark('_ Phần thứ hai', loadStructureData())).toBeUndefined();
    // Or glued to a bracketed one.
    const square = text.replace('(thôn Suối Lim 3)®,', '(thôn Suối Lim 3)[5],').replace('_ © Đất công', '_[5] Đất công');
    expect(detectStructure(square).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['[5]', '_[5]', 5, 14]]);
  });

  it('reads a number in brackets set apart from the bracket that closes a phrase, before punctuation, as a mark ("đồng) (5).")', () => {
    const line = 'Tổng kinh phí đề nghị hỗ trợ là 119.500.000 đồng (Một trăm mười chín triệu năm trăm nghìn đồng) (5).';
    const note = '(5) Đề nghị bố trí từ nguồn dự phòng ngân sách huyện năm 2024.';
    const { notes, text } = page(line, note);
    expect(notes).toEqual([['(5)', '(5)', 6]]);
    expect(text).toContain('nghìn đồng).');
    // Before a word it numbers an item.
    expect(page(line.replace('(5).', '(5) gồm các khoản sau.'), note).notes.filter(([mark]) => mark !== '')).toEqual([]);
  });

  it('reads a note mark after several specks ("_ ._ ® Danh sách ...")', () => {
    expect(readNoteMark('_ ._ ® Danh sách tuyến đường theo Nghị quyết của Hội đồng nhân dân huyện.', loadStructureData())).toMatchObject({ mark: '_ ._ ®' });
    expect(readNoteMark('_  _@ Đề án thực hiện theo Thông tư số 53/2009/TT-BXD.', loadStructureData())).toMatchObject({ mark: '_  _@' });
    expect(readNoteMark('_ . Nội dung', loadStructureData())).toBeUndefined();
  });

  it('reads a number in brackets after a slash OCR made of a speck as a mark ("luống nấm/(4).")', () => {
    const text = [...body(5), 'Hướng dẫn xử lý rơm, đóng luống, cấy meo giống và cách tính hiệu quả của một luống nấm/(4). Học viên được cấp tài liệu.', ...foot('(4) Luống 10 m dùng khoảng 200 kg rơm.')].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['(4)', '(4)', 6]]);
  });

  it('starts a note at a number before a term that starts with a digit ("5 3PL (third party logistics): ...")', () => {
    expect(readNoteMark('5 3PL (third party logistics): doanh nghiệp cung cấp dịch vụ thuê ngoài.', loadStructureData())).toMatchObject({ mark: '5', value: 5 });
    expect(readNoteMark('5 3kg mỗi hộ', loadStructureData())).toBeUndefined();
  });

  it('takes a run of lines that start with one garble holding a closing bracket ("‘) Theo ...") for notes, where the next page follows at once', () => {
    const lines = [
      ...body(4), 'Hỗ trợ người nuôi áp dụng quy trình nuôi 2 - 3 giai đoạn, sử dụng chế phẩm sinh học®.', 'Chỉ sử dụng tôm giống có nguồn gốc rõ ràng, được kiểm dịch™.', '',
      '‘) Theo báo cáo quan trắc môi trường vùng nuôi của Trạm Khuyến nông huyện năm 2024.', '',
      '‘) Theo QCVN 02-19:2014/BNNPTNT về cơ sở nuôi tôm nước lợ.', '3. Liên kết sản xuất, tiêu thụ và tín dụng', '', 'Khuyến khích doanh nghiệp đầu tư vùng nuôi liên kết.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['®', '‘)', 5, 8], ['™', '‘)', 6, 10]]);
    // A list of one bullet sign is no run of notes.
    const dashes = lines.map((l) => l.replace(/^‘\)/, '-'));
    expect(detectStructure(dashes.join('\n')).footnotes).toEqual([]);
  });

  it('goes on with a note past a semicolon into a line in a capital, so the notes after it stay on its page', () => {
    const lines = [
      ...body(3), 'Mặt trận và các đoàn thể thực hiện tốt chức năng giám sát và phản biện xã hội®.', 'Toàn tỉnh có 412 mô hình dân vận khéo cấp tỉnh’, tập trung vào phát triển kinh tế.',
      'Một số nơi chưa kịp thời nắm bắt tâm tư của nhân dân, để xảy ra khiếu kiện kéo dài’.', '',
      '6 Quyết định số 217-QĐ/TW ban hành Quy chế giám sát và phản biện xã hội;', 'Quyết định số 218-QĐ/TW quy định về việc nhân dân tham gia góp ý xây dựng Đảng.', '',
      '7 Gồm 1.583 mô hình cấp huyện và 3.219 mô hình cấp xã.', '', '8 Điển hình là vụ khiếu kiện về bồi thường khi thu hồi đất.', '3', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([
      ['®', '6', 4, [8, 9]], ['’', '7', 5, [11, 11]], ['’', '8', 6, [13, 13]],
    ]);
  });

  it('reads a quote that closes a quotation a single quote opened, or one opened two lines up, as a quote', () => {
    const single = [...body(5), "c) Phong trào thi đua 'Dân vận khéo\"", `${FULL} phong trào.`, ...foot('1 Theo Quy chế công nhận mô hình dân vận khéo.')].join('\n');
    expect(detectStructure(single).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
    const wrapped = [...body(4), 'Nhiều mô hình được nhân rộng, như "Con đường hoa nông thôn mới", "Ngày thứ Bảy', 'tình nguyện", "Thanh niên chung tay bảo vệ môi trường, chấp hành pháp', 'luật".', ...foot('1 Theo Quy chế công nhận mô hình dân vận khéo.')].join('\n');
    expect(detectStructure(wrapped).footnotes.filter((n) => n.refMark !== '')).toEqual([]);
    // A quote that closes nothing is a mark.
    const mark = [...body(5), 'Nhiều mô hình được nhân rộng và tuyên dương, chấp hành pháp luật".', ...foot('1 Theo Quy chế công nhận mô hình dân vận khéo.')].join('\n');
    expect(detectStructure(mark).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['"', 6]]);
  });

  it('gives one garbled mark between two notes, the other mark lost, to the note that repeats rare words around it', () => {
    const lines = [
      ...body(3), 'Xã có 06 cây cầu dân sinh; cầu treo bản Huổi Sảy dài 86 m, trọng tải thiết kế 500 kg®, là lối đi duy nhất của 812 nhân khẩu.', ...body(3),
      ...foot('1 Cầu treo Huổi Sảy thuộc Chương trình xây dựng cầu dân sinh, bàn giao cho xã năm 2012.', '2 Theo biên bản kiểm tra hiện trạng ngày 12/9/2024.'),
    ];
    expect(detectStructure(lines.join('\n')).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['®', '1', 4]]);
    // With the words in the other note, it goes to that one.
    const other = lines.map((l) => (l.startsWith('1 Cầu') ? '1 Theo biên bản kiểm tra hiện trạng ngày 12/9/2024.' : l.startsWith('2 Theo') ? '2 Cầu treo Huổi Sảy thuộc Chương trình xây dựng cầu dân sinh.' : l));
    expect(detectStructure(other.join('\n')).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['®', '2', 4]]);
  });

  it('gives a garbled mark at the end of a clause that cites a document to the note that opens with its kind', () => {
    const lines = [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, được sửa đổi, bổ sung',
      'một số điều theo Luật số 47/2019/QH14 ngày 22 tháng 11 năm 2019;',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015, được sửa đổi, bổ sung',
      'một số điều theo Luật số 63/2020/QH14 ngày 18 tháng 6 năm 2020;',
      'Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;',
      'Căn cứ Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính phủ quy định chức năng,',
      'nhiệm vụ, quyền hạn của tổ chức pháp chế™;',
      'Căn cứ Thông tư số 10/2023/TT-BNV ngày 20 tháng 6 năm 2023 của Bộ trưởng Bộ Nội vụ hướng dẫn',
      'thi hành Nghị định số 55/2011/NĐ-CP®;',
      'Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 45/TTr-NV ngày 02 tháng 3 năm 2025);',
      '', 'QUYẾT ĐỊNH:', '',
      'Điều 1. Công nhận 12 xã, thị trấn đạt chuẩn về công tác pháp chế năm 2024 (có danh sách kèm theo).',
      '', '© Nghị định quy định tổ chức pháp chế ở các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.',
      '', '2) Thông tư hướng dẫn tiêu chí đánh giá và hồ sơ đề nghị công nhận.',
      '', '(3) Tờ trình kèm theo hồ sơ của 14 xã, thị trấn.',
      '', '(4) Năm 2023 có 9 đơn vị được công nhận.', '', '2', '\f', 'Điều 2. Quyết định này có hiệu lực từ ngày ký.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['™', '©', 7], ['®', '2)', 9], [')', '(3)', 10]]);
  });

  it('reads the next note\'s number with a dot glued to its garbled first letter ("2.$6 liệu" for "² Số liệu") at a page foot', () => {
    const lines = [
      ...body(3), 'Thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương! và Kế hoạch số 302/KH-UBND của tỉnh.',
      'Năm 2020, tỷ lệ suy dinh dưỡng thể thấp còi là 24,6% (2.421 trẻ)2, cao hơn bình quân chung của tỉnh.',
      '', '1 Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII.', '', '2.$6 liệu điều tra cuối năm 2020 của Trung tâm Y tế huyện.', '2', '\f', 'b) Chăm sóc bà mẹ mang thai',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['!', '1', 4], ['2', '2.', 5]]);
    // Where the page goes on after it, "2.Số liệu" numbers a heading.
    const heading = lines.map((l) => (l === '2' ? 'Số liệu được cập nhật hằng quý.' : l));
    expect(detectStructure(heading.join('\n')).footnotes.map((n) => n.noteMark)).not.toContain('2.');
  });

  // A mark read on the page's sixth line and the text closing up where it stood; on a line changed so
  // that it is none, no mark.
  it.each([
    ['the first of two closing brackets where one bracket is open as the mark ("chỉ tiêu)).")', 'Đến nay 37/37 cơ quan đã thay chai nước nhựa bằng bình thủy tinh (đạt 100% chỉ tiêu)). Các chợ đã ký cam kết.', '(5) Trong đó 11 cơ quan có máy lọc nước dùng chung.', ')', '(5)', '(đạt 100% chỉ tiêu). Các chợ',
      // Two brackets open, two close: no mark.
      'Đến nay 37/37 cơ quan đã thay chai nước nhựa bằng bình thủy tinh (đạt (100% chỉ tiêu)). Các chợ đã ký cam kết.', '(5) Trong đó 11 cơ quan có máy lọc nước.'],
    ['a number in brackets set apart from a word, before punctuation, as a mark ("thấy (5).")', 'Tỷ số giới tính khi sinh giảm nhưng vẫn cao hơn mức cân bằng tự nhiên, nhất là ở vùng thấy (5).', '(5) Theo khoản 2 Điều 7 Nghị định số 117/2020/NĐ-CP.', '(5)', '(5)', 'ở vùng thấy.',
      // Before a word it numbers an item.
      'Tỷ số giới tính khi sinh giảm nhưng vẫn cao hơn mức cân bằng tự nhiên, nhất là ở vùng thấy (5) các xã ven biển.', '(5) Theo Nghị định số 117/2020/NĐ-CP.'],
    ['the last digit of a three-digit number with a leading zero as a mark ("Mẫu số 027" for Mẫu số 02⁷)', 'Công chức làm báo cáo tự đánh giá theo Mẫu số 027 và kiểm điểm trước tập thể đơn vị.', '7 Các mẫu ban hành kèm theo Nghị định số 48/2023/NĐ-CP.', '7', '7', 'theo Mẫu số 02 và kiểm điểm',
      // A count or a number of two digits keeps them all.
      'Công chức làm báo cáo tự đánh giá theo Mẫu số 27 và kiểm điểm trước tập thể đơn vị.', '7 Các mẫu ban hành kèm theo Nghị định.'],
  ])('reads %s', (_, line, note, refMark, noteMark, closedUp, noMarkLine, noMarkNote) => {
    const { notes, text } = page(line, note);
    expect(notes).toEqual([[refMark, noteMark, 6]]);
    expect(text).toContain(closedUp);
    expect(marksRead(noMarkLine, noMarkNote)).toEqual([]);
  });

  it('reads numbered notes that each end a sentence as a page foot after a colon, when the list the colon opened goes on after them', () => {
    const lines = [
      ...body(3), 'Huyện có 17 xã, thị trấn với dân số khoảng 128.400 người!, phần lớn sống ở vùng cao.',
      'Trung tâm được giao phát hiện 90 bệnh nhân theo Kế hoạch số 37/KH-SYT ngày 05/02/20242.', 'Kết quả phát hiện 96 bệnh nhân lao các thể, cụ thể:', '',
      '1 Số liệu dân số trung bình năm 2023 do Chi cục Thống kê huyện cung cấp.', '', '2 Kế hoạch của Sở Y tế về phòng, chống lao năm 2024.',
      '- Lao phổi có bằng chứng vi khuẩn học: 58 bệnh nhân;', '', '- Lao ngoài phổi: 15 bệnh nhân.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['!', '1', 4], ['2', '2', 5]]);
    // Items of the list that end in semicolons are its own.
    const items = lines.map((l) => l.replace('cung cấp.', 'cung cấp;').replace('năm 2024.', 'năm 2024;'));
    expect(detectStructure(items.join('\n')).footnotes).toEqual([]);
  });

  it('reads a dash after a star mark as a bullet, not the star note, when another item of its bullet follows', () => {
    const lines = [
      ...body(3), 'Trong năm, 1.108 người được xét nghiệm đờm bằng kỹ thuật Xpert*. Kết quả phát hiện 96 bệnh nhân lao2.', '',
      '1 Máy Xpert đặt tại Khoa Xét nghiệm của Trung tâm.', '', '2 Đạt 106,7% kế hoạch năm.', '- Lao phổi có bằng chứng vi khuẩn học: 58 bệnh nhân;', '', '- Lao ngoài phổi: 15 bệnh nhân.', '',
      'Các bệnh nhân đều được điều trị tại huyện.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['*', '1', 4], ['2', '2', 4]]);
    expect(s.messages.map((m) => m.ruleId)).not.toContain('structure-footnote-unmatched');
  });

  it('reads the next note\'s number glued to the opening quote its note starts with ("2"3 cứng" gồm")', () => {
    const lines = [
      ...body(3), 'Thực hiện Kế hoạch số 64/KH-UBND ngày 08/01/2025¹ của Ủy ban nhân dân tỉnh về xóa nhà tạm, nhà dột nát.',
      'Nhà sau khi xây dựng, sửa chữa bảo đảm "3 cứng"², có diện tích sử dụng tối thiểu 30 m2.', 'Hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025³ đang có nhà tạm.', '',
      '1 Kế hoạch thực hiện phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát".', '', '2"3 cứng" gồm nền cứng, khung - tường cứng và mái cứng.', '',
      '3 Chuẩn nghèo đa chiều theo Nghị định số 07/2021/NĐ-CP.', '2', '\f', 'B. NỘI DUNG HƯỚNG DẪN',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['¹', '1', 4], ['²', '2', 5], ['³', '3', 6]]);
  });

  it('reads a digit after a name in capitals of seven letters as a mark ("VITIMES4;")', () => {
    const { notes } = page('Quản lý 100% người bệnh lao trên phần mềm VITIMES4; cập nhật dữ liệu hằng tháng.', '4 Phần mềm quản lý người bệnh lao do Chương trình Chống lao quốc gia triển khai.');
    expect(notes).toEqual([['4', '4', 6]]);
  });

  it('reads two small letters before the next note\'s number and a capital as a speck ("oe 7 Cách nói")', () => {
    const lines = [
      ...body(3), 'Việc xác định độ mật còn tùy tiện, "đóng dấu mật cho chắc"7, gây khó khăn cho việc khai thác thông tin.',
      'Người đứng đầu chịu trách nhiệm khi để xảy ra lộ, mất bí mật nhà nước8.', '', '6 Gồm 01 trường hợp chụp ảnh tài liệu mật.', '',
      'oe 7 Cách nói của một số cán bộ được ghi nhận qua các cuộc kiểm tra.', '', '8 Theo Quy định số 29-QĐ/TW.', '2', '\f', 'Tiếp tục.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine])).toEqual([['7', 'oe 7', 4], ['8', '8', 5]]);
  });

  it('reads a word OCR moved before the next note\'s number in brackets as a speck ("phút (2) Chỉ số ..." for the end of note 1 and ⁽²⁾ Chỉ số)', () => {
    const lines = [
      ...body(3), 'Theo bản tin dự báo của Đài Khí tượng thủy văn tỉnh(1), nắng nóng kéo dài.', 'Chỉ số tia UV ở mức “rất cao”(2). Trạm Y tế phường đã sơ cứu 04 trường hợp(3).', '',
      '(1) Bản tin dự báo nắng nóng diện rộng số 12 ngày 02/6/2025.', 'phút (2) Chỉ số tia UV từ 8 đến 10, có thể gây bỏng da khi tiếp xúc trên 25', '',
      '(3) Gồm 03 công nhân xây dựng và 01 người bán hàng rong.', '2', '\f', 'Tiếp tục.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark])).toEqual([['(1)', '(1)'], ['(2)', 'phút (2)'], ['(3)', '(3)']]);
  });

  it('reads a lone digit before the next note\'s number as a speck ("5 3 Số 14 đường ..." for ³ Số 14 đường)', () => {
    const lines = [
      ...body(3), 'Dự án cải tạo trụ sở được phê duyệt1.', 'Trong ba ngày này, Bộ phận Một cửa xã chỉ tiếp nhận các việc cần giải quyết ngay2.', '',
      'Ủy ban nhân dân xã làm việc tại nhà văn hóa thôn3 cho đến khi công trình hoàn thành4.', '',
      '1 Tổng mức đầu tư 4,85 tỷ đồng.', '', '2 Gồm đăng ký khai tử, xác nhận hồ sơ hưởng trợ cấp mai táng phí.', '',
      '5 3 Số 14 đường liên thôn Đồng Me - Bãi Sấy.', '', '4 Theo tiến độ thi công trong hồ sơ mời thầu.', '2', '\f', 'Tiếp tục.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark])).toEqual([['1', '1'], ['2', '2'], ['3', '5 3'], ['4', '4']]);
  });

  it('reads a question mark after ư or ơ ("lưu giữ?;") weakly: OCR makes one of the hook and tone, so a garbled mark elsewhere goes first', () => {
    const lines = [`${FULL} rà soát hồ sơ an toàn bức xạ; cơ sở không lưu giữ?;`, `${FULL} kết quả đo liều của nhân viên đã nghỉ việc° theo quy định.`, '', '1 Theo Thông tư số 19/2012/TT-BKHCN.', '', '2', '\f', 'Tiếp tục.'];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.refLine])).toEqual([['°', 2]]);
  });

  it('reads an exclamation mark after a word of two letters as a mark ("tại 06 xã! (có danh sách)"), a question mark there as a garbled letter', () => {
    const line = 'Hỗ trợ gạo cứu đói dịp giáp hạt năm 2024 tại 06 xã! (có danh sách kèm theo), mức hỗ trợ 15 kg mỗi khẩu.';
    const note = '1 Gồm các xã Na Hối, Bản Phố, Lùng Phình, Tả Củ Tỷ, Nàn Sán và Si Ma Cai.';
    expect(page(line, note).notes).toEqual([['!', '1', 6]]);
    expect(marksRead(line.replace('xã!', 'xt?'), note)).toEqual([]);
  });

  it('counts a first note whose mark OCR garbled as note 1, so that a paragraph between it and note 3 is note 2', () => {
    const lines = [
      ...body(3), 'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14™ ngày 09 tháng 12 năm 2020;',
      'Căn cứ Biên bản họp Ban Quản lý Quỹ “Đền ơn đáp nghĩa”® xã ngày 28 tháng 5 năm 2025;', 'Số tiền vận động trong năm 2025 là 186.500.000 đồng°, đạt 103,6% chỉ tiêu.', '',
      '( Pháp lệnh có hiệu lực từ ngày 01/7/2021, thay thế Pháp lệnh Ưu đãi người có công năm 2005.', '',
      'Ban Quản lý Quỹ xã được kiện toàn tại Quyết định số 12/QĐ-UBND ngày 15/01/2025.', '',
      '(3) Gồm 142.300.000 đồng từ cán bộ, công chức và 44.200.000 đồng từ doanh nghiệp.', '2', '\f', 'Điều 2. Phân bổ Quỹ',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([['™', '(', 4, 8], ['®', '', 5, 10], ['°', '(3)', 6, 12]]);
  });

  it('reads a number that does not go on from the note before, before a word in lower case, as the note\'s text ("17 cơ sở tập trung")', () => {
    const lines = [
      ...body(3), 'Trên địa bàn xã hiện có 23 cơ sở kinh doanh dịch vụ lưu trú’, lượng khách tăng mạnh vào mùa du lịch.',
      'Thực hiện đúng quy định của Luật Cư trú năm 20202, Công an xã hướng dẫn như sau:', '',
      '1 Gồm 04 nhà nghỉ, 11 homestay và 08 nhà trọ, với tổng số 126 phòng;', '17 cơ sở tập trung tại thôn Bãi Trúc.', '',
      '2 Luật Cư trú số 68/2020/QH14 có hiệu lực thi hành từ ngày 01/7/2021.', '2', '\f', 'I. ĐỐI TƯỢNG THỰC HIỆN',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['’', '1', 4, [7, 8]], ['2', '2', 5, [10, 10]]]);
  });

  it('reads "[3}" as the bracketed mark [3]', () => {
    expect(page('Đường bê tông thôn Đông Mới với tổng mức đầu tư 1.850.000.000 đồng[3}.', '[3] Công trình được phê duyệt tại Quyết định số 412/QĐ-UBND.').notes).toEqual([['[3}', '[3]', 6]]);
  });

  it('reads a note under the signature numbered two on from the last, when the note after it numbers on and OCR lost the note between', () => {
    const lines = [
      ...body(3), 'Học sinh được ngân sách hỗ trợ 30% mức đóng bảo hiểm y tế!, tổ chức tuyên truyền 02 buổi?.',
      'Kinh phí chăm sóc sức khỏe ban đầu được chuyển về là 26.685.968 đồng*; nhà trường đã mua thuốc.', 'Một số phụ huynh cho rằng con em đã có “bảo hiểm thân thể”> nên không tham gia./.', '',
      '1 Bằng 70% của 4,5% mức lương cơ sở.', '', '2 Hai buổi vào sáng thứ Bảy.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'HIỆU TRƯỞNG', 'Phạm Thị Thanh Huyền', '',
      // (Its first line shorter than a full one: the second, in lower case, goes on with it.)
      '4 Bằng 7% tổng số tiền đóng BHYT của 431 học sinh mua qua nhà', 'trường (381.228.120 đồng), theo Nghị định số 146/2018/NĐ-CP.', '',
      '5 Bảo hiểm tự nguyện của doanh nghiệp bảo hiểm thương mại.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([
      ['!', '1', 4, [8, 8]], ['?', '2', 4, [10, 10]], ['*', '4', 5, [18, 19]], ['>', '5', 6, [21, 21]],
    ]);
  });

  it('reads the document\'s first note under the signature when the next, behind a speck, numbers on ("1 Công văn", "‘ 2 Thời gian")', () => {
    const lines = [
      ...body(3), 'Thực hiện Công văn số 1462/UBND-KSTT ngày 25/4/2025 của Ủy ban nhân dân tỉnh! về việc chuyển dữ liệu,',
      'Từ 17 giờ 00 ngày 09/5/2025 đến 07 giờ 30 ngày 13/5/2025’, Bộ phận Một cửa tạm dừng tiếp nhận hồ sơ.', 'Hồ sơ giữ nguyên mã hồ sơ*; thời gian tạm dừng không tính vào thời hạn giải quyết./.', '',
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lương Văn Tiến', '',
      '1 Công văn giao Ủy ban nhân dân cấp huyện thông báo công khai lịch tạm dừng.', '', '‘ 2 Thời gian tạm dừng gồm 01 ngày làm việc và hai ngày nghỉ.', '',
      '3 Theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines[0]])).toEqual([
      ['!', '1', 4, 15], ['’', '‘ 2', 5, 17], ['*', '3', 6, 19],
    ]);
  });

  it('reads under the signature the notes on both sides of a paragraph whose number OCR lost, and that paragraph as a note (a notice as repaired)', () => {
    const lines = [
      'Để bảo dưỡng trạm biến áp 110 kV Nam Xuyến và thay thế 2,4 kim dây', 'dẫn trên đường dây 22 kỹ 16 473", Điện lực Nam Xuyến thông báo lịch tạm',
      'ngừng cung cấp điện như sau:', '', '1. Thời gian', '', 'Tả 05 giờ 30 phút đến 17 giờ OO phút ngày Chủ nhật, 25/5/2025.',
      'Trường hợp trái mua, công việc được lùi sang ngày Chủ nhật. 01/6/2025.', '', '2. Khu vực ngừng cung cấp điện', '- Thị trấn Nam Xuyên: các tổ dân phố 3, 4, 5, 7 và cụm công nghiệp Go Máy’;',
      '- Xã Xuân Phòng: toàn xã;', '- Xã Tiến Hội: các thôn Chi Ăn, Hội Xuân và Đông Lạc.', '', 'Tổng cộng 4.126 khách hàng sử dụng điện, trong đó có 37 khách hàng là',
      'cơ quan, doanh nghiệp™®).', '', '3. Đề nghị đối với khách hàng', '', 'Các khách hàng chủ động bố trí sản xuất, sinh hoạt: không tự ý đấu nối',
      'máy phát điện vào lưới điện®; khách hàng có thiết bị y tế cần duy trì liên tục', 'tại nhà liên hệ Điện lực để được hỗ trợ.',
      '', 'Mọi thông tin chi tiết xin liên hệ số điện thoại trực vận hành', '0235.3722.118, Điện lực Nam Xuyến xin lỗi khách hàng vì sự bắt tiền này./.',
      '', 'Nơi nhận:', '- UBND huyện Nam Xuyên (để b/c):', '- UBND thị trấn Nam Xuyến, các xã Xuân Phòng, Tiền Chi (để thông báo):',
      '- Đài Truyền thanh huyện:', '- LƯU: VT, KT. .', '', 'KT. GIÁM ĐỐC', '', 'PHÓ GIÁM ĐỐC', '', 'Trình Quốc Hưng', '', '“© Lỗ 473 sau trạm biến áp 110 kV Nam Xuyên cấp điện cho 28 trạm',
      'biến áp phân phối.', '', '® Thông báo trước ít nhất 05 ngày theo Thông tư số 22/2020/TT-BCT', 'ngày 09/9/2020 của Bộ Công Thương quy định điều kiện, trình tự ngttng,',
      'giám mute cung cấp điện.', '', '‘3) Gồm 11 doanh nghiệp đang hoạt động: Điện lực đã làm việc trực tiếp', 'với từng doanh nghiệp ngày 12/5/2025.',
      '', 'Thị trấn Nam Xuyến 1.684 khách hàng, xã Xuân Phòng 1.517 khách', 'hàng, xã Tiến Hội 925 khách hàng.', '', '‘| Máy phát điện dự phòng phải có thiết bị chuyển nguồn bảo đảm',
      'không phát ngược lên lưới, tranh nguy hiểm cho người đang thi công.', '', '_ 8 Số trực vận hành hoạt động 24/24 giờ; ngoài giờ hành chính cùng cơ',
      '', 'thể gọi Tổng đài chăm sóc khách hàng của ngành điện.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => n.lines[0])).toContain(46);
    expect(s.footnotes.filter((n) => n.lines[0] >= 52).map((n) => [n.noteMark, n.refLine])).toEqual([['‘|', 21], ['_ 8', 25]]);
  });

  it('reads a closing quote and a space that start a line as a note\'s garbled mark ("” Kinh phí")', () => {
    expect(readNoteMark('” Kinh phí thực hiện bố trí trong dự toán hằng năm của huyện.', loadStructureData())).toMatchObject({ mark: '”' });
    expect(readNoteMark('”Kinh phí', loadStructureData())).toBeUndefined();
  });

  it('reads a stop and a space before a note\'s garbled mark as a speck (". © Theo mẫu")', () => {
    expect(readNoteMark('. © Theo mẫu biểu số 01 kèm theo Kế hoạch số 35/KH-CAH.', loadStructureData())).toMatchObject({ mark: '. ©' });
    expect(readNoteMark('.5 triệu đồng', loadStructureData())).toBeUndefined();
  });

  it('ends a bracketed note before a numbered heading that follows its unfinished line, and runs a note on over a numbering alone on its line', () => {
    const bracketed = [
      ...body(3), 'Ban đã tiếp nhận 04 kiến nghị của nhân dân, đã giải quyết xong 03 kiến nghị[4].', '',
      '[4] Kiến nghị còn lại, về việc cấp giấy chứng nhận quyền sử dụng đất cho 01 hộ ở thôn Phòng Lai, đang được',
      'Văn phòng đăng ký đất đai huyện xem xét theo thẩm quyền và trả lời công dân theo đúng quy định của',
      '3. Kiến nghị sau giám sát', '', 'Qua giám sát, Ban đề nghị Ủy ban nhân dân xã chỉ đạo khắc phục.',
    ];
    const s = detectStructure(bracketed.join('\n'));
    expect(s.footnotes.map((n) => n.lines)).toEqual([[6, 7]]);
    expect(s.blocks.find((b) => b.type === 'heading')).toMatchObject({ lines: [8, 8] });
    const wrapped = [
      ...body(3), 'Hỗ trợ theo mức quy định tại Quyết định số 21/2023/QĐ-UBND¹ của Ủy ban nhân dân tỉnh, chi trả một lần².', '',
      '1 Quyết định quy định mức hỗ trợ khắc phục thiệt hại do dịch bệnh động vật trên địa bàn tỉnh.', '',
      '2 Quyết định số 21/2023/QĐ-UBND thay thế Quyết định số 09/2018/QĐ-UBND ngày 27/4/2018 của Ủy',
      'ban nhân dân tỉnh; mức hỗ trợ đối với gia cầm được quy định tại khoản 2 và khoản 3 của quyết định tại',
      'Điều 3.', '2', '\f', 'Điều 3. Tổ chức thực hiện',
    ];
    const w = detectStructure(wrapped.join('\n'));
    expect(w.footnotes.map((n) => n.lines)).toEqual([[6, 6], [8, 10]]);
    expect(w.blocks.filter((b) => b.type === 'heading').map((b) => b.lines[0])).toEqual([13]);
  });

  it('reads a run of notes that all start with one garbled sign no list uses ("®") as a page foot where no page break shows', () => {
    const lines = [
      ...body(3), 'Thực hiện Nghị quyết của Hội đồng nhân dân xã về kế hoạch đầu tư công năm 2025”, xã mở rộng,',
      'cứng hóa 04 tuyến đường ngõ, xóm với tổng chiều dài 2,6 km®. Để có mặt bằng thi công, các thôn vận động',
      'theo phương châm "Nhà nước và nhân dân cùng làm"®; công khai bản vẽ, chỉ giới mở rộng của từng tuyến.', '',
      '® Nghị quyết về kế hoạch đầu tư công năm 2025 của xã Yên Phú.', '', '® Tuyến thôn Yên Thượng 0,8 km, thôn Yên Hà 0,7 km.', '',
      '® Nhà nước hỗ trợ xi măng, cát, đá theo cơ chế của tỉnh.', '2. Lập danh sách, biên bản', '', 'Trưởng thôn phối hợp công chức Địa chính - Xây dựng đo đạc.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['”', 4, 8], ['®', 5, 10], ['®', 6, 12]]);
    // A list bulleted with one sign is no run of notes.
    const bullets = lines.map((l) => l.replace(/^® /, '+ '));
    expect(detectStructure(bullets.join('\n')).footnotes).toEqual([]);
  });

  it('reads a lone sign after a blank line ("& Theo") as the next note in a run whose marks OCR all read as signs', () => {
    const lines = [
      ...body(3), `${FULL} còn 6.412 xe mô tô©, xe gắn máy chưa làm thủ tục sang tên.`, `${FULL} của Công an tỉnh®, đề nghị như sau:`,
      '- Tiếp nhận hồ sơ đăng ký xe tại trụ sở theo phân cấp”, hướng dẫn người dân kê khai trực tuyến.',
      ...foot('© Gồm 6.105 xe mô tô và 307 xe gắn máy.', '® Kế hoạch cao điểm giải quyết xe đã qua nhiều chủ.', '& Theo Thông tư số 79/2024/TT-BCA ngày 15/11/2024 của Bộ Công an.'),
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refMark, n.noteMark, n.refLine, n.lines])).toEqual([['©', '©', 4, [8, 8]], ['®', '®', 5, [10, 10]], ['”', '&', 6, [12, 12]]]);
    // A dash or a stop there starts the page's text, not a note.
    const dash = lines.map((l) => l.replace(/^& /, '- '));
    expect(detectStructure(dash.join('\n')).footnotes.map((n) => n.noteMark)).toEqual(['©', '®']);
  });

  it('reads rows of a table under a header of several words a cell ("TT Tên gói thầu Giá gói thầu (đồng) ...") as a table, not as notes numbered 1 to 4', () => {
    const lines = [
      ...body(3), `${FULL} tổng mức đầu tư 4.650.000.000 đồng¹.`, 'Phần công việc thuộc kế hoạch lựa chọn nhà thầu gồm 03 gói thầu, cụ thể:', '',
      'TT Tên gói thầu Giá gói thầu (đồng) Hình thức lựa chọn Thời gian thực hiện', '', '1 Thi công xây dựng 3.640.000.000 Đấu thầu rộng rãi trong nước 150 ngày', '',
      '2 Mua sắm thiết bị y tế 318.000.000 Chào hàng cạnh tranh 45 ngày', '', '3 Tư vấn giám sát thi công 112.000.000 Chỉ định thầu rút gọn 150 ngày',
      `${FULL} kế hoạch đã được phê duyệt.`, ...foot('¹ Bằng chữ: Bốn tỷ, sáu trăm năm mươi triệu đồng.'),
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['¹', 4, 16]]);
    expect(s.zones.slice(6, 13)).toEqual(['table', 'blank', 'table', 'blank', 'table', 'blank', 'table']);
  });

  it('reads no run numbered again from 1 after the notes before it as notes: a list or a table\'s rows', () => {
    const lines = [
      ...body(3), `${FULL} bàn ghế học sinh hư hỏng².`, ...foot('1 Theo Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 của Chính phủ.', '2 Biên bản kiểm kê số 02/BB-KK ngày 14/02/2025.'),
      ...body(2), '', '1 Bàn ghế học sinh 2 chỗ bộ 96 2008 172.800.000', '', '2 Máy vi tính để bàn bộ 15 2012 193.500.000', '', 'Cộng 113 412.600.000',
    ];
    lines[2] = `${FULL} quy định chi tiết Luật Quản lý, sử dụng tài sản công¹;`;
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 3, 6], ['2', 4, 8]]);
  });

  it('reads an opening quote and a quote after a word ("Nhà nước“’,") as a mark, and no bracket alone (")") as naming its note', () => {
    const lines = [
      ...body(2), `${FULL} dự án Đường liên xã Yên Lạc - Thành Bình (đợt 2), Hội đồng thông báo như sau:`,
      `${FULL} gồm 64 hộ?, với tổng số tiền là 9.326.450.000 đồng.`, `+ Căn cước hoặc Căn cước công dân còn hiệu lực");`,
      `${FULL} số tiền được gửi vào tài khoản tạm giữ tại Kho bạc Nhà nước“’,`, `- Các hộ bàn giao mặt bằng cho đơn vị thi công trước ngày 30/4/2025),`,
      ...foot('“ Phương án được lập theo Luật Đất đai số 31/2024/QH15.', '° Trong đó 58 hộ có đất nông nghiệp bị thu hồi.', '‘) Chứng minh nhân dân đã hết giá trị sử dụng từ ngày 01/01/2025.', ') Kho bạc Nhà nước huyện Thạnh Yên.', '‘) Đơn vị thi công là Công ty TNHH Xây dựng Hưng Phát.'),
    ];
    expect(detectStructure(lines.join('\n')).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['?', 4, 11], ['")', 5, 13], ['“’', 6, 15], [')', 7, 17]]);
  });

  it('reads a bracketed number alone with its stop on a line ("(7)."), a blank line after the paragraph it ends, as its mark, and rejoins the paragraph', () => {
    const lines = [
      ...body(3), `${FULL} xử lý nghiêm hành vi mua bán, cho mượn mã số vùng trồng (tình trạng "mượn mã" khi xuất hàng)`, '', '(7).',
      ...foot('(7) Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật tỉnh năm 2024.'),
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refMark, n.refLine, n.lines[0]])).toEqual([['(7)', 6, 8]]);
    expect(s.blocks.find((b) => b.lines[1] === 6)?.text).toMatch(/khi xuất hàng\)\.$/);
  });

  it('reads a paragraph between garbled notes under the signature as a note, signs and digits before its capital ("‘77 Số liệu") its mark', () => {
    const lines = [
      ...body(1), `${FULL} phỏng vấn lại vào buổi tối và ngày nghỉ®.`, `${FULL} đã phỏng vấn 1.642 hộ, đạt 99,6%® số hộ trong danh sách.`, `${FULL} đang sử dụng biện pháp tránh thai là 76,3%`, '(7).',
      `${FULL} sớm cấp phần kinh phí còn lại của cuộc điều tra ("đợt 2")® để thanh toán thù lao.`, '', 'Nơi nhận:', '- Cục Thống kê tỉnh;', '- Lưu: VT.', '', 'CHI CỤC TRƯỞNG', '', 'Lương Thu Hằng', '',
      '© Điều tra viên phải quay lại phỏng vấn 41 hộ vào buổi tối và ngày', 'nghỉ; 06 hộ được phỏng vấn qua điện thoại.', '', '© Tỷ lệ hoàn thành của các xã, thị trấn từ 98,9% (xã Đông Tâm) đến', '100% (07 xã, thị trấn).', '', '‘77 Số liệu sơ bộ, chưa suy rộng; kết quả chính thức do Tổng cục Thống', 'kê công bố.', '',
      '® Đợt 1 đã cấp 126.400.000 đồng; kinh phí còn lại theo dự toán được', 'duyệt là 54.200.000 đồng.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark, n.lines[0]])).toEqual([[2, '©', 16], [3, '©', 19], [5, '‘77', 22], [6, '®', 25]]);
  });

  it('reads a small letter a scan left before a bracketed note number that goes on ("i [3] Danh sách") as a speck', () => {
    const lines = [
      ...body(3), `${FULL} diện tích rừng khoán là 12.486,5 ha[2], gồm rừng phòng hộ.`, `${FULL} 612 hộ gia đình và 04 nhóm hộ[3]; 100% hợp đồng đã được ký.`,
      ...foot('[2] Tăng 356,0 ha so với năm 2023.', 'i [3] Danh sách theo Quyết định số 46/QĐ-UBND ngày 28/02/2024.'),
    ];
    lines[1] = `${FULL} báo cáo của Chi cục Kiểm lâm[1], Hạt Kiểm lâm báo cáo như sau:`;
    const withFirst = [...lines.slice(0, 6), '[1] Công văn số 1268/CCKL-QLBVR ngày 25/11/2024.', '', ...lines.slice(6)];
    expect(detectStructure(withFirst.join('\n')).footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['[1]', 2], ['[2]', 4], ['i [3]', 5]]);
  });

  it('reads a speck before a number in brackets that goes on ("; (2) Theo Điều lệ") as the note\'s mark', () => {
    const lines = [
      ...body(3), `${FULL} 542 học sinh(1). Ban đại diện được bầu tại hội nghị ngày 21/9/2024(2); quỹ được thu, chi công khai.`, `${FULL} tự nguyện ủng hộ 27.100.000 đồng(3).`,
      ...foot('(1) Trong đó có 37 học sinh thuộc hộ nghèo, hộ cận nghèo.', '; (2) Theo Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT.', '(3) Có 418/542 gia đình học sinh tham gia ủng hộ.'),
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['(1)', 4], ['; (2)', 4], ['(3)', 5]]);
  });

  it('reads a note number whose closing bracket OCR read as a brace or a quote ("‘3} Báo cáo", "‘6’ Mẫu giấy"), and infers no page break between notes under the last signature', () => {
    expect(readNoteMark('‘3} Báo cáo kiểm toán số 112/2025/BCKT-ATC.', loadStructureData())).toMatchObject({ mark: '‘3}', value: 3 });
    expect(readNoteMark('‘6’ Mẫu giấy ủy quyền nhận tại Văn phòng.', loadStructureData())).toMatchObject({ mark: '‘6’', value: 6 });
    const lines = [
      ...body(2), `${FULL} dự Đại hội thành viên thường niên năm 2025™, cụ thể như sau:`, `- Báo cáo kết quả sản xuất, kinh doanh năm 2024: doanh thu đạt 4.862 triệu đồng™, lợi nhuận 318 triệu đồng;`,
      '- Báo cáo tài chính năm 2024 đã được kiểm toán® và phương án phân phối thu nhập;', '- Bầu bổ sung 01 thành viên Ban kiểm soát®;', `${FULL} bằng văn bản (theo mẫu)® cho một người trong hộ./.`,
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. HỘI ĐỒNG QUẢN TRỊ', 'CHỦ TỊCH', 'Nguyễn Văn Thường',
      '“) Theo Luật Hợp tác xã số 17/2023/QH15, đại hội thành viên thường niên phải họp trong thời hạn 06 tháng', 'kể từ ngày kết thúc năm tài chính.',
      '2) Gồm dịch vụ thủy lợi nội đồng 1.126 triệu đồng.', '‘3} Báo cáo kiểm toán số 112/2025/BCKT-ATC ngày 28/02/2025.', '‘) Ông Lê Văn Tư xin thôi vì lý do sức khỏe.',
      'ngày o/s thôi ngày 03/02/2025; Hội đồng quản trị đã xem xét tại phiên họp', '‘6’ Mẫu giấy ủy quyền nhận tại Văn phòng hợp tác xã.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '“)'], [4, '2)'], [5, '‘3}'], [6, '‘)'], [7, '‘6’']]);
  });

  it('reads a scrap of a word before the next note number and a capital ("Làm 2 Gồm 187 trẻ") as a speck, under the signature too', () => {
    const text = signed(`${FULL} phát triển giáo dục mầm non1; hỗ trợ 312 trẻ em2, mức 160.000 đồng/trẻ/tháng3.`, '1 Trẻ em học tại cơ sở giáo dục mầm non dân lập, tư thục ở địa bàn có khu công nghiệp.')
      + ['', 'Làm 2 Gồm 187 trẻ ở xã Tân Lập và 125 trẻ ở xã Quế Phong.', '', '3 Thời gian hưởng tính theo số tháng thực học.'].join('\n');
    expect(detectStructure(text).footnotes.map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['1', 5, 14], ['Làm 2', 5, 15], ['3', 5, 17]]);
  });

  it('reads the sentences glued under a paragraph above a page\'s first notes, where a later number shows the first is note 2, as note 1', () => {
    const lines = [
      `${FULL} làm ngập 14.620 hộ tại 23 xã, phường™; nguy cơ phát sinh dịch bệnh là rất lớn.`, `${FULL} người dân trực tiếp thực hiện tại hộ gia đình”.`, '',
      `${FULL} khử khuẩn bằng Cloramin B 25%); chỉ sử dụng nước giếng sau khi xử lý ít nhất 30 phút.`, 'Chỉ sử dụng nước máy khi đơn vị cấp nước thông báo chất lượng nước',
      'đạt QCVN 01-1:2018/BYT); nước đóng bình phải còn nguyên nhãn, tem và', 'hạn sử dụng.', 'Theo Báo cáo nhanh số 214/BC-SNNMT ngày 04/10/2025 của Sở',
      'Nông nghiệp và Môi trường; trong đó có 3.870 hộ bị ngập sâu trên 1 m.', ') Theo Luật Phòng, chống bệnh truyền nhiễm năm 2007.', '(3) Liều dùng 4 g Cloramin B cho 1 m³ nước giếng.',
      '“ Quy chuẩn kỹ thuật quốc gia về chất lượng nước sạch sinh hoạt.', '2', '\f', `${FULL} kế hoạch.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.lines[0]])).toEqual([[1, 8], [2, 10], [4, 11], [6, 12]]);
    // (So is the paragraph above a first note numbered 2 at a foot no page break shows; this once threw.)
    const numbered = [...lines.slice(0, 6), 'hạn sử dụng.', '', 'Theo Báo cáo nhanh số 214/BC-SNNMT ngày 04/10/2025.', '', '2 Theo Luật Phòng, chống bệnh truyền nhiễm năm 2007.', '3 Quy chuẩn kỹ thuật quốc gia về chất lượng nước.', 'kế hoạch của tỉnh.'];
    expect(detectStructure(numbered.join('\n')).footnotes.map((n) => [n.refLine, n.lines[0]])).toEqual([[1, 9], [2, 11], [4, 12]]);
  });

  it('reads every run of notes under the last signature as notes, however short, a garbled line between them', () => {
    const text = [
      ...body(2), `${FULL} quy định chức năng, nhiệm vụ của Phòng Y tế®;`, `${FULL} gồm 07 thành viên™, do đồng chí Trương Minh Đức làm Trưởng đoàn.`, `${FULL} xử phạt các hành vi vi phạm!.`,
      '', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'TRƯỞNG PHÒNG', 'Hoàng Thị Mai Anh', '',
      '® Phòng Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, tham', 'mưu quản lý nhà nước về y tế, trong đó có hành nghề y, dược tư nhân.', '',
      '2) Gồm 03 công chức Phòng Y tế, 02 viên chức Trung tâm Y tế huyện, 01 cán', 'bộ Công an huyện và 01 công chức Phòng Tài chính - Kế hoạch.',
      'thay ban eh phòng k chậm, 6 6 nhà thuốc, 27 quầy thuốc và 3 cơ sở dịch vụ tiêm,', '',
      '‘) Theo Nghị định số 117/2020/NĐ-CP ngày 28/9/2020 của Chính phủ quy', 'định xử phạt vi phạm hành chính trong lĩnh vực y tế, được sửa đổi, bổ sung bởi', 'Nghị định số 124/2021/NĐ-CP ngày 28/12/2021.', '',
      '(5)', '2871 /QĐ-UBND Hate Bb, Auge, day ban nhân dân huyện giao tại Quyết định số',
    ].join('\n');
    expect(detectStructure(text).footnotes.filter((n) => n.refMark !== '').map((n) => [n.refLine, n.noteMark])).toEqual([[3, '®'], [4, '2)'], [5, '‘)']]);
  });

  it('reads a line between two notes with garbled marks as a note whose mark OCR lost, not as the page\'s text', () => {
    const lines = [
      ...body(3), `${FULL} tại 08 điểm lưu động ở các xã vùng khó khăn.`, `${FULL} phối hợp với Đội Quản lý thị trường số 4.`,
      `${FULL} xử lý vi phạm theo Nghị định số 87/2024/NĐ-CP ngày 12/7/2024 của Chính phủ”.`, `${FULL} trước ngày 20/02/2025.`, '',
      '() Gồm các xã Thượng Lâm, Khuổi Mận, Dũng Tiến và Phú Cường.', '', '©) Thuộc Cục Quản lý thị trường tỉnh.', '', 'Quy định xử phạt vi phạm hành chính trong lĩnh vực quản lý giá.', '',
      '‘) Để báo cáo Sở Công Thương cùng kết quả thực hiện Kế hoạch số 215/KH-UBND.', '3', '\f', `${FULL} kế hoạch.`,
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.filter((n) => n.refMark === '”').map((n) => n.lines[0])).toEqual([13]);
    expect(s.blocks.some((b) => b.text.startsWith('Quy định xử phạt'))).toBe(false);
  });

  it('reads a garbled sign after a speck ("_ ©") as the sign, and gives a page\'s sign to the note at its foot rather than one under the signature', () => {
    const lines = [
      ...body(2), `${FULL} của Ban Tuyên giáo Tỉnh ủy”, Ban Tuyên giáo Huyện ủy hướng dẫn như sau:`,
      `${FULL} tại làng Đông Ngạc®. Năm 2024, thu nhập bình quân đầu người đạt 62,5 triệu đồng;`,
      `14/17 xã đạt chuẩn nông thôn mới (chiếm 82,4%)©, trong đó 03 xã đạt chuẩn nông thôn mới nâng cao.`,
      ...foot('_ ® Hướng dẫn về tuyên truyền các ngày lễ lớn trong quý I năm 2025.', '®) Làng thuộc xã Đông Hòa, nơi thành lập Chi bộ.', '_ © Ba xã chưa đạt chuẩn là xã Na Hàng, xã Phần Ngân và xã Khâu Linh.'),
      ...body(2), 'Các chi bộ báo cáo kết quả trước ngày 25/02/2025./.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Mai Thị Thanh Vân', '',
      '© Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.filter((n) => n.refMark === '©').map((n) => [n.noteMark, n.refLine, n.lines[0]])).toEqual([['_ ©', 5, 11]]);
  });

  it('reads a note number glued to "Số" that OCR read as a 6 ("26 liéu thống kê" for "² Số liệu thống kê") as the next note', () => {
    const lines = [
      ...body(2), `${FULL} triển khai Nghị quyết số 05-NQ/ĐU ngày 15/6/2021', phân công cán bộ khuyến nông theo dõi từng thôn.`,
      `${FULL} tổng đàn tăng 625 con (50,4%)?, đạt 93,3% chỉ tiêu nghị quyết đề ra cho năm 2025.`, '',
      '1 Kế hoạch của Ủy ban nhân dân xã thực hiện Nghị quyết 05, giao chỉ tiêu phát triển đàn cho 11 thôn.',
      '26 liéu thống kê của Ủy ban nhân dân xã tại thời điểm ngày 01/5/2024.', '2', '\f', `${FULL} báo cáo.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark, n.lines[0]])).toEqual([[3, '1', 6], [4, '2', 7]]);
  });

  it('reads the next note number glued to its first word with a plus sign OCR made of the space ("4+Y kiến" for "⁴ Ý kiến")', () => {
    const lines = [
      ...body(2), `${FULL} qua kiểm tra liên ngành ngày 26/7/20242, hệ thống xử lý nước thải chưa đạt quy chuẩn cho phép’,`,
      `${FULL} trang trại chưa thực hiện đầy đủ việc quan trắc môi trường định kỳ.`, `${FULL} người dân phản ánh mùi hôi kéo dài nhiều tháng nhưng chưa được giải quyết đến nơi đến chốn!,`, '',
      '1 Trang trại có quy mô 1.200 con lợn thịt, hoạt động từ năm 2019.', '2 Đoàn kiểm tra gồm Phòng Tài nguyên và Môi trường, Công an huyện và Ủy ban nhân dân thị trấn.',
      '3 Theo kết quả phân tích của Trung tâm Quan trắc tài nguyên và môi trường tỉnh.', '4+Y kiến của cử tri tổ dân phố Đồng Sen đã được tổng hợp tại Báo cáo số 58/BC-UBND.', '2', '\f', `${FULL} thông báo.`,
    ];
    const notes = detectStructure(lines.join('\n')).footnotes;
    expect(notes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '2'], [3, '3'], [5, '4+']]);
  });

  it('links a note to the mark of its number written as the note writes it ("(4)"), rather than to a figure that ends in that digit later on the page', () => {
    const lines = [
      ...body(2), `${FULL} có 58 doanh nghiệp tổ chức đối thoại định kỳ hằng năm, đạt 90,6%(4), tăng 7 doanh nghiệp.`,
      `${FULL} người sử dụng lao động tiếp thu, giải quyết ngay 214 ý kiến, kiến nghị của người lao động.`, '',
      '(4) Tỷ lệ tính trên 64 doanh nghiệp có công đoàn cơ sở.', '2', '\f', `${FULL} báo cáo.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '(4)']]);
  });

  it('reads a garbled sign after a scrap the scan left before it ("fe) ® Gồm thửa ...") as a note of the run, not a lettered heading', () => {
    const lines = [
      ...body(2), `${FULL} diện tích, vị trí: 6,8 ha®’, thuộc tờ bản đồ địa chính số 9.`, `${FULL} sản lượng dự kiến 680 tấn gỗ keo (bình quân 100 tấn/ha)™, trong đó gỗ lớn 190 tấn.`,
      `${FULL} giá khởi điểm 1.020.000 đồng/tấn, tổng giá trị khởi điểm là 693,6 triệu đồng®.`, '',
      '® Gồm thửa số 112 (2,9 ha), thửa số 115 (2,3 ha) và thửa số 118 (1,6 ha).', 'fe) ® Ước tính theo kết quả đo đếm 03 ô tiêu chuẩn, mỗi ô 500 m2.', '',
      '‘) Tham khảo giá mua gỗ keo tại các nhà máy băm dăm trong huyện tháng 3/2025.', '2', '\f', `${FULL} quyết định.`,
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '®'], [4, 'fe) ®'], [5, '‘)']]);
    expect(s.blocks.some((b) => b.type === 'heading' && b.text.includes('Ước tính'))).toBe(false);
  });

  it('reads note numbers under the signature where OCR put a comma after one ("2, Trong đó ..."), so the first note is found too', () => {
    const lines = [
      ...body(2), `${FULL} thực hiện Kế hoạch số 312/KH-UBND1 ngày 25/11/2024 của Ủy ban nhân dân huyện.`, `${FULL} nạo vét 14,6 km kênh mương2, đào đắp 9.350 m3 đất.`,
      `${FULL} khối lượng đào đắp đạt 106,9%3 chỉ tiêu huyện giao.`, '', 'Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hoàng Văn Bình', '',
      '1 Kế hoạch giao xã Yên Bối đào đắp 8.750 m3 đất, nạo vét 13 km kênh mương loại III.', '', '2, Trong đó kênh loại III là 11,2 km, mương nội đồng là 3,4 km.', '',
      '3 Khối lượng được nghiệm thu ngày 14/01/2025.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '1'], [4, '2,'], [5, '3']]);
  });

  it('takes no mark from a 6 after a short syllable\'s toned vowel inside a phrase ("bé6 trí" for bố trí)', () => {
    const lines = [
      ...body(2), `${FULL} trao giấy khen và tiền thưởng cho thí sinh đạt giải®.`, `${FULL} các trường bé6 trí giáo viên hướng dẫn, phòng máy để ôn luyện.`,
      `${FULL} từ nguồn kinh phí hoạt động năm 2025 của Huyện đoàn’ và vận động tài trợ.`, '', '5 Thí sinh có mặt lúc 7 giờ 00.', '', '6 Giải thưởng gồm giấy khen và tiền thưởng.', '',
      '7 Gồm kinh phí thuê phòng máy và in giấy chứng nhận.', '2', '\f', `${FULL} kế hoạch.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[3, '6'], [5, '7']]);
  });

  it('runs a page foot\'s last note on over a blank line where its line is full and unfinished ("... Yên Bối, Đông" + "" + "Bãi, Khê Lầy, ..."), not a note of its own', () => {
    const lines = [
      ...body(2), `${FULL} có 126 bộ bàn ghế hư hỏng!.`, `${FULL} theo kết quả đo chiều cao học sinh?.`, '',
      '1 Gồm 48 bộ của Trường Tiểu học Lầy Sơn và 40 bộ của Trường Tiểu học Hạ Mỹ.', '',
      '2 Gồm các trường tiểu học: Lầy Sơn, Hạ Mỹ, Thượng Mỹ, Yên Bối, Đồng Lầy, Hòa Bối, Quỳnh Lầy, Tân Sơn, Đông Hòa, Phú', '', 'Bãi và Thị trấn Vĩnh Lầy.', '2', '\f', `${FULL} tờ trình.`,
    ];
    const notes = detectStructure(lines.join('\n')).footnotes;
    expect(notes.map((n) => [n.refLine, n.noteMark, n.lines])).toEqual([[3, '1', [6, 6]], [4, '2', [8, 10]]]);
  });

  it('reads a note number between two that count on by two as the one they skip ("8" for ³ between 2 and 4), and links it to the mark of that number', () => {
    const lines = [
      ...body(2), `${FULL} bảo đảm mỗi bữa ăn có đủ thịt các loại3, góp phần cải thiện bữa ăn và đời sống bộ đội.`,
      `${FULL} tăng gia sản xuất đạt 112%! kế hoạch.`, `${FULL} nuôi 46 con lợn thịt và 1.200 con gà?.`, `${FULL} nâng cấp 02 bếp ăn tập thể*.`, '',
      '1 Gồm 12 ha rau xanh và 3,5 ha ao cá.', '', '2 Tính đến ngày 30/9/2025.', '', '_ 8 Tính trên định lượng thịt, cá theo tiêu chuẩn ăn của hạ sĩ quan, binh sĩ.', '',
      '4 Bếp ăn của Đại đội 1 và Đại đội 3.', '2', '\f', `${FULL} nghị quyết.`,
    ];
    const notes = detectStructure(lines.join('\n')).footnotes;
    expect(notes.find((n) => n.noteMark === '_ 8')?.refLine).toBe(3);
  });

  it('reads a star that starts a line under the signature ("* Các hộ ...") as a note where a star stands glued to a word of the text', () => {
    const lines = [
      ...body(2), `${FULL} phân loại chất thải rắn sinh hoạt tại nguồn?, Ủy ban nhân dân phường thông báo:`,
      `${FULL} thiết bị điện, điện tử nhỏ đã hỏng (điện thoại, bộ sạc, máy sấy tóc)*. Không nhận rác.`, `${FULL} tại sân Nhà văn hóa các khu phố vào các ngày Chủ nhật 19/10 và 16/11/2025%, tại`,
      'sân Nhà văn hóa khu phố 1.', '', 'Nơi nhận:', '- Các khu phố;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đặng Thị Ngọc Hà',
      '* Các hộ gia đình phân loại chất thải rắn sinh hoạt thành ba nhóm theo quy định.', '',
      '2 Trong 3 đợt thu gom thí điểm năm 2024, phường đã thu được 1.265 kg.', '', '3 Nếu trời mưa, lùi sang Chủ nhật kế tiếp.',
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark, n.lines[0]])).toEqual([[3, '*', 14], [4, '2', 16], [5, '3', 18]]);
  });

  it('reads a note under the signature whose number goes on from the count of the notes before, where OCR misread one of them ("8" for ³)', () => {
    const lines = [
      ...body(2), `${FULL} đạt 1.500 suất quà cho thanh niên và thiếu nhi vùng cao!; riêng các trường`, `${FULL} gồm 900 suất cho học sinh và 600 suất cho hộ gia đình?.`,
      `${FULL} tại 04 xã Tả Lùng, Nậm Khoa, Phìn Sán và Sín Chải.`, '', '1 Chỉ tiêu này áp dụng cho 21 cơ sở Đoàn.', '2 Gồm 900 suất cho học sinh, 600 suất cho hộ gia đình.',
      '8 Theo báo cáo của Phòng Dân tộc huyện, 04 xã này có nhiệt độ thấp nhất dưới 5°C.', '2', '',
      `${FULL} sửa chữa 10 phòng học tạm, 06 nhà ở của hộ nghèo*; lắp bóng đèn.`, `${FULL} từ kinh phí hoạt động năm 20245. Các khoản tiếp nhận được ghi sổ.`,
      `${FULL} báo cáo kết quả trước ngày 15/01/2025°/.`, 'Nơi nhận:', '- Ban Thường vụ Tỉnh đoàn;', '- Lưu VP.', 'TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN', 'BÍ THƯ', 'Hoàng Minh Tuấn',
      '4 Danh sách phòng học, nhà ở cần sửa chữa do Đoàn xã rà soát, gửi về Huyện đoàn.', '', '5 Theo dự toán năm 2024 được Thường trực Huyện ủy phê duyệt.', '',
      '6 Báo cáo gửi bằng văn bản và qua hộp thư điện tử của Văn phòng Huyện đoàn.',
    ];
    const notes = detectStructure(lines.join('\n')).footnotes;
    expect(notes.filter((n) => n.lines[0] > 20).map((n) => [n.refLine, n.noteMark, n.lines[0]])).toEqual([[12, '4', 21], [13, '5', 23], [14, '6', 25]]);
  });

  it('reads an exclamation mark after a price per metre ("đồng/m! nạo vét") as the unit\'s exponent, not a mark', () => {
    const lines = [
      ...body(2), `${FULL} trong đó ngân sách huyện 6,5 tỷ đồng, vốn lồng ghép 2,8 tỷ đồng và Nhân dân`, 'đóng góp 1,8 tỷ đồng. Ngân sách huyện hỗ trợ 70% giá trị xây lắp mương, cống; hỗ trợ',
      '100.000 đồng/m! nạo vét đối với ao thuộc đất công’.', '', '1 Tỷ lệ tính trên tổng số 143 ao tù, hồ nước đọng đã rà soát.', '',
      '2 Đơn giá hỗ trợ áp dụng cho khối lượng được nghiệm thu.', '2', '\f', `${FULL} kế hoạch.`,
    ];
    expect(detectStructure(lines.join('\n')).footnotes.map((n) => [n.refLine, n.noteMark])).toEqual([[5, '2']]);
  });

  it('reads paragraphs between a run of notes and the page foot\'s notes as notes whose marks OCR lost, not as the page\'s text', () => {
    const lines = [
      ...body(2), `${FULL} chiếm 27,4% tổng số việc chứng thực bản sao®; thu lệ phí 36,85 triệu đồng.`, `${FULL} thị trấn Lạc Điền, xã Đông Hưng và xã Phú Thọ có số lượng lớn nhất®. Còn 3 xã`,
      `có tỷ lệ chứng thực điện tử dưới 10%” do người dân chủ yếu là người cao tuổi.`, '', `${FULL} trừ trường hợp pháp luật có quy định khác®.`, '',
      '® Tổng số việc chứng thực bản sao trong kỳ là 67.250 bản; tỷ lệ bản sao điện tử', 'tăng dần qua các quý.', '',
      'Thị trấn Lạc Điền 4.215 bản, xã Đông Hưng 2.106 bản, xã Phú Thọ 1.874 bản; đây', 'là các địa bàn có nhiều người lao động làm việc tại khu công nghiệp.', '',
      'Gồm xã Khe Nước (6,2%), xã Đồng Răng (7,5%) và xã Tân Lập (9,1%); cả ba xã đều', 'thuộc vùng núi.', '',
      '‘s) Bản sao điện tử được cấp từ sổ gốc có giá trị sử dụng thay cho bản chính theo', 'quy định tại Nghị định số 45/2020/NĐ-CP.', '3', '\f', '3. Đánh giá chung',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => n.lines[0])).toEqual([9, 12, 15, 18]);
    expect(s.blocks.some((b) => b.text.startsWith('Thị trấn Lạc Điền'))).toBe(false);
  });

  it('reads the paragraph right under the signature, before the note after the next, as the note whose mark OCR lost, and keeps the page break above', () => {
    const lines = [
      ...body(2), `${FULL} theo quy định của Ủy ban nhân dân tỉnh”.`, `${FULL} gắn biển địa chỉ số trên địa bàn xã®.`, '', '1 Theo Kế hoạch số 52/KH-UBND của Ủy ban nhân dân huyện.', '',
      '2 Gồm 1.240 hộ gia đình, 86 cơ sở kinh doanh và 14 cơ quan, đơn vị.', '2', '\f', `${FULL} sử dụng bản đồ số để theo dõi hộ có người cao tuổi, trẻ em`,
      'dưới 1 tuổi cần tiêm chủng”.', `${FULL} phải màu sau các đợt mưa lớn tháng 5.`, `${FULL} Kế hoạch gắn biển địa chỉ số của Ủy ban nhân dân xã Bình Khê Đông”./.`,
      'Nơi nhận:', '- UBND huyện (để báo cáo);', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hồ Thị Thanh Xuân',
      ' Thông tin về tình trạng sức khỏe của người dân không được đưa lên bản đồ số công', 'khai, chỉ Trạm Y tế xã được xem trên tài khoản quản lý của đơn vị.',
      '4) Đơn vị in biển đã cam kết thay thế miễn phí các biển bị lỗi trong thời hạn bảo hành.',
      ') Báo cáo đã được thông qua tại phiên họp thường kỳ tháng 6/2025 của Ủy ban nhân dân xã.',
    ];
    const s = detectStructure(lines.join('\n'));
    expect(s.footnotes.map((n) => [n.refLine, n.lines[0]])).toEqual([[3, 6], [4, 8], [12, 22], [14, 25]]);
  });
});

describe('OCR damage', () => {
  it('reads a garbled document type and recipients label ("QUYET BINH", "Noi nhén:")', () => {
    const s = detectStructure('UY BAN NHAN DAN\nS6: 12/QD-UBND\n\nQUYET BINH\nVé viéc ban hanh quy ché\n\nDiéu 1. Ban hanh kém theo.\n\nNoi nhén:\n- Nhu Diéu 3;\nCHU TICH\nLe Van A');
    expect(s.header).toMatchObject({ issuer: 'UY BAN NHAN DAN', number: '12/QD-UBND' });
    expect(s.blocks.map((b) => b.type)).toEqual(['title', 'heading', 'paragraph', 'recipients', 'signature']);
  });
});

describe('header block in mixed case', () => {
  it('reads an issuer OCR set in mixed case above the header ("Tỉnh Ủy Phụ LĨNH"), so the title and headings keep their levels', () => {
    const s = detectStructure(['Tỉnh Ủy Phụ LĨNH', 'BAN TUYÊN GIÁO', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Số 186-BC/BTGTU', '', 'Phủ Linh, ngày 12 tháng 12 năm 2024', '', 'BÁO CÁO', '', 'Kết quả công tác nắm bắt dư luận xã hội năm 2024', '', 'I. TÌNH HÌNH DƯ LUẬN XÃ HỘI', '', '1. Dư luận về đời sống', '', `${FULL} đời sống nhân dân.`].join('\n'));
    expect(s.header?.lines).toEqual([1, 7]);
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0], b.type === 'heading' ? b.depth : 1])).toEqual([['title', 9, 1], ['heading', 13, 2], ['heading', 15, 3]]);
  });
});

describe('header block whose issuer reads like a document type', () => {
  it('reads an issuer one edit off a document type ("HỘI ĐỒNG ..." for HỢP ĐỒNG) above the motto as the header, in one line or two', () => {
    const headings = (issuer: string[]) => {
      const s = detectStructure([...issuer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 09/TB-HĐBT', '', 'Thành Yên, ngày 31 tháng 3 năm 2025', '', 'THÔNG BÁO', '', 'Lịch chi trả tiền bồi thường, hỗ trợ đợt 2', '', '1. Đối tượng nhận tiền', '', `${FULL} các hộ gia đình.`].join('\n'));
      return { header: s.header?.lines, headings: s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.text]) };
    };
    const expected = (lines: number) => ({ header: [1, lines + 6], headings: [['title', 'THÔNG BÁO'], ['heading', '1. Đối tượng nhận tiền']] });
    expect(headings(['ỦY BAN NHÂN DÂN HUYỆN THÀNH YÊN', 'HỘI ĐỒNG BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ'])).toEqual(expected(2));
    expect(headings(['HỘI ĐÔNG Y TỈNH BẮC LƯƠNG', 'HỘI ĐÔNG Y HUYỆN PHÚ ĐIỀN'])).toEqual(expected(2));
  });
});

describe('header speck', () => {
  it('reads a lone digit OCR made of the Party\'s star between header lines ("7") as part of the header, so the title keeps level 1', () => {
    const s = detectStructure(['TỈNH ỦY BÌNH LÂM', '', '7', '', 'Số 415-BC/TU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Bình Lâm, ngày 18 tháng 3 năm 2025', '', 'BÁO CÁO', '', 'tổng kết 10 năm thực hiện Chỉ thị số 09-CT/TU', '', `${FULL} báo cáo như sau:`, '', 'I. CÔNG TÁC LÃNH ĐẠO', '', `${FULL} chỉ đạo.`].join('\n'));
    expect(s.header?.lines).toEqual([1, 9]);
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0]])).toEqual([['title', 11], ['heading', 17]]);
  });

  it('reads the star read as a digit and a sign ("2%") between the issuer and the motto as part of the header', () => {
    const s = detectStructure(['ĐẢNG BỘ TỈNH PHÚ VĂN', 'HUYỆN ỦY HÒA MỸ', 'BAN DÂN VẬN', '', '2%', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Số 27-BC/BDVHU', '', 'Hòa Mỹ, ngày 22 tháng 11 năm 2024', '', 'BÁO CÁO', '', 'kết quả công tác dân vận năm 2024', '', `${FULL} báo cáo như sau:`, '', 'I. TÌNH HÌNH CHUNG', '', `${FULL} dự án.`].join('\n'));
    expect(s.header?.lines).toEqual([1, 11]);
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0]])).toEqual([['title', 13], ['heading', 19]]);
  });

  it('reads a row of scraps inside the issuer ("2 2. A A") and a lone letter between the date and the title ("A") as the header\'s specks', () => {
    const s = detectStructure(['ĐẢNG BỘ TỈNH PHÚ VĂN', '2 2. A A', 'ĐẢNG ỦY KHỐI DOANH NGHIỆP', '', '*', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Số 09-NQ/ĐUK', '', 'Văn Thanh, ngày 14 tháng 6 năm 2024', '', 'A', '', 'NGHỊ QUYẾT', '', 'về nâng cao năng lực lãnh đạo của tổ chức đảng', '', 'I. TÌNH HÌNH', '', `${FULL} doanh nghiệp.`].join('\n'));
    expect(s.header?.issuer).not.toContain('2 2. A A');
    expect(s.header?.issuer).toContain('ĐẢNG ỦY KHỐI DOANH NGHIỆP');
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0]])).toEqual([['title', 15], ['heading', 19]]);
  });
});

describe('title OCR garbled right under the header', () => {
  it('reads a document type two edits off, with scraps and a colon after it ("BẢO GAG tế :"), as the title under the header\'s date only', () => {
    const doc = (title: string, dated: boolean) => detectStructure(['CHI CỤC KIỂM LÂM TỈNH ĐỒNG NGÂN', 'HẠT KIỂM LÂM HUYỆN NAM KHÊ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 118/BC-HKL', '', ...(dated ? ['Nam Khê, ngày 12 tháng 12 năm 2024', ''] : []), title, '', 'Kết quả thực hiện khoán bảo vệ rừng năm 2024', '', `${FULL} khoán bảo vệ rừng năm 2024 như sau:`, '', '1. Diện tích rừng khoán bảo vệ', '', `${FULL} diện tích rừng.`].join('\n'));
    const s = doc('BẢO GAG tế :', true);
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0], b.type === 'heading' ? b.depth : 1])).toEqual([['title', 10, 1], ['heading', 16, 2]]);
    // (Not without the date above it: the line could be anything of the header.)
    expect(doc('BẢO GAG tế :', false).blocks.some((b) => b.type === 'title')).toBe(false);
  });

  it('reads a type whose second word OCR read in small letters ("BAO ko ." for BÁO CÁO) as the title there, not a body line in small letters', () => {
    const doc = (title: string) => detectStructure(['ĐẢNG BỘ HUYỆN TÂN PHÚ', 'ĐẢNG ỦY XÃ PHÚ MỸ', '', 'Số 74-BC/ĐU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Phú Mỹ, ngày 20 tháng 5 năm 2025', title, '', 'Kết quả thu hoạch lúa vụ Đông Xuân', '', `${FULL} như sau:`, '', 'I. ĐẶC ĐIỂM TÌNH HÌNH', '', `${FULL} lúa.`].join('\n'));
    const levels = (title: string) => doc(title).blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0], b.type === 'heading' ? b.depth : 1]);
    expect(levels('BAO ko .')).toEqual([['title', 9, 1], ['heading', 15, 2]]);
    expect(levels('Báo cáo kết quả')).toEqual([['heading', 15, 1]]);
  });

  it('reads a word in capitals garbled past reading ("NGHIQ" for NGHỊ QUYẾT) as the title when its subject in small letters follows', () => {
    const doc = (title: string, subject: string) => detectStructure(['ĐẢNG BỘ HUYỆN CẦU MAY', 'ĐẢNG ỦY XÃ VĨNH BÌNH', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Số: 07-NQ/ĐU', '', 'Vĩnh Bình, ngày 18 tháng 4 năm 2025', '', title, '', subject, '', `${FULL} như sau:`, '', 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN', '', `${FULL} lúa.`].join('\n'));
    const levels = (s: DocumentStructure) => s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0], b.type === 'heading' ? b.depth : 1]);
    const s = doc('NGHIQ', 'về phát triển mô hình nuôi tôm càng xanh trên ruộng lúa');
    expect(levels(s)).toEqual([['title', 10, 1], ['heading', 16, 2]]);
    expect(s.header?.issuer).toBe('ĐẢNG BỘ HUYỆN CẦU MAY ĐẢNG ỦY XÃ VĨNH BÌNH');
    // (Above a line in capitals it may be anything of the header.)
    expect(levels(doc('NGHIQ', 'VỀ PHÁT TRIỂN MÔ HÌNH')).some(([type]) => type === 'title')).toBe(false);
  });

  it('reads a row of specks between the header\'s date and the title ("A x", the rule under the header) as the header\'s, so the title keeps level 1', () => {
    const s = detectStructure(['HUYỆN ỦY HÒA MINH', 'BAN TUYÊN GIÁO', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 47-HD/BTGHU', 'Hòa Minh, ngày 10 tháng 3 năm 2025', 'A x', '', 'HƯỚNG DẪN', '', 'tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam', '', `${FULL} như sau:`, '', 'I. MỤC ĐÍCH, YÊU CẦU', '', `${FULL} lịch sử.`].join('\n'));
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.lines[0], b.type === 'heading' ? b.depth : 1])).toEqual([['title', 9, 1], ['heading', 15, 2]]);
    expect(s.removed.map((r) => [r.line, r.reason])).toContainEqual([7, 'decoration']);
  });
});

describe('closing block', () => {
  it('splits recipients from a signature flattened beside them', () => {
    const s = detectStructure('Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ; KT. CHỦ TỊCH\n- Lưu: VT. PHÓ CHỦ TỊCH\nTrần Văn Bình');
    expect(s.blocks).toMatchObject([
      { type: 'recipients', text: 'Nơi nhận:', items: ['Sở Nội vụ;', 'Lưu: VT.'] },
      { type: 'signature', signatureLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Bình'], signer: 'Trần Văn Bình' },
    ]);
  });
});

describe('closing block without bullets', () => {
  it('reads recipients without bullets, then the signature', () => {
    const s = detectStructure('Nơi nhận:\nNhư trên;\nLưu: VT, TH.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nLê Thị Hoa');
    expect(s.blocks).toMatchObject([
      { type: 'recipients', items: ['Như trên;', 'Lưu: VT, TH.'] },
      { type: 'signature', signatureLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)', 'Lê Thị Hoa'], signer: 'Lê Thị Hoa' },
    ]);
  });
});

describe('tables', () => {
  it('rebuilds a checklist flattened one cell per line', () => {
    const s = detectStructure('Danh mục kèm theo:\n\nSTT\nNội dung\nThời hạn\n1\nRà soát hồ sơ\nQuý I\n2\nBáo cáo kết quả\nQuý II');
    expect(s.blocks[1]).toMatchObject({ type: 'table', recovered: true, rows: [['STT', 'Nội dung', 'Thời hạn'], ['1', 'Rà soát hồ sơ', 'Quý I'], ['2', 'Báo cáo kết quả', 'Quý II']] });
  });

  it('keeps a table whose columns cannot be recovered as a list and flags it', () => {
    const s = detectStructure('Danh mục kèm theo:\n\nSTT\nNội dung\nThời hạn\n1\nRà soát hồ sơ\n2\nBáo cáo kết quả\nQuý II');
    expect(s.blocks[1]).toMatchObject({ type: 'table', recovered: false });
    expect(s.messages.map((m) => m.ruleId)).toEqual(['structure-table-unrecovered']);
  });
});
