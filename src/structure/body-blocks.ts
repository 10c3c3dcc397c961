import type { Block, Marker } from './types.js';
import type { StructureData } from './structure-data.js';
import { startsWithPhrase } from './structure-data.js';
import { dropStart } from './line-content.js';
import { isCaps } from './header-fields.js';
import type { BodyItem, Group } from './reflow.js';
import { reflowLines } from './reflow.js';
import { rebuildTable } from './tables.js';
import { makeMessage } from '../document/message.js';
import type { Point, VnfixMessage } from '../document/types.js';

export type { BodyItem } from './reflow.js';

/** Longest heading, in characters (the seed plan's longest numbered heading has 120). */
const MAX_HEADING_LENGTH = 220;
/** Deepest Markdown heading. */
const MAX_DEPTH = 6;

/**
 * Build the body's blocks: group lines into paragraphs (reflow), then decide for each numbering kind
 * whether the document uses it for headings or for items, and give heading kinds levels in the order
 * the document first uses them.
 * @param items the body's line stream
 * @param data structure phrase lists
 * @param baseDepth depth of the top heading level (2 under a title, else 1)
 * @param messages receives flags (unrecovered tables)
 * @param pointAt the input point where a line starts
 * @returns blocks in document order
 */
export function buildBodyBlocks(
  items: BodyItem[],
  data: StructureData,
  baseDepth: number,
  messages: VnfixMessage[],
  pointAt: (line: number) => Point,
): Block[] {
  const groups = reflowLines(items, data.appendixWords, data.preambleOpeners);
  return classifyGroups(groups, data, baseDepth, messages, pointAt);
}

function headingLike(g: Group): boolean {
  const text = g.content.text;
  if (text.length > MAX_HEADING_LENGTH || g.lines.length > 3) return false;
  if (isTableRow(text)) return false;
  if (isCaps(text)) return true;
  if (/[.;,]$/.test(text)) return false;
  return !text.endsWith(':') || (g.lines.length === 1 && text.length <= 120);
}

/**
 * A row of a table OCR flattened with dashes between its cells, two or more of them figures: "1. Bến
 * Đình - 24,5 ha - 6,2 ha - 4,3 ha" is a row, not a heading.
 */
function isTableRow(text: string): boolean {
  const cells = text.split(/\s*[-–]\s+|\s+[-–]\s*|(?<=\p{L})-(?=\d)/u);
  return cells.length >= 3 && cells.filter((c) => /^\d/.test(c)).length >= 2;
}

const STRUCTURAL = new Set(['part', 'chapter', 'section', 'article']);
const STRUCTURAL_ORDER = ['part', 'chapter', 'section', 'article'];

/**
 * Rank of a heading key: the structural words in their legal order (Phần > Chương > Mục > Điều), then
 * everything else (stable). Also the windowed structure's ranking, so both level headings alike.
 */
export function structuralRank(key: string): number {
  const rank = STRUCTURAL_ORDER.indexOf(key);
  return rank < 0 ? STRUCTURAL_ORDER.length : rank;
}

/**
 * Split each numbering kind's items into runs of siblings: a run ends where a kind the document used
 * earlier (a higher level) appears. "1." under "I." may be headings while "1." under "PHẦN II" are items.
 * @returns for each group with a marker, the id of its run ("arabic1#2")
 */
function siblingRuns(groups: Group[]): Map<Group, string> {
  const firstUse: string[] = [];
  const runOf = new Map<string, number>();
  const runs = new Map<Group, string>();
  for (const g of groups) {
    const key = g.marker?.key;
    if (!key || g.marker?.kind === 'bullet') continue;
    if (!firstUse.includes(key)) firstUse.push(key);
    const rank = firstUse.indexOf(key);
    for (const lower of firstUse.slice(rank + 1)) runOf.set(lower, (runOf.get(lower) ?? 0) + 1);
    runs.set(g, `${key}#${runOf.get(key) ?? 0}`);
  }
  return runs;
}

/**
 * A Roman I that OCR read as the digit 1 ("1. Phạm vi" for I. Phạm vi): a "1." whose next sibling
 * candidate is a Roman "II." (before any "2."), or a "1." in capitals whose numbering starts again
 * under it, takes the Roman numbering, so it stands at the level of the Roman numerals.
 */
const HIGHER_THAN_ROMAN = new Set<Marker['kind']>(['part', 'chapter', 'section', 'upperLetter']);

function romanOneReadAsDigit(groups: Group[]): void {
  for (const [i, g] of groups.entries()) {
    if (g.marker?.key !== 'arabic1' || g.marker.value !== 1 || !/^1\.$/.test(g.marker.label)) continue;
    const next = groups.slice(i + 1).find((h) => h.marker?.key === 'arabic1' || h.marker?.kind === 'roman');
    // Or a "1." in capitals whose next sibling candidate starts the numbering again under it ("1. KẾT
    // QUẢ THỰC HIỆN", "1. Công tác lãnh đạo"), where a Roman "II." follows later.
    const restartsUnder =
      next?.marker?.key === 'arabic1' && next.marker.value === 1 && isCaps(g.content.text) && !isCaps(next.content.text) &&
      groups.slice(groups.indexOf(next)).some((h) => h.marker?.kind === 'roman' && h.marker.value === 2);
    if (!restartsUnder && (next?.marker?.kind !== 'roman' || next.marker.value !== 2)) continue;
    // Not under a Roman heading of its own ("I. MỤC ĐÍCH", "1. Mục đích", "II. NHIỆM VỤ"): only at the
    // start of a part, after a heading of a higher kind ("A. QUY ĐỊNH CHUNG") or none.
    const above = groups.slice(0, i).reverse().find((h) => h.marker && (h.marker.kind === 'roman' || HIGHER_THAN_ROMAN.has(h.marker.kind)));
    if (above?.marker?.kind !== 'roman') g.marker = { ...g.marker, kind: 'roman', key: 'roman' };
  }
}

/**
 * A Roman I that OCR read as the letter L ("L. SỰ CẦN THIẾT" for I.): an "L." that no other capital
 * letter numbers before it, whose next Roman or lettered sibling is a Roman "II.", takes the Roman
 * numbering.
 */
function romanOneReadAsLetter(groups: Group[]): void {
  for (const [i, g] of groups.entries()) {
    if (g.marker?.kind !== 'upperLetter' || !/^L\.$/.test(g.marker.label)) continue;
    if (groups.slice(0, i).some((h) => h.marker?.kind === 'upperLetter' || h.marker?.kind === 'roman')) continue;
    const next = groups.slice(i + 1).find((h) => h.marker?.kind === 'roman' || h.marker?.kind === 'upperLetter');
    if (next?.marker?.kind === 'roman' && next.marker.value === 2) g.marker = { ...g.marker, kind: 'roman', key: 'roman', value: 1 };
  }
}

/**
 * A Roman numeral of I's all read as the digit 1 ("11. TỔ CHỨC THỰC HIỆN" for III.): a number of 1's
 * only, on a line in capitals, after a Roman heading and where the Arabic numbering under it does not
 * reach 10, takes the next Roman numeral.
 */
function romanOnesReadAsDigits(groups: Group[]): void {
  for (const [i, g] of groups.entries()) {
    if (g.marker?.key !== 'arabic1' || !/^1{2,3}\.$/.test(g.marker.label) || !isCaps(g.content.text)) continue;
    const before = groups.slice(0, i).reverse();
    const roman = before.find((h) => h.marker && (h.marker.kind === 'roman' || HIGHER_THAN_ROMAN.has(h.marker.kind)));
    if (roman?.marker?.kind !== 'roman' || roman.marker.value === undefined) continue;
    const sibling = before.slice(0, before.indexOf(roman)).find((h) => h.marker?.key === 'arabic1');
    if (sibling?.marker?.value === g.marker.value! - 1) continue;
    g.marker = { ...g.marker, kind: 'roman', key: 'roman', value: roman.marker.value + 1 };
  }
}

function classifyGroups(groups: Group[], data: StructureData, baseDepth: number, messages: VnfixMessage[], pointAt: (line: number) => Point): Block[] {
  romanOneReadAsDigit(groups);
  romanOneReadAsLetter(groups);
  romanOnesReadAsDigits(groups);
  // Which runs of numbered items the document uses as headings: most of the run reads like headings.
  const runs = siblingRuns(groups);
  const counts = new Map<string, { all: number; like: number }>();
  // (Inside an article, a clause that ends with a colon opens its points: "1. Về địa điểm:" then "a)
  // Không đặt ...". The law's clauses are no headings.)
  let inArticle = false;
  for (const g of groups) {
    if (g.marker && STRUCTURAL.has(g.marker.kind)) inArticle = g.marker.kind === 'article';
    const run = runs.get(g);
    if (!run || STRUCTURAL.has(g.marker!.kind)) continue;
    const c = counts.get(run) ?? { all: 0, like: 0 };
    c.all++;
    if (headingLike(g) && !(inArticle && g.content.text.endsWith(':'))) c.like++;
    counts.set(run, c);
  }
  const headingRuns = new Set([...counts].filter(([, c]) => c.like * 2 > c.all).map(([k]) => k));
  const isHeadingGroup = (g: Group): boolean => !!g.marker && (STRUCTURAL.has(g.marker.kind) || headingRuns.has(runs.get(g) ?? ''));
  // Levels in order of first use.
  const order: string[] = [];
  const listOrder: string[] = [];
  for (const g of groups) {
    const key = g.marker?.key;
    if (!key || g.marker?.kind === 'bullet') continue;
    if (isHeadingGroup(g)) {
      if (!order.includes(key) && (STRUCTURAL.has(g.marker!.kind) || headingLike(g))) order.push(key);
    } else if (!listOrder.includes(key)) listOrder.push(key);
  }
  // A Roman numbering that starts at II, with a section in capitals before the first number, lost its
  // I to OCR ("aS CÔNG TÁC LÃNH ĐẠO ..." for "I. CÔNG TÁC ..."): the Roman numerals are the top level,
  // above the numbers that came first under that section.
  const firstRoman = groups.find((g) => g.marker?.key === 'roman' && isHeadingGroup(g));
  const firstNumbered = groups.findIndex((g) => g.marker !== undefined && g.marker.kind !== 'bullet' && isHeadingGroup(g));
  const romanOneLost = firstRoman?.marker?.value === 2 && order.indexOf('roman') > 0 && groups.slice(0, firstNumbered).some(capsSectionLike);
  if (romanOneLost) order.splice(0, 0, ...order.splice(order.indexOf('roman'), 1));
  // Phần > Chương > Mục > Điều is the order the law on legal documents sets, whatever a document
  // happens to use first (an article may come before the first section); other numberings follow in
  // the order the document first uses them.
  order.sort((a, b) => structuralRank(a) - structuralRank(b));
  // A heading sits one level under the nearest open heading of a higher kind: "a)" straight under
  // "2." is one level down even where "1.1." came between them earlier ("1." > "1.1." > "a)").
  const open: Array<{ rank: number; depth: number }> = [];
  // Sections named in capitals with no number whose numbering starts afresh under each ("TÌNH HÌNH
  // THU HÚT ĐẦU TƯ", "1. Dự án cấp mới", "2. ...", "TÌNH HÌNH SẢN XUẤT", "1. ..."): the numbered
  // headings go one level under the section they are in.
  // (Not the section that lost its Roman I: it is one of the Roman numerals' level.)
  const capsSections = !romanOneLost && numberingRestartsUnderCaps(groups, isHeadingGroup);
  // The legal hierarchy keeps its fixed levels (an article is under a chapter two levels down, as if
  // a section stood between them, whether or not the chapter has sections).
  const depthOf = (key: string, structural: boolean): number => {
    const rank = Math.max(0, order.indexOf(key));
    while (open.length && open[open.length - 1].rank >= rank) open.pop();
    const depth = Math.min(MAX_DEPTH, open.length && !structural ? open[open.length - 1].depth + 1 : baseDepth + rank);
    open.push({ rank, depth });
    return depth;
  };

  const blocks: Block[] = [];
  let bulletRun: BulletLevel[] = [];
  groups.forEach((g, index) => {
    const lines: [number, number] = [g.lines[0].line, g.lines[g.lines.length - 1].line];
    const refs = g.content.refs.length ? g.content.refs : undefined;
    const marker = g.marker;
    if (marker?.kind !== 'bullet') bulletRun = [];
    if (g.table) {
      blocks.push(tableBlock(g, lines, messages, pointAt));
      return;
    }
    if (marker?.kind === 'bullet') {
      bulletRun = nestBullet(bulletRun, marker.key, g.lines[0].indent);
      const rest = dropStart(g.content, marker.restStart);
      blocks.push({ type: 'listItem', depth: bulletRun.length, marker: marker.label, ordered: false, text: rest.text, lines, confidence: 0.85, ...(rest.refs.length ? { refs: rest.refs } : {}) });
      return;
    }
    if (marker && isHeadingGroup(g)) {
      const depth = depthOf(marker.key, STRUCTURAL.has(marker.kind));
      if (headingLike(g)) {
        const c = counts.get(runs.get(g) ?? '');
        const confidence = STRUCTURAL.has(marker.kind) || !c || c.like === c.all ? 0.9 : 0.75;
        blocks.push({ type: 'heading', depth, marker: marker.label, text: g.content.text, lines, confidence, ...(refs ? { refs } : {}) });
        return;
      }
      if (STRUCTURAL.has(marker.kind) || siblingOfHeadings(runs.get(g), counts)) {
        // "Điều 1. Phê duyệt ... như sau:" — the article number is the heading, its text a paragraph;
        // so is "3. Giao Sở ... hằng tháng." among the sibling headings "1. Đánh giá chung", "2. ...".
        blocks.push({ type: 'heading', depth, marker: marker.label, text: marker.label, lines: [lines[0], lines[0]], confidence: 0.85 });
        const rest = dropStart(g.content, marker.restStart);
        blocks.push({ type: 'paragraph', text: rest.text, lines, confidence: 0.85, ...(rest.refs.length ? { refs: rest.refs } : {}) });
        return;
      }
    }
    if (marker) {
      const rest = dropStart(g.content, marker.restStart);
      blocks.push({ type: 'listItem', depth: listOrder.indexOf(marker.key) + 1 || 1, marker: marker.label, ordered: true, text: rest.text, lines, confidence: 0.8, ...(rest.refs.length ? { refs: rest.refs } : {}) });
      return;
    }
    const text = g.content.text;
    if (isCaps(text) && g.lines[0].letters >= 4 && headingLike(g)) {
      const next = groups[index + 1];
      const beforePreamble = next !== undefined && startsWithPhrase(next.content.text, data.preambleOpeners) > 0;
      // The authority line, and the capitals that go on under it ("KHÓA X - KỲ HỌP THỨ 14").
      const previous = blocks[blocks.length - 1];
      const underAuthority = previous?.type === 'paragraph' && previous.strong === true && !previous.text.endsWith(':');
      const authority = startsWithPhrase(text, data.authorityStarts) > 0 || underAuthority;
      if (text.endsWith(':') || beforePreamble || authority) {
        blocks.push({ type: 'paragraph', strong: true, text, lines, confidence: 0.8, ...(refs ? { refs } : {}) });
      } else {
        if (capsSections) open.splice(0, open.length, { rank: -1, depth: baseDepth });
        blocks.push({ type: 'heading', depth: baseDepth, text, lines, confidence: 0.7, ...(refs ? { refs } : {}) });
      }
      return;
    }
    blocks.push({ type: 'paragraph', text, lines, confidence: g.crossed ? 0.8 : 0.9, ...(refs ? { refs } : {}) });
  });
  return blocks;
}

/** A line in capitals with no number that reads like a section's name (not a label ending in ':'). */
function capsSectionLike(g: Group): boolean {
  const text = g.content.text;
  return g.marker === undefined && !g.table && isCaps(text) && g.lines[0].letters >= 4 && headingLike(g) && !text.endsWith(':');
}

/**
 * Whether numbered headings start afresh (at 1) under at least two sections named in capitals: then
 * those sections are the level above the numbers. One such line alone (a heading whose number OCR
 * lost) says nothing.
 */
function numberingRestartsUnderCaps(groups: Group[], isHeadingGroup: (g: Group) => boolean): boolean {
  let restarts = 0;
  let afterCaps = false;
  let capsSeen = false;
  let numberedFirst = false;
  let arabicRestart = false;
  for (const g of groups) {
    if (capsSectionLike(g)) afterCaps = capsSeen = true;
    else if (g.marker && g.marker.kind !== 'bullet' && !STRUCTURAL.has(g.marker.kind) && isHeadingGroup(g)) {
      if (!capsSeen) numberedFirst = true;
      if (afterCaps && g.marker.value === 1) {
        restarts++;
        if (g.marker.kind === 'arabic') arabicRestart = true;
      }
      afterCaps = false;
    }
  }
  // Or once, under the last of the sections ("ĐÁNH GIÁ CHUNG", "NHIỆM VỤ TRỌNG TÂM", "1. ...",
  // "2. ..."), when nothing numbered stands before the first section and the numbers are Arabic
  // (Roman numerals after a section in capitals are the document's parts, at its level).
  return restarts >= 2 || (restarts === 1 && arabicRestart && !numberedFirst);
}

/** An open level of a bullet list: its bullet and its lines' indentation. */
interface BulletLevel {
  key: string;
  indent: number;
}

/** Indentations closer than this are the same (OCR and typing shift a line by a space). */
const INDENT_SLACK = 1;

/**
 * The open levels after a bullet item: a sibling of the open level with its bullet and indentation,
 * a child of the last item when it is indented further or uses a bullet not open yet ("+" under "-"),
 * and back to a level it closes when it is indented less.
 * @param open the levels open before the item, outermost first
 * @param key the item's bullet key ("bullet:-")
 * @param indent the item's indentation
 * @returns the levels open at the item; its depth is their number
 */
export function nestBullet(open: BulletLevel[], key: string, indent: number): BulletLevel[] {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= INDENT_SLACK;
  const levels = [...open];
  // Less indented than the innermost levels: they are closed.
  while (levels.length && levels[levels.length - 1].indent > indent + INDENT_SLACK) levels.pop();
  const same = levels.findIndex((l) => l.key === key && near(l.indent, indent));
  if (same >= 0) return levels.slice(0, same + 1);
  levels.push({ key, indent });
  return levels;
}

/**
 * A numbered item that runs on as a sentence, in a run of siblings the document otherwise uses as
 * headings (at least two, all the others heading-like): it keeps its place in the outline.
 */
function siblingOfHeadings(run: string | undefined, counts: Map<string, { all: number; like: number }>): boolean {
  const c = run === undefined ? undefined : counts.get(run);
  return c !== undefined && c.like >= 2 && c.like === c.all - 1;
}

function tableBlock(g: Group, lines: [number, number], messages: VnfixMessage[], pointAt: (line: number) => Point): Block {
  const rows = rebuildTable(g.lines);
  if (rows) {
    return { type: 'table', rows, text: rows.map((r) => r.join(' | ')).join('\n'), lines, confidence: 0.8, recovered: true };
  }
  messages.push(
    makeMessage('Flattened table: its columns could not be recovered from the OCR text, kept as a list (one item per line)', 'structure-table-unrecovered', {
      fatal: false,
      place: { start: pointAt(lines[0]), end: pointAt(lines[1]) },
    }),
  );
  return { type: 'table', rows: g.lines.map((f) => [f.text]), text: g.lines.map((f) => f.text).join('\n'), lines, confidence: 0.4, recovered: false };
}
