import type { Block, LineFeatures } from './types.js';
import type { StructureData } from './structure-data.js';
import { findPhrase, startsWithPhraseFuzzy } from './structure-data.js';
import { isCaps } from './header-fields.js';

/**
 * Read the closing block: the "Nơi nhận:" list and the signature block (TM./KT./T/M., the signer's
 * title, notes such as "(Đã ký)", the name), whether OCR put them one after the other or flattened
 * them side by side onto the same lines.
 * @param lines the closing zone's non-blank lines
 * @param data structure phrase lists
 * @returns a recipients block and a signature block, as present
 */
export function readClosing(lines: LineFeatures[], data: StructureData): Block[] {
  let label: string | undefined;
  const items: string[] = [];
  const signature: string[] = [];
  const recipientLines: number[] = [];
  const signatureLines: number[] = [];
  for (const f of lines) {
    const [left, right] = splitColumns(f, data, label !== undefined, signature.length > 0);
    if (left !== undefined) {
      const labelLength = startsWithPhraseFuzzy(left, data.recipientsLabels);
      if (labelLength > 0 && label === undefined) {
        label = left.slice(0, labelLength) + (left[labelLength] === ':' ? ':' : '');
        const rest = left.slice(label.length).trim();
        if (rest) items.push(stripBullet(rest, data));
      } else if (items.length > 0 && !isBulleted(left, data) && /^\p{Ll}/u.test(left)) {
        items[items.length - 1] += ' ' + left;
      } else items.push(stripBullet(left, data));
      recipientLines.push(f.line);
    }
    if (right !== undefined) {
      signature.push(right);
      signatureLines.push(f.line);
    }
  }
  const blocks: Block[] = [];
  if (label !== undefined || items.length) {
    blocks.push({
      type: 'recipients',
      text: label ?? '',
      items,
      lines: [recipientLines[0], recipientLines[recipientLines.length - 1]],
      confidence: label !== undefined ? 0.9 : 0.6,
    });
  }
  if (signature.length) {
    const last = signature[signature.length - 1];
    const signer = isPersonName(last) ? last : undefined;
    blocks.push({
      type: 'signature',
      text: signature.join('\n'),
      signatureLines: signature,
      ...(signer ? { signer } : {}),
      lines: [signatureLines[0], signatureLines[signatureLines.length - 1]],
      confidence: 0.85,
    });
  }
  return blocks;
}

/**
 * Split a closing line into its recipients part (left column) and signature part (right column).
 * @returns [left, right], either undefined when the line has none of it
 */
function splitColumns(f: LineFeatures, data: StructureData, inRecipients: boolean, inSignature: boolean): [string | undefined, string | undefined] {
  const text = f.text;
  // Under the label, a line that is neither capitals, nor a name, nor a note such as "(Đã ký)" is a
  // recipient, bulleted or not ("Như trên;").
  const unbulleted = inRecipients && !inSignature && !isCaps(text) && !isPersonName(text) && !text.startsWith('(');
  const isRecipient = startsWithPhraseFuzzy(text, data.recipientsLabels) > 0 || isBulleted(text, data) || (inRecipients && /^\p{Ll}/u.test(text)) || unbulleted;
  if (!isRecipient) return [undefined, text];
  // Where OCR kept the gap between the two columns, it is the split.
  const gap = COLUMN_GAP.exec(text);
  if (gap && !startsWithPhraseFuzzy(text.slice(gap.index + gap[0].length), data.recipientsLabels)) {
    return [text.slice(0, gap.index).trim() || undefined, text.slice(gap.index + gap[0].length).trim()];
  }
  const at = signatureStart(text, data, inSignature);
  if (at === undefined) return [text, undefined];
  const left = text.slice(0, at).trim();
  return [left || undefined, text.slice(at).trim()];
}

/** The gap between the two columns of a closing block flattened onto one line, as OCR kept it. */
const COLUMN_GAP = /(?<=\S)\s{3,}(?=\S)/u;

/** Where a flattened signature begins on a recipients line: a prefix (TM., KT.), a title, or a name. */
function signatureStart(text: string, data: StructureData, inSignature: boolean): number | undefined {
  const prefix = findPhrase(text, data.signaturePrefixes);
  // "KT. CHỦ TỊCH", or a title the restorer gave other capitals ("KT. Chủ TỊCH").
  if (prefix && prefix.start > 0 && (isCaps(text.slice(prefix.end)) || findPhrase(text.slice(prefix.end), data.signerTitles)?.start === 1)) return prefix.start;
  // The trailing run of words after the recipient's own punctuation; Party documents end their
  // recipients with a comma, so after a comma only a title, a note or a name begins the signature.
  const strong = Math.max(text.lastIndexOf(';'), text.lastIndexOf('.'), text.lastIndexOf(':'));
  const cut = Math.max(strong, text.lastIndexOf(','));
  if (cut < 0) return undefined;
  let at = cut + 1;
  while (at < text.length && text[at] === ' ') at++;
  const tail = text.slice(at);
  if (!tail) return undefined;
  const title = findPhrase(tail, data.signerTitles)?.start === 0;
  if (cut === strong && isCaps(tail) && (tail.split(/\s+/).length >= 2 || title)) return at;
  if (isCaps(tail) && title) return at;
  if (findPhrase(tail, data.signatureNotes)?.start === 0) return at;
  if (inSignature && isPersonName(tail)) return at;
  return undefined;
}

function isBulleted(text: string, data: StructureData): boolean {
  return data.bullets.some((b) => text.startsWith(b));
}

function stripBullet(text: string, data: StructureData): string {
  for (const b of data.bullets) if (text.startsWith(b)) return text.slice(b.length).trim();
  return text;
}

/** Two to five capitalised words, nothing else: a signer's name. */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}
