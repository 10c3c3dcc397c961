import { describe, expect, it } from 'vitest';
import { readMarker, romanValue } from '../../src/structure/markers.js';
import { loadStructureData } from '../../src/structure/structure-data.js';

const data = loadStructureData();
const key = (text: string) => readMarker(text, data)?.key;

describe('readMarker', () => {
  it('reads Roman numerals with a dash or a dot', () => {
    expect(readMarker('I- KẾT QUẢ', data)).toMatchObject({ kind: 'roman', label: 'I-', value: 1 });
    expect(readMarker('IV. TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'roman', value: 4 });
  });

  it('reads an I after another that OCR read as T after Chương, on a line of its own only', () => {
    expect(readMarker('Chuong IT', data)).toMatchObject({ kind: 'chapter', value: 2 });
    expect(readMarker('Chương IT và truyền thông', data)).toBeUndefined();
    expect(readMarker('Điều IT.', data)?.kind).not.toBe('article');
    // A stop set apart after it changes nothing.
    expect(readMarker('Chương IT .', data)).toMatchObject({ kind: 'chapter', value: 2, label: 'Chương IT .' });
    expect(readMarker('Chương IT . Công nghệ', data)).toBeUndefined();
  });

  it('takes specks a scan left after a chapter\'s Roman numeral alone on its line into its label ("Chuong IT . .", "Chuong II A")', () => {
    expect(readMarker('Chuong IT . .', data)).toMatchObject({ kind: 'chapter', value: 2, label: 'Chuong IT . .' });
    expect(readMarker('Chuong II A', data)).toMatchObject({ kind: 'chapter', value: 2, label: 'Chuong II A' });
    // A capital alone is a speck only at the line's end; words after the numeral are the chapter's name.
    expect(readMarker('Chương II QUY ĐỊNH CHUNG', data)).toMatchObject({ kind: 'chapter', value: 2, label: 'Chương II' });
    expect(readMarker('Chương II A B', data)?.label).not.toBe('Chương II A B');
  });

  it('reads "I." glued to the first word of a line in capitals with its dot lost ("LSU CẦN THIẾT"), where that word is no syllable', () => {
    expect(readMarker('LSỰ CẦN THIẾT', data)).toMatchObject({ kind: 'roman', label: 'L', value: 1, restStart: 1 });
    expect(readMarker('ISỰ CẦN THIẾT PHẢI BAN HÀNH', data)).toMatchObject({ kind: 'roman', value: 1 });
    // A word that is a syllable is the word: "LƯU Ý", "LAO ĐỘNG".
    expect(readMarker('LƯU Ý CHUNG', data)).toBeUndefined();
    expect(readMarker('LAO ĐỘNG VIỆC LÀM', data)).toBeUndefined();
  });

  it('reads an article whose dot OCR read as a comma before its sentence ("Điều 4, Quyết định này ..."), and no citation', () => {
    expect(readMarker('Điều 4, Quyết định này có hiệu lực kể từ ngày ký.', data)).toMatchObject({ kind: 'article', value: 4, label: 'Điều 4,' });
    expect(readMarker('Điều 4, 5 và 6 của Luật Đất đai', data)).toBeUndefined();
    expect(readMarker('Chương II, Mục 3 của Quy chế', data)).toBeUndefined();
  });

  it('takes a speck alone after the ordinal of Phần into its label ("Phan tha tu A")', () => {
    expect(readMarker('Phần thứ tư A', data)).toMatchObject({ kind: 'part', value: 4, label: 'Phần thứ tư A' });
    expect(readMarker('Phần thứ tư KINH PHÍ', data)).toMatchObject({ kind: 'part', value: 4, label: 'Phần thứ tư' });
  });

  it('reads the last dot of a decimal numbering that OCR read as a comma, before a capital', () => {
    expect(readMarker('2.4, Kiểm tra, xử lý vi phạm', data)).toMatchObject({ kind: 'arabic', key: 'arabic2', label: '2.4,', value: 4 });
    expect(readMarker('2.4, 3.5 và 6.1 là các tiêu chí', data)?.key).not.toBe('arabic2');
  });

  it('reads an I that OCR read as L after another I ("IL." for II.), and no lone L', () => {
    expect(readMarker('IL. Tầm nhìn đến năm 2045', data)).toMatchObject({ kind: 'roman', label: 'IL.', value: 2 });
    expect(readMarker('IIL. NHIỆM VỤ', data)).toMatchObject({ kind: 'roman', value: 3 });
    expect(readMarker('XL. Bốn mươi', data)).toMatchObject({ kind: 'roman', value: 40 });
    expect(readMarker('L. Nguyễn Văn A', data)?.kind).not.toBe('roman');
  });

  it('tells Arabic levels apart (1. / 1.1. / 1.1.1)', () => {
    expect(key('1. Mục đích')).toBe('arabic1');
    expect(key('2.3. Nguồn kinh phí')).toBe('arabic2');
    expect(key('1.2.1 Chi tiết')).toBe('arabic3');
  });

  it('keeps numbers that are not numbering ("2.500 người", "2021 là", "1 Chỉ thị")', () => {
    expect(readMarker('2.500 người tham gia', data)).toBeUndefined();
    expect(readMarker('2021 là năm đầu tiên', data)).toBeUndefined();
    expect(readMarker('1 Chỉ thị số 04-CT/TW', data)).toBeUndefined();
  });

  it('reads Phần, Chương and Mục only with their capital: "mục thuốc sử dụng" at a line\'s start is wrapped text', () => {
    expect(readMarker('mục thuốc sử dụng tại bệnh viện, giám sát kê đơn', data)).toBeUndefined();
    expect(readMarker('Mục thứ sáu', data)).toMatchObject({ kind: 'section', value: 6 });
    expect(readMarker('điều 1. Ban hành kèm theo Quyết định này', data)).toMatchObject({ kind: 'article', value: 1 });
  });

  it('reads a Roman numeral OCR read in lower case ("v. TỔ CHỨC THỰC HIỆN") before capitals only', () => {
    expect(readMarker('v. TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'roman', value: 5, label: 'v.' });
    expect(readMarker('iv. KINH PHÍ THỰC HIỆN', data)).toMatchObject({ kind: 'roman', value: 4 });
    expect(readMarker('v. Tổ chức thực hiện', data)?.kind).not.toBe('roman');
  });

  it('reads an I whose dot OCR lost as Roman one, before capitals only', () => {
    expect(readMarker('L CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG', data)).toMatchObject({ kind: 'roman', value: 1 });
    expect(readMarker('L Công tác chính trị', data)).toBeUndefined();
  });

  it('reads a part whose number word OCR garbled after the marker word as written, and one after a speck ("_ Phần thể nhữ.")', () => {
    expect(readMarker('_ Phần thể nhữ. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT', data)).toMatchObject({ kind: 'part', value: 1, label: 'Phần thể nhữ.' });
    expect(readMarker('PHẦN THỨ NHIT', data)).toMatchObject({ kind: 'part', value: 1 });
    // Not after another word that folds to it ("mức thu nhu vé" is no "Mục thứ nhất"), nor a short number word.
    expect(readMarker('mức thu như về bán tại quầy.', data)?.kind).not.toBe('section');
    expect(readMarker('Phần thứ bà', data)).toMatchObject({ value: 3 });
    expect(readMarker('Phần thứ bo', data)).toBeUndefined();
    // A speck before any other word starts no article ("_ Định kỳ" is no garbled Điều).
    expect(readMarker('_ Định kỳ trước ngày 25 hằng tháng', data)?.kind).toBe('bullet');
  });

  it('reads Vietnamese letter items, đ) included', () => {
    expect(readMarker('a) Tăng cường', data)).toMatchObject({ kind: 'letter', value: 1 });
    expect(readMarker('đ) Hỗ trợ', data)).toMatchObject({ kind: 'letter', value: 5 });
  });

  it('reads Chương, Mục and Điều, an article only with its dot', () => {
    expect(readMarker('Chương II', data)).toMatchObject({ kind: 'chapter', value: 2 });
    expect(readMarker('Điều 3. Hiệu lực thi hành', data)).toMatchObject({ kind: 'article', label: 'Điều 3.', value: 3 });
    expect(readMarker('Điều 5 Luật Doanh nghiệp quy định', data)).toBeUndefined();
  });

  it('reads ordinals after Phần and Chương', () => {
    expect(readMarker('PHẦN THỨ NHẤT', data)).toMatchObject({ kind: 'part', label: 'PHẦN THỨ NHẤT', value: 1 });
    expect(readMarker('Phần thứ hai: Nhiệm vụ', data)).toMatchObject({ kind: 'part', label: 'Phần thứ hai:', value: 2 });
  });

  it('reads Chương and Phần that OCR garbled, on a line of their own only', () => {
    expect(readMarker('Chung Ill', data)).toMatchObject({ kind: 'chapter', value: 3 });
    expect(readMarker('Chuong Ill', data)).toMatchObject({ kind: 'chapter', value: 3 });
    expect(readMarker('Phan thi? nhat', data)).toMatchObject({ kind: 'part', value: 1 });
    expect(readMarker('Phan thit hai', data)).toMatchObject({ kind: 'part', value: 2 });
    // "chung" is a word: with text after the number it is not a chapter.
    expect(readMarker('Chung II la nhu vay', data)).toBeUndefined();
    expect(readMarker('Chung toi', data)).toBeUndefined();
    // "Phần thị ..." is not an ordinal: the number word must be read right.
    expect(readMarker('Phan thi truong', data)).toBeUndefined();
  });

  it('reads a letter and a dash (a- Về tổ chức) before a capital only', () => {
    expect(readMarker('a- Về chính trị, tư tưởng', data)).toMatchObject({ kind: 'letter', label: 'a-', value: 1 });
    expect(readMarker('b- Về tổ chức', data)).toMatchObject({ kind: 'letter', value: 2 });
    expect(readMarker('a-b là đoạn thẳng', data)).toBeUndefined();
  });

  it('reads a Roman numeral whose I OCR read as 1, and a capital letter read in lower case, before capitals only', () => {
    expect(readMarker('l1l- NHIEM VU, GIAI PHAP', data)).toMatchObject({ kind: 'roman', value: 3 });
    expect(key('11. Kết quả')).toBe('arabic1');
    expect(readMarker('c. TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'upperLetter', value: 3 });
    expect(key('c. Tổ chức thực hiện')).toBe('letter');
  });

  it('reads Điều whose Đ OCR read as a capital P, and no other word so', () => {
    expect(readMarker('Piéu 1. Ban hành kèm theo Quyết định này Quy chế', data)).toMatchObject({ kind: 'article', value: 1 });
    expect(readMarker('Phường 5 tổ chức hội nghị', data)).toBeUndefined();
  });

  it('reads Điều one edit off with its number, colon or dot and a capital', () => {
    expect(readMarker('Diu 3: Chánh Văn phòng', data)).toMatchObject({ kind: 'article', value: 3 });
    expect(readMarker('Diu 3 chưa', data)).toBeUndefined();
    expect(readMarker('Den 3. Tổ chức', data)).toBeUndefined();
  });

  it('reads a Roman numeral whose V or X OCR read small after an I ("Iv-")', () => {
    expect(readMarker('Iv- TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'roman', value: 4 });
    expect(readMarker('Ix. KIẾN NGHỊ', data)).toMatchObject({ kind: 'roman', value: 9 });
    expect(readMarker('v. Nội dung', data)?.kind).not.toBe('roman');
  });

  it('reads a capital OCR read twice, the second small, before a line in capitals ("Vv.", "Cc." for V., C.)', () => {
    expect(readMarker('Vv. TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'roman', value: 5, label: 'Vv.', restStart: 4 });
    expect(readMarker('Cc. TỔ CHỨC THỰC HIỆN', data)).toMatchObject({ kind: 'upperLetter', value: 3, label: 'Cc.' });
    expect(readMarker('Cc. Nội dung', data)).toBeUndefined();
    expect(readMarker('Ca. TỔ CHỨC', data)).toBeUndefined();
  });

  it('reads a numbering after a speck the scan left before it', () => {
    expect(readMarker('_ 2. Kỷ niệm 50 năm', data)).toMatchObject({ kind: 'arabic', label: '2.', value: 2 });
    // A dot or comma set apart before an article or a number is such a speck too.
    expect(readMarker('. Điều 1. Phân công bà Trần Thị Mai Lan', data)).toMatchObject({ kind: 'article', value: 1 });
    expect(readMarker(', 3. Tổ chức thực hiện', data)).toMatchObject({ kind: 'arabic', label: '3.', value: 3 });
    // (Not glued to what follows: ".5 triệu" is no numbering.)
    expect(readMarker('.5 triệu đồng', data)).toBeUndefined();
    // Before a word, "_" is a dash OCR read low: a bullet of the dash's list.
    expect(readMarker('_ Niêm yết công khai mã QR', data)).toMatchObject({ kind: 'bullet', key: 'bullet:-' });
  });

  it('reads bullets, a dash glued to its word included', () => {
    expect(key('- Như trên;')).toBe('bullet:-');
    expect(key('-Như trên;')).toBe('bullet:-');
    expect(key('– Lưu: VT.')).toBe('bullet:-');
    expect(key('+ Không phun thuốc')).toBe('bullet:+');
    expect(readMarker('-', data)).toBeUndefined();
  });

  it('reads a numbering whose dot OCR turned into a comma, before a capital only', () => {
    expect(key('2, Cơ chế phối hợp')).toBe('arabic1');
    expect(key('II, NỘI DUNG')).toBe('roman');
    expect(readMarker('1, 2 và 3 là các nhóm', data)).toBeUndefined();
  });

  it('reads (1) and 1) enumerations', () => {
    expect(key('(1) Ủy ban')).toBe('parenArabic');
    expect(key('2) Tổ chức')).toBe('arabicParen');
  });

  it('computes the values of well-formed Roman numerals only', () => {
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('IIX')).toBeUndefined();
    expect(romanValue('ABC')).toBeUndefined();
  });
});
