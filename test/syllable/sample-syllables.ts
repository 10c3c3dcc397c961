/** Real syllables from administrative lines, for the property tests of the syllable core. */
const LINES = [
  'Thực hiện Công văn số của Ban Đối ngoại Trung ương về việc tổ chức hội nghị',
  'Ủy ban nhân dân tỉnh Khánh Hòa quyết định phê duyệt kế hoạch thủy lợi năm',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày tháng năm sửa đổi bổ sung',
  'Sở Giáo dục và Đào tạo hướng dẫn hòa nhập khỏe mạnh thuở xưa người quý giữ gìn',
  'khuyến khích quốc phòng an ninh trật tự xã hội giấy chứng nhận quyền sử dụng đất',
  'hoạch toán khuya khuỷu ngoài ngoặc huỳnh thuyết uyển chuyển thoái hóa Huế nguệch',
  'Độc lập Tự do Hạnh phúc Nơi nhận lưu Chủ tịch Phó Giám đốc Thủ tướng Chính phủ',
  'giếng giặc gì ghi nghiêng kỹ lý hủy tùy lũy quỹ thúy thủ xoong rượu bưởi mía mùa',
];

/** Every syllable of the sample lines, in order, duplicates removed. */
export const SAMPLE_SYLLABLES: readonly string[] = [...new Set(LINES.join(' ').split(' '))];
