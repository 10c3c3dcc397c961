/**
 * Footnote marks: what a note at a page foot starts with, and what is glued to a word in the text
 * (digits, superscripts, "[1]", "(1)", and the forms OCR makes of them: ' ! ? ° ® (z)).
 */
import type { LineFeatures } from './types.js';
import type { StructureData } from './structure-data.js';
import { foldText } from './fold.js';
import { isValidSyllable } from '../syllable/parse-syllable.js';
import { isOnset } from '../syllable/phonology.js';
import { applyTone } from '../syllable/place-tone.js';

/** A footnote reference found in a body line, before it is linked to its note. */
export interface RefCandidate {
  line: number;
  /** Offset of the mark in the line's text, and its length. */
  offset: number;
  length: number;
  mark: string;
  /** The number the mark stands for, when it is legible. */
  value?: number;
  /** Glued to a capital or a digit ("NĐ-CP2", "2023'"): a code may end so, try it last. */
  weak?: boolean;
  /** "[1]" */
  bracketed?: boolean;
  /** Punctuation or the end of the line follows the mark. */
  beforeStop?: boolean;
  /** Candidates read from the same word share it: linking one uses them all. */
  word?: string;
}

/** A document's number and the word after it ("186/QĐ-UBND là"), which a note may start with. */
const DOCUMENT_NUMBER = String.raw`\d+\/[\d/]*\p{Lu}[\p{L}\d/-]*\s+[\p{L}\d]`;
const NOTE_NUMBER = new RegExp(String.raw`^([1-9]\d?)\s+(?=[\p{L}$“"'‘(§@]|\d[\d.,%]*\s+\p{L}|${DOCUMENT_NUMBER}|\d{1,2}\/\d{1,2}\/\d{4}\b|\d\p{Lu}{1,3}\b)`, 'u');
const NOTE_NUMBER_IN_BRACKET = new RegExp(String.raw`^[(‘'\u0060]?(\d{1,2})\)(?=\s+(?:[\p{L}$“"'‘§@]|\d[\d.,]*\s+\p{L}|${DOCUMENT_NUMBER}))`, 'u');

/** The mark a note starts with: superscript digits, digits and a space, or a garbled mark. */
export function readNoteMark(text: string, data: StructureData): { mark: string; value?: number; length: number; bracketed?: boolean } | undefined {
  const bracket = readBracketMark(text, true);
  if (bracket && /^\s+\S/.test(text.slice(bracket.mark.length))) return { ...bracket, length: bracket.mark.length, bracketed: true };
  let sup = '';
  for (const c of text) {
    if (!data.superscriptDigits.includes(c)) break;
    sup += c;
  }
  if (sup && /^\s*\S/.test(text.slice(sup.length))) return { mark: sup, value: superscriptValue(sup, data), length: sup.length };
  // "2 Theo ...", "2 $6 liệu", "1 6 liệu" (OCR of "Số liệu"): a number, a space, then a word.
  // Any sign OCR made of the first letter counts as a word ("1 §6 liệu").
  // (No note is numbered with a leading zero: "03 trạm được sửa chữa" is a count.)
  // (Or a document's number or a date: "1 186/QĐ-UBND là quyết định ...", "9 15/01/2025 - 13/02/2025".)
  // (Or a term that starts with a digit: "5 3PL (third party logistics): ...".)
  const digits = NOTE_NUMBER.exec(text);
  if (digits) return { mark: digits[1], value: Number(digits[1]), length: digits[1].length };
  // "(1)", "1)", and "‘5)" where OCR read the opening bracket of "⁽⁵⁾" as a quote.
  // Also before a figure that starts the note ("8) 2.064 người" for "⁽³⁾ 2.064 người").
  // (Or before a document's number: "(2) 1985/QĐ-UBND giao ...".)
  const paren = NOTE_NUMBER_IN_BRACKET.exec(text);
  if (paren) return { mark: paren[0], value: Number(paren[1]), length: paren[0].length };
  // With its closing bracket read as a brace or a quote ("‘3} Báo cáo", "‘6’ Mẫu giấy" for ⁽³⁾, ⁽⁶⁾).
  const braced = /^[(‘'\u0060](\d{1,2})[}’'](?=\s+\p{Lu})/u.exec(text);
  if (braced) return { mark: braced[0], value: Number(braced[1]), length: braced[0].length };
  // With its digit read as a letter, inside both brackets ("‘S)" for ⁽⁵⁾, "(l)" for ⁽¹⁾).
  const lettered = /^[(‘'\u0060]([SsIl])\)(?=\s+\p{Lu})/u.exec(text);
  if (lettered) return { mark: lettered[0], value: LETTER_DIGITS[lettered[1].replace('s', 'S')], length: lettered[0].length };
  // A typed star mark OCR garbled in its brackets: "(x*)" for "(**)".
  const star = /^\((?=[^)]*\*)[^\s()]{1,3}\)(?=\s+\p{L})/u.exec(text);
  if (star) return { mark: star[0], length: star[0].length };
  for (const mark of [...data.footnoteMarks, ...data.noteStartMarks].sort((a, b) => b.length - a.length)) {
    if (text.startsWith(mark) && /^\s+\S/.test(text.slice(mark.length))) return { mark, length: mark.length };
  }
  const symbols = markCharRun(text, 0, 1, data);
  // (A "$" is OCR's S: "® $6 liệu" for "⁴ Số liệu".)
  if (symbols && /^\s+[\p{L}$]/u.test(text.slice(symbols.length))) return { mark: symbols, length: symbols.length };
  // Two or three of the signs above and of the note-start marks run together ("@® Kế hoạch", "®) Theo"
  // for "⁽¹⁾", "⁽²⁾"), before a capital.
  const signs = new Set([...data.footnoteMarkChars, ...data.noteStartMarks.join('')]);
  // (Or before a figure that starts the note, "@) 2,01 triệu lượt khách", where no bullet is among them.)
  const run = /^(\S{2,3})\s+(?=\p{Lu}|\d|\$)/u.exec(text);
  const beforeFigure = run !== null && /^\d/.test(text.slice(run[0].length));
  // (One of them may be any other sign: "‘> Năm 2024" for "⁽³⁾ Năm".)
  const ofSigns = run ? [...run[1]].filter((c) => signs.has(c)).length : 0;
  // (Not an arrow: "-> Xem phụ lục".)
  if (run && ofSigns >= run[1].length - 1 && ofSigns > 0 && !/[\p{L}\p{N}]/u.test(run[1]) && new Set(run[1]).size > 1 && !(beforeFigure && /[-+*•–]/.test(run[1])) && !/[-=–]>/.test(run[1])) return { mark: run[1], length: run[1].length };
  // A speck the scan left before the mark ("_ © Đất công do ...").
  // (Glued to it, "_[5] Theo danh mục ...", or several: "_ ._ ® Danh sách ...", or a stop: ". © Theo ...".)
  const speck = /^(?:[_~]|[.,](?=\s))[_~.,:;\s]*(?=\S)/.exec(text);
  const inner = speck ? readNoteMark(text.slice(speck[0].length), data) : undefined;
  if (speck && inner) return { ...inner, mark: speck[0] + inner.mark, length: speck[0].length + inner.length };
  return undefined;
}

/**
 * A run of one or two mark characters (what OCR makes of a superscript number: ' ’ ! ? ° ^) read
 * forwards from `at` (direction 1) or backwards to it (direction -1).
 */
function markCharRun(text: string, at: number, direction: 1 | -1, data: StructureData): string | undefined {
  let run = '';
  for (let i = at; i >= 0 && i < text.length && run.length < 2; i += direction) {
    if (!data.footnoteMarkChars.includes(text[i])) break;
    run = direction === 1 ? run + text[i] : text[i] + run;
  }
  return run || undefined;
}

/**
 * Marks glued to the end of a word: superscript digits, one or two digits after a lower-case letter,
 * or a garbled mark after a letter. Codes such as "QH14" or "04-CT/TW" are not marks.
 */
export function findRefCandidates(f: LineFeatures, data: StructureData, previous?: LineFeatures, next?: LineFeatures, quoteOpen = false): RefCandidate[] {
  const found: RefCandidate[] = [];
  const marks = [...data.footnoteMarks].sort((a, b) => b.length - a.length);
  const re = /\S+/g;
  // The numbering that starts the line holds no mark: a sign there is a letter OCR garbled in its
  // words ("Phan thi? nhat" for Phần thứ nhất).
  const labelEnd = f.marker ? f.marker.label.length : 0;
  // A word that ends in a letter holds no mark, unless a mark ends in one or the letter is the s or t
  // of a garbled superscript (see readTrailingMark): most words are passed over at once.
  const letterMarks = marks.some((mark) => /\p{L}$/u.test(mark));
  for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
    if (!letterMarks && /[\p{L}](?<![st])$/u.test(m[0])) continue;
    // The "./." that ends a document's last sentence is punctuation after the mark ("2026(4)./.").
    // (OCR may read its first stop as "/" too: "11/20257//.".)
    // (Or its stops as commas: "này®),/,", or its last as a dash: "họp[5]./-".)
    const token = m[0].replace(/[./,]?\/[.,-]$/, '.');
    // A month or a day number with a digit too many ("tháng 98." for tháng 9⁴.): the mark ran on into it,
    // even where the line starts with it and so seems numbered. A superscript digit is often misread
    // (⁴ as 8), so the digit is also tried as a garbled mark.
    const bare = token.replace(/[.,;:!?"”]+$/, '');
    const date = /^\d{2,3}$/.test(bare) ? dateWithMark(bare, wordBefore(f.text, m.index, previous)) : undefined;
    if (date) {
      const beforeStop = bare !== token || m.index + token.length === f.text.length || undefined;
      const mark = { line: f.line, offset: m.index + date.at, length: 1, mark: date.mark, word: `${f.line}:${m.index}`, ...(beforeStop ? { beforeStop } : {}) };
      found.push({ ...mark, value: Number(date.mark) }, { ...mark, weak: true });
      continue;
    }
    // So does a day and month before punctuation whose month has a digit too many ("30/72," for 30/7²).
    const dayMonth = bare !== token ? /^(?:[1-9]|[12]\d|3[01])\/(\d{2,3})$/.exec(bare) : null;
    if (dayMonth && Number(dayMonth[1]) > 12 && /^(?:[1-9]|1[0-2])[1-9]$/.test(dayMonth[1].replace(/^0/, ''))) {
      const at = m.index + bare.length - 1;
      found.push({ line: f.line, offset: at, length: 1, mark: bare[bare.length - 1], value: Number(bare[bare.length - 1]), weak: true, beforeStop: true, word: `${f.line}:${m.index}` });
      continue;
    }
    // So does a count or a form's number written with its leading zero ("Mẫu số 027" for Mẫu số 02⁷):
    // no such number has three digits.
    if (/^0[1-9]\d$/.test(bare)) {
      const beforeStop = bare !== token || m.index + token.length === f.text.length || undefined;
      found.push({ line: f.line, offset: m.index + 2, length: 1, mark: bare[2], value: Number(bare[2]), weak: true, word: `${f.line}:${m.index}`, ...(beforeStop ? { beforeStop } : {}) });
      continue;
    }
    if (m.index + token.length <= labelEnd) continue;
    // "[1]" after a word, glued or not ("Thành ủy[3],", "tuổi Đảng [1]"): the reference takes the
    // space before it too, so the text closes up around it.
    const bracket = readBracketMark(bare, false);
    // (With a space OCR put before its closing bracket: "ngày 08/11/2024[1 ] của".)
    const spacedClose = bracket ? null : /\[(\d{1,2})$/.exec(token) && /^ \](?=[\s.,;:]|$)/.exec(f.text.slice(m.index + token.length));
    if (spacedClose) {
      const open = m.index + token.length - /\[\d{1,2}$/.exec(token)![0].length;
      const mark = f.text.slice(open, m.index + token.length + 2);
      found.push({ line: f.line, offset: open, length: mark.length, mark, value: Number(/\d+/.exec(mark)![0]), bracketed: true });
      continue;
    }
    if (bracket) {
      const glued = bracket.mark.length < bare.length;
      const at = m.index + bare.length - bracket.mark.length;
      if (glued) found.push({ line: f.line, offset: at, length: bracket.mark.length, mark: bracket.mark, value: bracket.value, bracketed: true });
      else if (m.index > 0 && /\s/.test(f.text[m.index - 1])) found.push({ line: f.line, offset: m.index - 1, length: bracket.mark.length + 1, mark: bracket.mark, value: bracket.value, bracketed: true });
      else if (m.index === 0) found.push({ line: f.line, offset: 0, length: bracket.mark.length, mark: bracket.mark, value: bracket.value, bracketed: true });
      continue;
    }
    // A number in brackets set apart from the closing quote before it ("an toàn thực phẩm” (5) về"):
    // the reference takes the space before it, as "[1]" does. (Elsewhere "(1)" starts an item.)
    // (Or from the bracket that closes a phrase: "(Một trăm mười chín triệu đồng) (5).")
    // (Or from a word, before punctuation: "mất cân bằng giới tính thấy (5)."; before a word it numbers an
    // item.)
    const apart = /^\((\d{1,2})\)$/.exec(bare);
    const spaced = apart ? f.text.slice(Math.max(0, m.index - 2), m.index) : '';
    if (apart && m.index > 1 && (/[”"]\s$/.test(spaced) || (/[)\p{Ll}]\s$/u.test(spaced) && bare !== token))) {
      found.push({ line: f.line, offset: m.index - 1, length: apart[0].length + 1, mark: apart[0], value: Number(apart[1]), word: `${f.line}:${m.index}` });
      continue;
    }
    // (Or alone with its stop on a line, where the line before wrapped unfinished, a blank line OCR
    // put between at most: "... khi xuất hàng)" + "(7).".)
    if (apart && m.index === 0 && bare !== token && f.text.trim() === token && (previous === undefined || previous.blank || !previous.endsWithStop)) {
      found.push({ line: f.line, offset: 0, length: apart[0].length, mark: apart[0], value: Number(apart[1]), word: `${f.line}:${m.index}` });
      continue;
    }
    // A bracket after a figure, a date or a code that closes none ("dưới 1%);", "năm 2017);", "ngày
    // 31/8/2025);", "QCVN 26:2010/BTNMT)") is what OCR kept of "⁽²⁾".
    // (Or after a word, before punctuation: "21.468 con),", "trong hành lang);".)
    const lone = /^(?:\d{3,}|\d[\d.,]*%|\d+[.,]\d+|\d{1,2}\/\d{1,2}\/\d{4}|\S*[-/]\p{Lu}{2,}|\p{Ll}{2,})\)$/u.exec(bare);
    if (lone && (bare !== token || /\p{Lu}\)$/u.test(bare)) && !parenOpen(f.text.slice(0, m.index)) && !(previous !== undefined && !previous.blank && parenOpen(previous.text))) {
      found.push({ line: f.line, offset: m.index + bare.length - 1, length: 1, mark: ')', word: `${f.line}:${m.index}`, weak: true, beforeStop: true });
      continue;
    }
    // Two closing brackets where one bracket is open ("(đạt 100% chỉ tiêu))." for "chỉ tiêu⁽⁵⁾)."): the
    // first is what OCR kept of the mark.
    if (/^\S*[\p{L}\d%]\)\)$/u.test(bare) && openBrackets(`${previous && !previous.blank ? previous.text : ''} ${f.text.slice(0, m.index + bare.length - 2)}`) === 1) {
      found.push({ line: f.line, offset: m.index + bare.length - 2, length: 1, mark: ')', word: `${f.line}:${m.index}`, weak: true, beforeStop: true });
      continue;
    }
    // Punctuation after the mark ("kỳ(z),", "mới2.") is not part of it; try without it, keeping a ')'
    // that may close the mark itself.
    const soft = /[.,;:!?"”]*$/.exec(token)?.[0] ?? '';
    const trail = /[.,;:!?"”)]*$/.exec(token)?.[0] ?? '';
    const last = /[.,;:]$/.test(token) ? token.slice(0, -1) : token;
    for (const core of [token, last, token.slice(0, token.length - soft.length), token.slice(0, token.length - trail.length)]) {
      const hit = readTrailingMark(core, marks, data);
      if (hit) {
        const offset = m.index + core.length - hit.mark.length;
        const weak = hit.weak || undefined;
        // "dân1)": the bracket that closes a number with no opening one belongs to the mark.
        if (hit.value !== undefined && token[core.length] === ')' && !core.includes('(')) {
          found.push({ line: f.line, offset, length: hit.mark.length + 1, mark: `${hit.mark})`, value: hit.value, ...(weak ? { weak } : {}) });
          break;
        }
        // A quote that closes one opened before it, on this line or left open at the end of the line
        // before (a quotation the margin wrapped), is a quote.
        // (Or one a single quote opened, "thi đua 'Dân vận khéo\"", or a line further up of its paragraph.)
        const before = f.text.slice(0, offset);
        if (/^[”"]$/.test(hit.mark) && (/[“"]/.test(before) || /(?:^|\s)['‘]\p{L}/u.test(before) || quoteOpen || (previous !== undefined && !previous.blank && leavesQuoteOpen(previous.text)))) break;
        // So is a single quote that ends a quotation still open on this line (“Thanh niên tình
        // nguyện’, and “tiên tiến’” where OCR doubled the closing quote).
        if (/^['’]$/.test(hit.mark) && quotationOpen(f.text.slice(0, offset))) break;
        // A question mark glued to a lower-case word of one or two letters inside a phrase is a letter
        // OCR garbled ("Căn ci? Nghị định", "st? dụng" for cứ, sử), and so is a quote after such a word
        // with no vowel ("st’ dụng", "tw’ ngày" for sử, từ); other signs there are marks ("Tỉnh ủy® và",
        // "ho gà’ và", and "tại 06 xa! (có" for xã¹: over the held-out sets an exclamation mark there
        // stood on a reference's line 12 times in 13).
        const stem = f.text.slice(m.index, offset);
        const inside = offset + hit.mark.length === m.index + token.length && m.index + token.length < f.text.length;
        // The repair may have put the word right before this is read again ("ga’" as "gà’", "st’" as
        // "sử’", "tl’" as "tủ’"): a vowel with its tone mark counts, but not ư or ơ (the quote was split
        // from its horn) nor a marked u or o (the repair's reading of one).
        const garbledLetter = /^\?+$/.test(hit.mark) || (/^['’]$/.test(hit.mark) && !/[aeiouy]/.test(foldText(withoutHornVowels(stem))));
        // (Not a unit after a figure: "612,4 ha? chè" is 612,4 ha².)
        const afterFigure = /\d\s+$/.test(f.text.slice(0, m.index));
        const unit = /^(?:ha|km|m|kg|cm|mm)$/.test(stem) && afterFigure;
        if (hit.value === undefined && inside && /^\p{Ll}{1,2}$/u.test(stem) && garbledLetter && !unit) break;
        // A square or cubic metre is a unit, wherever it stands: "đồng/m?;", "2.350 m? đất", "đồng/m3;",
        // "đồng/m°;" (m², m³ with the exponent read as a sign or a digit).
        // (Other signs after a metre are marks: "+2,80 m*;", "10 km®;".)
        const metre = /^(?:\S*\/)?[ckh]?m$/u.test(stem) && (/\//.test(stem) || afterFigure);
        // (And "!" after a price per metre: "100.000 đồng/m! nạo vét" is per m³.)
        if (metre && (hit.mark === '?' || (/m$/.test(stem) && !/[ckh]m$/.test(stem) && /^[23°’'%]$/.test(hit.mark)) || (/\//.test(stem) && hit.mark === '!'))) break;
        // An exclamation or question mark with nothing after it but the line's end or a new sentence
        // ends that sentence ("... các cấp!", a slogan); a superscript read so is followed by the
        // punctuation of its sentence or by the sentence going on ("chi phí? và", "hành chính)!;").
        const after = f.text.slice(m.index + m[0].length).trimStart();
        // (After a closing quote or bracket it is a mark: "… nhiệm vụ"?" ends no question.)
        // (Nor after a code in capitals: "Kết luận số 35-KL/HU?" asks nothing.)
        const closesWord = /[\p{Ll}\d]$/u.test(f.text.slice(0, offset));
        // (A question mark at a line's end is a mark: administrative text asks no questions, and a
        // superscript there often took the full stop with it, "sử dụng?" for sử dụng⁴.)
        // (Nor where the sentence goes on in lower case on the next line: "ngày 24/02/2025!" + "của Sở".)
        const goesOn = after === '' && next !== undefined && next.startsLower;
        if (/^[!?]+$/.test(hit.mark) && closesWord && offset + hit.mark.length === m.index + m[0].length && ((after === '' && hit.mark.includes('!') && !goesOn) || /^[\p{Lu}“"'‘\-–]/u.test(after))) break;
        // So is a digit after a lone consonant ("x4 hội", "s6 liệu", "các x4, thị trấn", "cán b6" for xã,
        // số, bộ): no word is a lone consonant, and OCR reads a marked vowel so. (Two digits, "s64", are
        // the vowel and a mark.)
        // (An opening bracket, quote or guillemet before it changes nothing: "(s6 việc" for (số việc, "«x3" for «xã.)
        if (hit.value !== undefined && hit.weak && hit.mark.length === 1 && /^[(“"'‘[«]?[b-df-hj-np-tv-xzđ]$/iu.test(stem)) break;
        // And a 6 after a short syllable's toned vowel inside a phrase ("bé6 trí" for bố trí): OCR reads
        // an ô with its tone so.
        if (hit.value === 6 && hit.weak && /^\p{Ll}{0,2}[éèẻẽẹ]$/u.test(stem) && /^\s+\p{Ll}/u.test(f.text.slice(offset + hit.mark.length))) break;
        // A quote after u or o that ends the line is the horn OCR split off a word the margin wrapped
        // after ("các cơ’" + "quan"): a mark there has the line's punctuation after it.
        if (offset + hit.mark.length === f.text.length && hornLike(hit.mark, foldText(f.text[offset - 1] ?? ''))) break;
        const word = `${f.line}:${m.index}`;
        // What follows the mark in the word, read from the token ("nim¢./." is read as "nim¢.").
        const rest = token.slice(core.length);
        const stopAfter = /^[.,;:!?)”"]+$/.test(rest);
        // (A sign before a bracket that opens an aside ends its phrase too: "đồng/người> (đã gồm".)
        const asideAfter = rest === '' && !/\p{L}/u.test(hit.mark) && /^\s+\(/.test(f.text.slice(m.index + m[0].length));
        if (hit.onlyBeforeStop && !stopAfter && !asideAfter) break;
        const beforeStop = (/^[.,;:!?)”"]*$/.test(rest) && (rest !== '' || m.index + m[0].length === f.text.length)) || undefined;
        found.push({ line: f.line, offset, length: hit.mark.length, mark: hit.mark, value: hit.value, word, ...(weak ? { weak } : {}), ...(beforeStop ? { beforeStop } : {}) });
        // "b62" may be "bộ" read as b6 with the mark 2: the last digit alone is a weaker reading.
        if (hit.value !== undefined && /^\d{2}$/.test(hit.mark)) {
          found.push({ line: f.line, offset: offset + 1, length: 1, mark: hit.mark[1], value: Number(hit.mark[1]), word, weak: true });
        }
        // A digit run on into a year, or after a percentage, may be a superscript misread ("20258/." for
        // 2025⁶./., "0,6%7." for 0,6%⁴.), as in a date.
        if (hit.value !== undefined && /(?:(?:19|20)\d\d|\d%)\d$/.test(core)) found.push({ line: f.line, offset, length: 1, mark: hit.mark, word, weak: true, ...(beforeStop ? { beforeStop } : {}) });
        break;
      }
    }
  }
  return found;
}

/** The word before the one at `at`, on this line or the last of the line before. */
function wordBefore(text: string, at: number, previous?: LineFeatures): string {
  const here = /(\S+)\s+$/.exec(text.slice(0, at));
  if (here) return here[1];
  return at === 0 && previous && !previous.blank ? (/(\S+)$/.exec(previous.text)?.[1] ?? '') : '';
}

/**
 * "tháng 98" or "ngày 316": after tháng or ngày a number no month or day has, whose digits but the
 * last make one, holds a mark in its last digit.
 */
function dateWithMark(core: string, before: string): { at: number; mark: string } | undefined {
  const unit = foldText(before.toLowerCase());
  const limit = unit === 'thang' ? 12 : unit === 'ngay' ? 31 : 0;
  if (!limit || !/^\d{2,3}$/.test(core) || Number(core) <= limit) return undefined;
  const head = Number(core.slice(0, -1));
  return head >= 1 && head <= limit && core[core.length - 1] !== '0' ? { at: core.length - 1, mark: core[core.length - 1] } : undefined;
}

/**
 * The consonants a syllable starts with, in lower case or capitalised, then one sign (m is left out:
 * "m?" is a unit's exponent; so is a lone capital: "cấp V*" is a grade and its mark).
 */
function isVowellessSign(core: string): boolean {
  const m = /^(\p{L}(?:\p{Ll}{0,2}))[^\p{L}\p{N}\s]$/u.exec(core);
  if (!m || /^\p{Lu}$/u.test(m[1])) return false;
  const letters = m[1].toLowerCase();
  return letters !== 'm' && !/[aeiouy]/.test(letters) && isOnset(letters);
}

function readTrailingMark(core: string, marks: string[], data: StructureData): { mark: string; value?: number; weak?: boolean; onlyBeforeStop?: boolean } | undefined {
  let sup = '';
  for (let i = core.length - 1; i > 0 && data.superscriptDigits.includes(core[i]); i--) sup = core[i] + sup;
  if (sup) return { mark: sup, value: superscriptValue(sup, data) };
  // A sign after the consonants that start a syllable, with no vowel between, is the vowel OCR
  // garbled ("tr¢" for trợ, "th?" for thư), not a mark.
  if (isVowellessSign(core)) return undefined;
  // After a lower-case letter, or the closing quote or bracket of a word: "dân2", "“Dân vận khéo”3",
  // "“Thủ lĩnh của sự thay đổi’5".
  // A word OCR garbled with a digit inside ("d6ng3" for đồng³) may take one too.
  const digits = /^(.*[\p{Ll}"”’)])(\d{1,2})$/u.exec(core);
  // After a closing quote any digit is a mark, even after a figure ("… năm 2030”1,").
  if (digits && (!/\d/.test(digits[1]) || /^\p{Ll}+\d\p{Ll}+[)"”]?$/u.test(digits[1]) || /\d”$/u.test(digits[1])) && (!/^\p{Lu}{2,}/u.test(digits[1]) || /[”"]$/.test(digits[1])) && !digits[2].startsWith('0')) {
    // "s6", "t6", "x4" are what English OCR makes of số, tổ, xã: a one- or two-letter stem is tried last.
    const weak = digits[1].replace(/[^\p{L}]/gu, '').length <= 2 || undefined;
    return { mark: digits[2], value: Number(digits[2]), ...(weak ? { weak } : {}) };
  }
  // A superscript read as a sign and its digit both, after a word: "kế hoạch?2." for hoạch².
  const signed = /\p{Ll}([?!'’°*®])([1-9])$/u.exec(core);
  if (signed) return { mark: signed[1] + signed[2], value: Number(signed[2]) };
  // A typed star mark garbled in its brackets, glued to a word or a figure: "đồng(+*)," for "(**)".
  const star = /[\p{L}\d%]\((?=[^)]*\*)([^\s()]{1,3})\)$/u.exec(core);
  if (star && !marks.includes(`(${star[1]})`)) return { mark: `(${star[1]})` };
  // A digit after a bracketed phrase that ends in a figure: "(ngoài phần hỗ trợ 70%)3.", "(2020)1".
  // (Or in a word OCR garbled with a digit or a code: "ngày nghỉ 1é)3." for lễ)³, "(theo Mẫu số 01/XOANO)5".)
  const closed = /[\p{L}\d%]\)(\d{1,2})$/u.exec(core);
  if (closed && !closed[1].startsWith('0')) return { mark: closed[1], value: Number(closed[1]), ...(/\d\p{L}*\)\d+$/u.test(core) ? { weak: true } : {}) };
  // A number in brackets glued to the word, figure or bracket: "đồng(1)", "0,05%(1)", "3.549)(2)".
  // (After a square or cubic unit OCR read with a question mark too: "đồng/m?(5).")
  // (Or after a slash OCR made of a speck: "luống nấm/(4).")
  const paren = /(?:[\p{L}"”%\d)]|\bm\?|\p{L}\/)\((\d{1,2})\)$/u.exec(core);
  if (paren) return { mark: `(${paren[1]})`, value: Number(paren[1]), ...(/\d\(/.test(core) ? { weak: true } : {}) };
  // A digit after a percent sign: "đạt 68%2," (a figure never goes on after its unit), with a sign
  // OCR read from the same superscript ("5%5> so với").
  const percent = /\d%(\d[^\p{L}\p{N}\s.,;:!?()[\]"'“”‘’%-]?)$/u.exec(core);
  if (percent && percent[1][0] !== '0') return { mark: percent[1], value: Number(percent[1][0]) };
  // A superscript read as a digit run on into a year: "năm 20252;" is 2025 and the mark 2, so are
  // "19/10/20254." and the standard "TCVN 13259:20205;".
  // (Two digits after a date's year: "15/9/202510." for 2025¹⁰.)
  const year = /(?:^|\d[/.:-])(?:1[89]|20)\d\d(\d)$/.exec(core) ?? /\d[/.-](?:1[89]|20)\d\d([1-9]\d)$/.exec(core);
  if (year && year[1] !== '0') return { mark: year[1], value: Number(year[1]), weak: true };
  // So into a figure grouped in thousands, whose last group then has four digits ("1:10.0005" for
  // the scale 1:10.000 and the mark 5).
  const grouped = /(?:^|[^\d.,])\d{1,3}(?:\.\d{3})*\.\d{3}([1-9])$/.exec(core);
  if (grouped) return { mark: grouped[1], value: Number(grouped[1]), weak: true };
  // A code or a unit in capitals, then the mark: "138/2020/NĐ-CP2", "720 triệu USD4", "VITIMES4;".
  // (And a road's number with its letter: "Quốc lộ 14K2." for 14K².)
  // (And a code whose capitals end in a two-digit number: "Luật số 22/2023/QH155;" for QH15⁵.)
  const afterCode = /^(.*[-/]\p{Lu}{1,6}(?:\d\d)?|\p{Lu}{2,8}|\d{1,3}\p{Lu})(\d)$/u.exec(core);
  if (afterCode) return { mark: afterCode[2], value: Number(afterCode[2]), weak: true };
  // A Roman numeral may end in a mark so ("hạng II¹" read "II'") or be III misread: tried last.
  if (/^[IVX]{1,4}['’]$/.test(core)) return { mark: core[core.length - 1], weak: true };
  // In a word in capitals, a trailing ! or ' glued to a letter is an I that OCR misread ("THO!" for
  // THỜI), not a mark.
  if (/^\p{Lu}{2,}[!'’]$/u.test(core)) return undefined;
  for (const mark of marks) {
    // After a letter or a closing bracket or quote: "mới®", "(LGSP)®", "số'"; after a digit: "2023'";
    // after the full stop that ends a sentence ("tại 9 xã.’"), where a closing quote may stand too.
    if (core.length > mark.length && core.endsWith(mark)) {
      const before = core[core.length - mark.length - 1];
      if (/[\p{L})"”]/u.test(before)) return hornLike(mark, before) ? { mark, weak: true } : { mark };
      // (Or after a closing quote OCR read as two single ones: "“Góc hạnh phúc’’®)".)
      if (/\p{L}’’$/u.test(core.slice(0, -mark.length))) return { mark };
      if (/\d/.test(before)) return { mark, weak: true };
      if (before === '.' && /\p{L}\.$/u.test(core.slice(0, -mark.length)) && !/[‘']/.test(core.slice(0, -mark.length))) return { mark, weak: true };
    }
  }
  // A bracketed superscript read as a quote and a bracket that closes none ("năm”)." for năm⁽²⁾.).
  if (/[\p{L}\d][”"]\)$/u.test(core) && !core.includes('(')) return { mark: core.slice(-2) };
  // A closing quote with no opening one in the word: a superscript OCR read as ” or " ("chính”.",
  // "(tăng 12%)”.", "Phước\".").
  if (core.length > 1 && /[”"]$/.test(core) && !/[“"]/.test(core.slice(0, -1)) && /[\p{Ll})]/u.test(core[core.length - 2])) return { mark: core[core.length - 1] };
  // An opening quote opens nothing at a word's end: before punctuation it is a superscript OCR read
  // so ("hỗ trợ“."), with a quote OCR read from the same superscript ("Nhà nước“’,").
  const opening = /[\p{Ll})](“['’‘]?)$/u.exec(core);
  if (opening) return { mark: opening[1], onlyBeforeStop: true };
  // After a figure or a percentage too ("năm 2023\";", "đạt 93,7%”."), or a code in capitals
  // ("92/2021/TT-BTC” và"), where a code may end so: tried last.
  if (core.length > 1 && /[”"]$/.test(core) && !/[“"]/.test(core.slice(0, -1)) && (/[\d%]/.test(core[core.length - 2]) || /[-/]\p{Lu}+$/u.test(core.slice(0, -1)))) return { mark: core[core.length - 1], weak: true };
  // A percent sign doubled ("89,5%%"), or after a word or a bracket ("(LGSP)%,"), is a superscript
  // read as %.
  if (/\d%%$/.test(core) || /[\p{L})]%$/u.test(core)) return { mark: '%' };
  // So is a percent sign after a year ("khảo sát năm 2025%;"): no share is written so.
  if (/(?:^|[^\d,.])(?:19|20)\d\d%$/.test(core)) return { mark: '%', weak: true };
  const symbols = markCharRun(core, core.length - 1, -1, data);
  if (symbols && core.length > symbols.length) {
    const before = core[core.length - symbols.length - 1];
    if (/[\p{L})"”]/u.test(before)) return hornLike(symbols, before) ? { mark: symbols, weak: true } : { mark: symbols };
    // After a number or a percentage ("6,2%!"): a code or a figure may end so, try it last.
    if (/[\d%]/.test(before)) return { mark: symbols, weak: true };
  }
  // Any other sign glued to a word or a figure ("ngoài>.", "thương mại§,", "năm 2012};"): a
  // superscript OCR read as a sign it has no name for; the caller keeps it only before punctuation,
  // where notes are referenced.
  // (After a garbled mark sign too, the two read from one superscript: "mặt/km?>;".)
  // (A percent sign after such a sign too: "năm 2025°%,/.")
  const sign = /([\p{L}\d)"”])((?:[?!°*®'’])?[^\p{L}\p{N}\p{Z}.,;:!?"'’‘“”()[\]\-–—/%&…]|[?!°*®'’]%)$/u.exec(core);
  // After a closing bracket or quote no letter was garbled: the sign is a mark wherever it stands
  // ("(chi thường xuyên)¢ để mua sắm", "“Sản phẩm OCOP”>, tham gia").
  // (Nor after a code in capitals, "12/2025/NQ-HĐND§ của": codes are no words OCR garbles so.)
  const afterCodeSign = sign !== null && /[-/]\p{Lu}+$/u.test(core.slice(0, -sign[2].length));
  if (sign) return { mark: sign[2], ...(/[)"”]/.test(sign[1]) || afterCodeSign ? {} : { onlyBeforeStop: true }), ...(/\d/.test(sign[1]) ? { weak: true } : {}) };
  // A letter no Vietnamese syllable ends with, after a lower-case syllable and before punctuation: a
  // superscript OCR read as a letter. An s after a syllable ("phẩm⁴;" read "phams;", "vị⁴." read
  // "vis."), a t after a vowel that closes its syllable ("thiếu⁴." read "thiéut.") or after a stop,
  // an l after a syllable (no Vietnamese syllable ends in l: OCR reads a superscript one as l, "tạo¹;"
  // read "taol;"), and so a d ("trợ lực⁵." read "lucd."). A loanword may end so ("gas."): tried last.
  const letter = /^(\p{Ll}{1,6})([stld])$/u.exec(core);
  const folded = letter ? foldText(letter[1]) : '';
  // (Not after gi alone: that is the onset of a syllable whose vowel OCR read as the letter, "gid" for
  // giờ or giá.)
  if (folded === 'gi') return undefined;
  // (A syllable that ends in c, ch, p or t is one with its rising tone: "luc" for lực.)
  const syllable = isValidSyllable(folded) || (/(?:c|ch|p|t)$/.test(folded) && isValidSyllable(applyTone(folded, 2)));
  // (A t after a syllable that ends in a stop, "đất⁴." read "datt.", is such a letter too.)
  const tAfter = /^\p{Ll}+[aeo][ui]$/u.test(folded) || (/(?:c|ch|p|t)$/.test(folded) && syllable);
  if (letter && (letter[2] === 't' ? tAfter : syllable)) return { mark: letter[2], onlyBeforeStop: true, weak: true };
  return undefined;
}

/** The word without ư, ơ (toned or not) and marked u, o: what a horn split off as a quote leaves. */
function withoutHornVowels(word: string): string {
  return [...word].filter((c) => !(c.normalize('NFD').length > 1 && /^[uo]$/i.test(foldText(c)))).join('');
}

/**
 * A quote after u or o may be the horn of ư or ơ that OCR split off ("cu’" for cư, "Tho'" for Thơ),
 * and a question mark after ư or ơ their hook and tone ("giữ?"): weaker evidence than a mark after any
 * other letter.
 */
function hornLike(mark: string, before: string): boolean {
  return (/^['’‘`]$/.test(mark) && /[uoUO]/.test(before)) || (mark === '?' && HORN_VOWEL.test(before));
}

/** ư and ơ with any tone: OCR reads the hook and tone of one as a question mark after it ("giữ?"). */
const HORN_VOWEL = /^[ưừứửữựơờớởỡợ]$/iu;

/** Digits OCR reads as letters inside a bracketed mark ("[l]", "[I]" for [1], "[S]" for [5]). */
const LETTER_DIGITS: Record<string, number> = { l: 1, I: 1, S: 5 };

/**
 * A bracketed mark "[1]" at the end of `text` (or at its start, for a note), with the forms OCR makes
 * of it ("(1]", "{6]", "|7]", "[1)", "[3}", "[l]", "[S]", "i3]", "[5f").
 */
export function readBracketMark(text: string, atStart: boolean): { mark: string; value: number } | undefined {
  // (Or its closing bracket as a round one or a brace: "[1)", "[3}".)
  // (Or its opening one as a bar: "nay|7]./.".)
  let m = atStart ? /^(?:[[({|]([0-9]{1,2}|[lIS])\]|\[([0-9]{1,2}|[lIS])[)}])/.exec(text) : /(?:[[({|]([0-9]{1,2}|[lIS])\]|\[([0-9]{1,2}|[lIS])[)}])$/.exec(text);
  // At a word's end, an opening bracket OCR read as a letter or lost ("nay[3]." read "yi3]."): a
  // number and a closing bracket glued to a letter, with no opening bracket in the word.
  // (Or as a slash: "QH15/1];".)
  if (!m && !atStart && !/[[(]/.test(text)) m = /(?<=\p{L})([0-9]{1,2})\]$/u.exec(text) ?? /(?<=\w)\/([0-9]{1,2})\]$/u.exec(text);
  // (Or its closing bracket as a letter or a bar: "năm 2025[5f.")
  if (!m && !atStart) m = /(?<=[\p{L}\d)])\[([0-9]{1,2})[fjlI|]$/u.exec(text);
  if (!m) return undefined;
  const digits = m[1] ?? m[2];
  return { mark: m[0], value: LETTER_DIGITS[digits] ?? Number(digits) };
}

function superscriptValue(sup: string, data: StructureData): number {
  return Number([...sup].map((c) => data.superscriptDigits.indexOf(c)).join(''));
}

/**
 * Whether a quotation is still open after the text, given whether one was open before it: “ opens, ”
 * closes, a straight quote does either (it opens only before a word).
 */
export function quotationOpenAfter(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    // (A straight quote glued to the end of a word opens nothing: it closes one, or is a mark.)
    else if (c === '"') open = !open && /^(?:\s|\(|)$/.test(text[i - 1] ?? '') && /[\p{L}\d]/u.test(text[i + 1] ?? '');
  }
  return open;
}

/** The text opens a quotation it does not close: more “ than ”, or an odd number of straight quotes. */
function leavesQuoteOpen(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** The last quote in the text opens a quotation: “, or a straight quote after an even number of them. */
function quotationOpen(text: string): boolean {
  let open = false;
  for (const c of text) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** The text leaves a bracket open: more "(" than ")". */
function parenOpen(text: string): boolean {
  return openBrackets(text) > 0;
}

/** How many more round brackets the text opens than it closes. */
function openBrackets(text: string): number {
  return (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
}
