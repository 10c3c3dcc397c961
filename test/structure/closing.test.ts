import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../src/structure/detect-structure.js';
import type { RecipientsBlock, SignatureBlock } from '../../src/structure/types.js';

const closing = (lines: string[]): { recipients?: RecipientsBlock; signature?: SignatureBlock } => {
  const blocks = detectStructure(['Đề nghị các đơn vị thực hiện nghiêm túc nội dung thông báo này./.', '', ...lines].join('\n')).blocks;
  return {
    recipients: blocks.find((b): b is RecipientsBlock => b.type === 'recipients'),
    signature: blocks.find((b): b is SignatureBlock => b.type === 'signature'),
  };
};

describe('closing block flattened side by side', () => {
  it("splits a Party document's comma-ended recipients from the title and note beside them", () => {
    const { recipients, signature } = closing([
      'Nơi nhận: T/M BAN THƯỜNG VỤ',
      '- Ban Tổ chức Tỉnh ủy (để b/c), PHÓ BÍ THƯ',
      '- Các chi, đảng bộ trực thuộc, (Đã ký)',
      '- Lưu Văn phòng Huyện ủy. Đỗ Thị Bích Hạnh',
    ]);
    expect(recipients?.items).toEqual(['Ban Tổ chức Tỉnh ủy (để b/c),', 'Các chi, đảng bộ trực thuộc,', 'Lưu Văn phòng Huyện ủy.']);
    expect(signature?.signatureLines).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '(Đã ký)', 'Đỗ Thị Bích Hạnh']);
    expect(signature?.signer).toBe('Đỗ Thị Bích Hạnh');
  });

  it('keeps a recipient that ends in a comma and words in capitals that are no title', () => {
    const { recipients } = closing(['Nơi nhận:', '- Thường trực HĐND, UBND HUYỆN;', '- Lưu: VT.']);
    expect(recipients?.items).toEqual(['Thường trực HĐND, UBND HUYỆN;', 'Lưu: VT.']);
  });

  it('splits at the gap OCR kept between the columns, whatever the capitals of the title', () => {
    const { recipients, signature } = closing([
      'Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN',
      '- Ủy ban nhân dân huyện;                    KT. Chủ TỊCH',
      '- Lưu: VT.                                  Phó Chủ TỊCH',
      'Trần Thị Mỹ Linh',
    ]);
    expect(recipients?.items).toEqual(['Ủy ban nhân dân huyện;', 'Lưu: VT.']);
    expect(signature?.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. Chủ TỊCH', 'Phó Chủ TỊCH', 'Trần Thị Mỹ Linh']);
  });

  it('finds a title in other capitals after a prefix on a single-spaced line', () => {
    const { recipients, signature } = closing(['Nơi nhận: TM. ỦY BAN NHÂN DÂN', '- Như trên; KT. Chủ TỊCH', '- Lưu: VT.']);
    expect(recipients?.items).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(signature?.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. Chủ TỊCH']);
  });
});

describe('what follows the signer\'s name', () => {
  const signed = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Trịnh Thị Hương'];

  it('reads the title of the document the signed one issues after the notes under the signature, with no header of its own', () => {
    const text = [
      'QUYẾT ĐỊNH', 'Ban hành Quy chế quản lý Quỹ', '', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Quỹ.', '',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký(1).', '', ...signed, '(1) Thay thế Quyết định số 1420/QĐ-UBND ngày 05 tháng 9 năm 2022 ban hành Quy chế tạm thời xét chọn,', 'hỗ trợ dự án khởi nghiệp từ nguồn sự nghiệp khoa học và công nghệ.',
      'QUY CHẾ', 'Quản lý, sử dụng Quỹ Hỗ trợ khởi nghiệp', '', 'Chương I', 'QUY ĐỊNH CHUNG', '', 'Điều 1. Phạm vi điều chỉnh', '', 'Quy chế này quy định việc quản lý Quỹ.',
    ].join('\n');
    const blocks = detectStructure(text).blocks;
    expect(blocks.filter((b) => b.type === 'title').map((b) => b.text)).toEqual(['QUYẾT ĐỊNH', 'QUY CHẾ']);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => [(b as { depth: number }).depth, b.lines[0]])).toEqual([[2, 4], [2, 6], [2, 20], [3, 23]]);
  });

  it('ends the signature at running text under the name (a note whose mark OCR lost), which stays in the body', () => {
    const text = ['Đề nghị các đơn vị thực hiện nghiêm túc nội dung thông báo này./.', '', ...signed, 'Dự thảo đã được lấy ý kiến của Trung tâm Kiểm soát bệnh tật', 'tỉnh và Ủy ban nhân dân các xã, phường.'].join('\n');
    const blocks = detectStructure(text).blocks;
    expect(blocks.find((b) => b.type === 'signature')?.text).toBe('GIÁM ĐỐC\nTrịnh Thị Hương');
    expect(blocks.at(-1)).toMatchObject({ type: 'paragraph', text: 'Dự thảo đã được lấy ý kiến của Trung tâm Kiểm soát bệnh tật tỉnh và Ủy ban nhân dân các xã, phường.' });
    // A second signer's title under the name goes on with the closing block.
    const joint = [...signed, 'CHỦ TỊCH', 'Lê Văn An'];
    expect(closing(joint).signature?.signatureLines).toEqual(['GIÁM ĐỐC', 'Trịnh Thị Hương', 'CHỦ TỊCH', 'Lê Văn An']);
  });

  it('keeps the header of the document the signed one issues out of the signature, and reads its title as a title', () => {
    const text = [
      'Quyết định này có hiệu lực kể từ ngày ký./.', '', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'CHỦ TỊCH', 'Vi Đình Khang',
      'ỦY BAN NHÂN DÂN', 'TỈNH LAM SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'QUY ĐỊNH', 'Phối hợp bảo vệ rừng', '', 'Chương I', 'QUY ĐỊNH CHUNG',
    ].join('\n');
    const blocks = detectStructure(text).blocks;
    expect(blocks.find((b) => b.type === 'signature')?.text).toBe('CHỦ TỊCH\nVi Đình Khang');
    expect(blocks.find((b) => b.type === 'title')?.text).toBe('QUY ĐỊNH');
  });

  it('keeps a note after the signature whole where the margin cut its line short ("... ngày" + "20/5/2025 ...")', () => {
    const text = [
      'Các đơn vị ra quân vệ sinh môi trường theo kế hoạch1 của xã.', '', '1 Kế hoạch số 98/KH-UBND.', '', '2', '\f',
      'Các đơn vị treo khẩu hiệu tại nơi công cộng2 và báo cáo hằng tuần3.', '', ...signed, '',
      '2 Khẩu hiệu theo Kế hoạch số 112/KH-UBND ngày', '20/5/2025 của Ủy ban nhân dân xã.', '', '3 Theo mẫu báo cáo tại Phụ lục.',
    ].join('\n');
    const s = detectStructure(text);
    expect(s.footnotes.map((n) => n.text).slice(1)).toEqual(['Khẩu hiệu theo Kế hoạch số 112/KH-UBND ngày 20/5/2025 của Ủy ban nhân dân xã.', 'Theo mẫu báo cáo tại Phụ lục.']);
  });
});
