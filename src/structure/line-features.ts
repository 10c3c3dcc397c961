import type { LineFeatures } from './types.js';
import type { StructureData } from './structure-data.js';
import { readMarker } from './markers.js';

/** A line at least this share of the typical length was probably wrapped by the page's margin. */
export const FULL_LINE_RATIO = 0.85;

/**
 * Split text into lines (\n, \r\n or \r) and compute each line's features.
 * @param text the repaired text
 * @param data structure phrase lists
 * @returns one record per line, in order
 */
export function computeLineFeatures(text: string, data: StructureData): LineFeatures[] {
  const rawLines = text.split(/\r\n|\r|\n/);
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const features = rawLines.map((raw, i) => describeLine(raw, i + 1, data));
  const typical = typicalLength(features);
  for (const f of features) f.lengthRatio = typical > 0 ? f.text.length / typical : 0;
  // A dash before a figure, after a full line that ends in one, is a range the margin wrapped ("giai
  // đoạn 2019" + "- 2024; ..."), not a bullet.
  features.forEach((f, i) => {
    const previous = features[i - 1];
    if (f.marker?.kind === 'bullet' && /^[-–]\s*\d/.test(f.text) && previous && !previous.blank && previous.lengthRatio >= FULL_LINE_RATIO && /\d$/.test(previous.text)) f.marker = undefined;
  });
  return features;
}

function describeLine(raw: string, line: number, data: StructureData): LineFeatures {
  const formFeed = raw.includes('\f');
  const unfed = raw.replace(/\f/g, '');
  const text = unfed.trim();
  const indent = unfed.length - unfed.trimStart().length;
  let letters = 0;
  let upper = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters++;
      if (char !== char.toLowerCase()) upper++;
    }
  }
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  return {
    line,
    raw,
    text,
    indent,
    blank: text === '',
    formFeed,
    marker: text === '' ? undefined : readMarker(text, data),
    upperRatio: letters > 0 ? upper / letters : 0,
    letters,
    lengthRatio: 0,
    endsWithStop: /[.;:!?]["”)]?$/.test(text),
    startsLower: firstLetter !== undefined && firstLetter === firstLetter.toLowerCase() && firstLetter !== firstLetter.toUpperCase() && /^[^\p{L}]{0,2}\p{Ll}/u.test(text),
  };
}

/**
 * The length of a full line of running text: the 75th percentile of lines longer than 30 characters
 * (short lines are headings, list items and the ends of paragraphs; the percentile skips over the
 * few lines OCR merged from two columns).
 */
function typicalLength(features: LineFeatures[]): number {
  const lengths = features.map((f) => f.text.length).filter((n) => n > 30).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.75))];
}
