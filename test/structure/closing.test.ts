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
