import { describe, expect, it } from 'vitest';
import { decodeBytes, createByteDecoder, finishText, DecodeError } from '../../src/encoding/decode-text.js';
import { detectEncoding } from '../../src/encoding/detect-encoding.js';
import { encodeText } from '../../src/encoding/encode-text.js';
import { ENCODING_NAMES, parseEncodingName, type EncodingName } from '../../src/encoding/encoding-name.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';

const tables = new LegacyTables();

// Real-looking administrative sentences. TCVN3 (ABC) has no upper-case letters with tone marks (fonts
// drew them from the lower-case slots), so its sentence keeps capitals to ASCII and Ă Â Ê Ô Ơ Ư Đ.
const SENTENCES: Record<EncodingName, string> = {
  'utf-8': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n',
  'utf-16le': 'Ủy ban nhân dân tỉnh Kiên Giang báo cáo kết quả thực hiện Chỉ thị số 04-CT/TW.\n',
  'utf-16be': 'Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch số 29-KH/TU, ngày 14-10-2011.\n',
  'windows-1258':
    'Thực hiện Công văn số 295-CV/BĐNTW, ngày 18-3-2021 của Ban Đối ngoại Trung ương về việc báo cáo tổng kết.\n' +
    'Ủy ban Mặt trận Tổ quốc Việt Nam các huyện, thành phố; chỉ đạo cụ thể hóa bằng các chương trình.\n',
  tcvn3:
    'Sau khi tiếp thu Chỉ thị số 04-CT/TW của Ban Bí thư về tiếp tục đổi mới và nâng cao hiệu quả công tác\n' +
    'đối ngoại nhân dân, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị triển khai, quán triệt đến lãnh đạo các sở.\n',
  vni:
    'Tổ chức hội nghị triển khai, quán triệt đến lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh;\n' +
    'thường trực các huyện, thành ủy, đảng ủy trực thuộc; đại diện lãnh đạo Ủy ban nhân dân.\n',
  viscii:
    'Hoạch thực hiện công tác đối ngoại nhân dân ở địa phương, đơn vị; tăng cường sự lãnh đạo của cấp ủy.\n' +
    'Ủy ban nhân dân tỉnh chỉ đạo các cơ quan chuyên môn phối hợp chặt chẽ với Mặt trận Tổ quốc.\n',
  viqr:
    'Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy, chính quyền tổ chức thực hiện nghiêm túc nội dung\n' +
    'của Chỉ thị, gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương.\n',
};

describe('legacy and Unicode encodings', () => {
  for (const encoding of ENCODING_NAMES) {
    it(`round-trips a real sentence through ${encoding} and detects it`, () => {
      const text = SENTENCES[encoding];
      const bytes = encodeText(text, encoding, tables);
      const detection = detectEncoding(bytes, tables);
      expect(detection).toMatchObject({ ok: true, encoding });
      if (detection.ok) expect(detection.confidence).toBeGreaterThan(0.5);
      expect(decodeBytes(bytes, encoding, tables)).toBe(text);
    });
  }

  it('reads the VNI spelling of "Việt Nam" and "nghĩa"', () => {
    const bytes = Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'latin1');
    expect(decodeBytes(bytes, 'vni', tables)).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('composes Windows-1258 decomposed tone marks into NFC', () => {
    const text = decodeBytes(encodeText('Tiếng Việt', 'windows-1258', tables), 'windows-1258', tables);
    expect(text).toBe('Tiếng Việt');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('reads a VIQR dot inside a line as a tone and one ending the line as punctuation', () => {
    expect(decodeBytes(Buffer.from('Ha` No^.i la` thu? ddo^ cu?a Vie^.t Nam.'), 'viqr', tables)).toBe(
      'Hà Nội là thủ đô của Việt Nam.',
    );
    expect(decodeBytes(Buffer.from("Ban Thu+o+`ng vu. Ti?nh u?y chi? dda.o cu. the^? ho'a.\n"), 'viqr', tables)).toBe(
      'Ban Thường vụ Tỉnh ủy chỉ đạo cụ thể hóa.\n',
    );
  });

  it('reads a VIQR dot at a line end as a tone when the sentence goes on, or after an upper-case word', () => {
    expect(decodeBytes(Buffer.from("ca'c co+ quan, ddo+n vi.\nto^?ng ho+.p ba'o ca'o.\n"), 'viqr', tables)).toBe(
      'các cơ quan, đơn vị\ntổng hợp báo cáo.\n',
    );
    expect(decodeBytes(Buffer.from('SO+? NO^.I VU.\n\nSo^'), 'viqr', tables)).toBe('SỞ NỘI VỤ\n\nSô');
  });

  it('reads \\. in VIQR as a literal dot', () => {
    expect(decodeBytes(Buffer.from('so^'), 'viqr', tables)).toBe('sô');
    expect(decodeBytes(Buffer.from('ta\\. xong'), 'viqr', tables)).toBe('ta. xong');
  });

  it('strips a UTF-8 byte-order mark and reports it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Số 58-BC/TU\n')]);
    expect(detectEncoding(bytes, tables)).toMatchObject({ ok: true, encoding: 'utf-8', bom: true });
    expect(decodeBytes(bytes, 'utf-8', tables)).toBe('Số 58-BC/TU\n');
  });

  it('strips a UTF-16 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Báo cáo\n', 'utf16le')]);
    expect(detectEncoding(bytes, tables)).toMatchObject({ ok: true, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(bytes, 'utf-16le', tables)).toBe('Báo cáo\n');
  });

  it('composes NFD UTF-8 text and says it was decomposed', () => {
    const text = 'Kiên Giang, ngày 28 tháng 4 năm 2021\n';
    const bytes = Buffer.from(text.normalize('NFD'));
    expect(detectEncoding(bytes, tables)).toMatchObject({ ok: true, encoding: 'utf-8', decomposed: true });
    expect(decodeBytes(bytes, 'utf-8', tables)).toBe(text);
  });

  it('calls a file with NUL bytes binary', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 3, 0]);
    expect(detectEncoding(bytes, tables)).toMatchObject({ ok: false, problem: expect.stringContaining('binary') });
  });

  it('does not take binary data with zero bytes at one parity for UTF-16', () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i += 2) bytes[i] = (i * 7) % 256;
    expect(detectEncoding(bytes, tables)).toMatchObject({ ok: false, problem: expect.stringContaining('binary') });
  });

  it('rejects invalid UTF-8 that reads as no legacy encoding, naming the byte', () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x81, 0x82, 0x83, 0x20, 0x61, 0x62, 0x63]);
    const detection = detectEncoding(bytes, tables);
    expect(detection.ok).toBe(false);
    if (!detection.ok) expect(detection.problem).toMatch(/invalid UTF-8 at byte 3/);
  });

  it('reads plain ASCII as UTF-8 with full confidence', () => {
    expect(detectEncoding(Buffer.from('Report 2021, page 3\n'), tables)).toMatchObject({ ok: true, encoding: 'utf-8', confidence: 1 });
  });

  it('decodes UTF-8 streamed in pieces cut inside a character', () => {
    const bytes = Buffer.from('Đảng Cộng sản Việt Nam');
    const decoder = createByteDecoder('utf-8');
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += decoder.write(bytes.subarray(i, i + 1));
    text += decoder.end();
    expect(finishText(text, 'utf-8', tables)).toBe('Đảng Cộng sản Việt Nam');
  });

  it('throws a DecodeError naming the byte when forced UTF-8 is invalid', () => {
    const decoder = createByteDecoder('utf-8');
    expect(() => decoder.write(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toThrow(DecodeError);
  });

  it('accepts the usual spellings of encoding names', () => {
    expect(parseEncodingName('CP1258')).toBe('windows-1258');
    expect(parseEncodingName('TCVN 5712')).toBe('tcvn3');
    expect(parseEncodingName('VNI-Windows')).toBe('vni');
    expect(parseEncodingName('utf16')).toBe('utf-16le');
    expect(parseEncodingName('latin9')).toBeUndefined();
  });
});
