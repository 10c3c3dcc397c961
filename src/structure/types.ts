/**
 * The structure stage's model of a document: line features, zones, and the recovered parts
 * (header fields, title, blocks, footnotes) that the renderers serialise.
 */
import type { VnfixMessage } from '../document/types.js';

/** What kind of numbering or bullet starts a line. */
export type MarkerKind =
  | 'part' // Phần I
  | 'chapter' // Chương II
  | 'section' // Mục 1
  | 'article' // Điều 3.
  | 'roman' // I-, I., II.
  | 'upperLetter' // A., B.
  | 'arabic' // 1., 1.1., 1.1.1
  | 'arabicParen' // 1)
  | 'parenArabic' // (1)
  | 'letter' // a), b., đ)
  | 'bullet'; // -, +, •

/** A numbering or bullet at the start of a line. */
export interface Marker {
  kind: MarkerKind;
  /** Kind plus what tells levels apart ("arabic2" for 1.1., "bullet:+"): the unit of heading levels. */
  key: string;
  /** The marker as written, without the space after it ("I-", "1.1.", "a)", "Điều 3.", "-"). */
  label: string;
  /** Its number (1 for "I", "a", "1"; the last component of "2.3."), when it has one. */
  value?: number;
  /** Offset in the line's text where the rest of the line begins. */
  restStart: number;
}

/** Features of one input line. */
export interface LineFeatures {
  /** Line number, from 1. */
  line: number;
  /** The line as given. */
  raw: string;
  /** The line without form feeds and surrounding spaces. */
  text: string;
  /** Spaces and tabs before the text. */
  indent: number;
  blank: boolean;
  /** The line holds a form feed (a page break). */
  formFeed: boolean;
  marker?: Marker;
  /** Upper-case letters over all letters (0 when there are none). */
  upperRatio: number;
  letters: number;
  /** Length over the typical length of a full body line. */
  lengthRatio: number;
  /** Ends with . ; : ! or ? */
  endsWithStop: boolean;
  /** First letter is lower case. */
  startsLower: boolean;
}

/** Which regulated part of an administrative document a line belongs to. */
export type Zone = 'blank' | 'removed' | 'header' | 'title' | 'body' | 'table' | 'closing' | 'footnote';

/** A line removed from the flow as page-break debris. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: 'form-feed' | 'page-number' | 'page-header' | 'footnote-rule' | 'decoration';
}

/** The header block: issuing body, motto, number, place and date. */
export interface HeaderFields {
  issuer?: string;
  motto?: string[];
  /** The number as written after "Số" ("186/BC-UBND"). */
  number?: string;
  place?: string;
  /** The date as written ("ngày 28 tháng 4 năm 2021"). */
  dateText?: string;
  /** ISO 8601 date (2021-04-28) when day, month and year are all legible. */
  date?: string;
  /** The "V/v ..." subject of a công văn. */
  subject?: string;
  /** The two columns of the header as rows, left (issuer, number) and right (motto, place and date). */
  rows: Array<[string, string]>;
  /** First and last input line of the header. */
  lines: [number, number];
}

/** A footnote reference inside a block's text. */
export interface InlineRef {
  /** Offset in the block's text where the reference stands. */
  offset: number;
  /** Label of the footnote (1, 2, ...). */
  label: string;
}

/** Fields every block has. */
interface BlockBase {
  /** The block's text, lines joined. */
  text: string;
  /** First and last input line. */
  lines: [number, number];
  /** How sure the structure stage is of the block's type and extent (0..1). */
  confidence: number;
  refs?: InlineRef[];
}

/** The title: the document type in capitals (`text`) and its subject. */
export interface TitleBlock extends BlockBase { type: 'title'; subject?: string }
/** A heading; depth 1 is the title, the document's first numbering comes next. */
export interface HeadingBlock extends BlockBase { type: 'heading'; depth: number; marker?: string }
/** Reflowed running text; `strong` for bold capitals such as a decision's authority line. */
export interface ParagraphBlock extends BlockBase { type: 'paragraph'; strong?: boolean }
/** A bullet, or a numbered item that runs on as a paragraph; `text` is without the marker. */
export interface ListItemBlock extends BlockBase { type: 'listItem'; depth: number; marker: string; ordered: boolean }
/** A table that OCR flattened: one cell per line, or one row per line with its cells apart. */
export interface TableBlock extends BlockBase {
  type: 'table';
  /** Rows, the header row first; an unrecovered table has one cell per row (one input line each). */
  rows: string[][];
  /** False when the columns could not be recovered and the cells are kept as a list. */
  recovered: boolean;
}
/** The "Nơi nhận:" list; `text` is the label. */
export interface RecipientsBlock extends BlockBase { type: 'recipients'; items: string[] }
/** The signature block: capacity, title, notes, the signer's name. */
export interface SignatureBlock extends BlockBase { type: 'signature'; signatureLines: string[]; signer?: string }

/** Any block of a document, in reading order. */
export type Block =
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | ListItemBlock
  | TableBlock
  | RecipientsBlock
  | SignatureBlock;

/** A footnote: the note moved out of the flow and where it is referenced. */
export interface Footnote {
  label: string;
  /** The mark as written in the body and at the note ("2", "®", "¹"). */
  refMark: string;
  noteMark: string;
  text: string;
  /** Input line of the reference. */
  refLine: number;
  /** Input lines of the note. */
  lines: [number, number];
  /**
   * How sure the link is, where OCR lost the mark in the text and the reference was placed where the
   * text repeats the note's words (`refMark` is then empty).
   */
  confidence?: number;
}

/** Everything the structure stage recovered from a document. */
export interface DocumentStructure {
  header?: HeaderFields;
  blocks: Block[];
  footnotes: Footnote[];
  removed: RemovedLine[];
  messages: VnfixMessage[];
  /** Zone of every input line, for tools and tests. */
  zones: Zone[];
}
