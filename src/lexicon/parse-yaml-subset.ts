/**
 * A fast reader for the plain subset of YAML that vocabulary files use: block maps and lists, one
 * scalar or one flat `{key: value}` map per item, comments. It exists because the shipped files must
 * load in a few milliseconds and the full YAML library takes about 100 ms to start and parse them
 * (measured on dictionaries/vocabulary.yaml). It returns undefined for anything outside the subset
 * (anchors, block scalars, multi-line strings, duplicate keys, tabs, ...) and the caller then uses the
 * full library, so every file means what YAML says it means.
 */
import type { YamlMap, YamlNode, YamlScalar, YamlSeq } from './yaml-node.js';

/** One meaningful line: its indentation, content without comment, and number. */
interface Line {
  indent: number;
  text: string;
  line: number;
}

// Plain scalars may not start with these indicators (YAML 1.2, 7.3.3).
const INDICATOR_START = /^[[\]{}&*!|>%@`,?:-](?:\s|$)|^[[\]{}&*!|>%@`'"]/;
const NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const OTHER_SPECIAL = /^(?:0x|0o|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;

/**
 * Parse `text` when it stays inside the subset.
 * @param text the file's content (BOM already removed)
 * @returns the tree, null for an empty document, or undefined when the full YAML reader is needed
 */
export function parseYamlSubset(text: string): YamlNode | null | undefined {
  const lines: Line[] = [];
  let number = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    number++;
    let raw = text.slice(start, end);
    start = end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    let indent = 0;
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    if (indent < raw.length && raw[indent] === '\t') return undefined;
    const content = stripComment(raw.slice(indent));
    if (content === undefined) return undefined;
    if (content === '') continue;
    if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) return undefined;
    lines.push({ indent, text: content, line: number });
  }
  if (lines.length === 0) return null;
  const state = { at: 0 };
  const node = parseBlock(lines, state, lines[0].indent);
  if (node === undefined || state.at !== lines.length) return undefined;
  return node;
}

function parseBlock(lines: Line[], state: { at: number }, indent: number): YamlNode | undefined {
  const first = lines[state.at];
  if (first.indent !== indent) return undefined;
  if (first.text === '-' || first.text.startsWith('- ')) return parseSeq(lines, state, indent);
  if (keyOf(first.text) !== undefined) return parseMap(lines, state, indent);
  return undefined;
}

function parseMap(lines: Line[], state: { at: number }, indent: number): YamlMap | undefined {
  const map: YamlMap = { kind: 'map', line: lines[state.at].line, entries: [] };
  const seen = new Set<string>();
  while (state.at < lines.length && lines[state.at].indent === indent) {
    const current = lines[state.at];
    const split = keyOf(current.text);
    if (split === undefined) return undefined;
    const [key, rest] = split;
    if (seen.has(key)) return undefined; // let the full reader report the duplicate key
    seen.add(key);
    state.at++;
    let value: YamlNode | null;
    if (rest !== '') {
      const scalar = parseInline(rest, current.line);
      if (scalar === undefined) return undefined;
      value = scalar;
    } else if (state.at < lines.length && lines[state.at].indent > indent) {
      const child = parseBlock(lines, state, lines[state.at].indent);
      if (child === undefined) return undefined;
      value = child;
    } else if (state.at < lines.length && lines[state.at].indent === indent && lines[state.at].text.startsWith('-')) {
      // A list may sit at its key's own indentation.
      const child = parseSeq(lines, state, indent);
      if (child === undefined) return undefined;
      value = child;
    } else {
      value = null;
    }
    map.entries.push({ key, line: current.line, value });
  }
  if (state.at < lines.length && lines[state.at].indent > indent) return undefined;
  return map;
}

function parseSeq(lines: Line[], state: { at: number }, indent: number): YamlSeq | undefined {
  const seq: YamlSeq = { kind: 'seq', line: lines[state.at].line, items: [], itemLines: [] };
  while (state.at < lines.length && lines[state.at].indent === indent) {
    const current = lines[state.at];
    if (current.text !== '-' && !current.text.startsWith('- ')) break;
    state.at++;
    const rest = current.text.slice(1).trim();
    if (rest === '') {
      if (state.at < lines.length && lines[state.at].indent > indent) return undefined; // nested block in a list
      seq.items.push(null);
      seq.itemLines.push(current.line);
      continue;
    }
    if (rest.startsWith('- ') || rest === '-' || keyOf(rest) !== undefined) return undefined;
    const item = parseInline(rest, current.line);
    if (item === undefined) return undefined;
    seq.items.push(item);
    seq.itemLines.push(current.line);
  }
  if (state.at < lines.length && lines[state.at].indent > indent) return undefined;
  return seq;
}

/** A scalar or a flat flow map on one line. */
function parseInline(text: string, line: number): YamlNode | null | undefined {
  if (text.startsWith('{')) return parseFlowMap(text, line);
  if (text.startsWith('[')) return parseFlowSeq(text, line);
  return parseScalar(text, line);
}

function parseFlowSeq(text: string, line: number): YamlSeq | undefined {
  if (!text.endsWith(']')) return undefined;
  const body = text.slice(1, -1).trim();
  const seq: YamlSeq = { kind: 'seq', line, items: [], itemLines: [] };
  if (body === '') return seq;
  const parts = splitFlow(body);
  if (parts === undefined) return undefined;
  if (parts[parts.length - 1].trim() === '') parts.pop(); // a trailing comma
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed === '') return undefined;
    const item = parseScalar(trimmed, line, true);
    if (item === undefined || (item !== null && typeof item.value === 'string' && /:( |$)/.test(trimmed))) return undefined;
    seq.items.push(item);
    seq.itemLines.push(line);
  }
  return seq;
}

function parseFlowMap(text: string, line: number): YamlMap | undefined {
  if (!text.endsWith('}')) return undefined;
  const body = text.slice(1, -1).trim();
  const map: YamlMap = { kind: 'map', line, entries: [] };
  if (body === '') return map;
  const seen = new Set<string>();
  for (const part of splitFlow(body) ?? []) {
    const colon = part.indexOf(':');
    if (colon <= 0) return undefined;
    const key = part.slice(0, colon).trim();
    const rest = part.slice(colon + 1).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || seen.has(key)) return undefined;
    if (colon + 1 < part.length && part[colon + 1] !== ' ') return undefined;
    seen.add(key);
    const value = rest === '' ? null : parseScalar(rest, line, true);
    if (value === undefined) return undefined;
    map.entries.push({ key, line, value });
  }
  if (map.entries.length === 0) return undefined;
  return map;
}

/** Split the inside of a flow map on commas outside quotes; undefined when nested or unbalanced. */
function splitFlow(body: string): string[] | undefined {
  const parts: string[] = [];
  let quote = '';
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote !== '') {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '}' || ch === '[' || ch === ']') return undefined;
    else if (ch === ',') {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (quote !== '') return undefined;
  parts.push(body.slice(from));
  return parts;
}

function parseScalar(text: string, line: number, inFlow = false): YamlScalar | null | undefined {
  const first = text[0];
  if (first === '"') {
    if (text.length < 2 || !text.endsWith('"')) return undefined;
    const inner = text.slice(1, -1);
    if (/(^|[^\\])"/.test(inner)) return undefined;
    if (/\\[^"\\]/.test(inner)) return undefined; // other escapes: leave them to the full reader
    return { kind: 'scalar', line, value: inner.replace(/\\(["\\])/g, '$1') };
  }
  if (first === "'") {
    if (text.length < 2 || !text.endsWith("'")) return undefined;
    const inner = text.slice(1, -1);
    if (/'/.test(inner.replace(/''/g, ''))) return undefined;
    return { kind: 'scalar', line, value: inner.replace(/''/g, "'") };
  }
  if (INDICATOR_START.test(text)) return undefined;
  if (text.includes(': ') || text.endsWith(':')) return undefined;
  if (inFlow && /[[\]{},]/.test(text)) return undefined;
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return { kind: 'scalar', line, value: true };
  if (text === 'false' || text === 'False' || text === 'FALSE') return { kind: 'scalar', line, value: false };
  if (NUMBER.test(text)) return { kind: 'scalar', line, value: Number(text) };
  if (OTHER_SPECIAL.test(text)) return undefined;
  return { kind: 'scalar', line, value: text };
}

/** Split `key: rest` (plain key); undefined when the line is not a simple map entry. */
function keyOf(text: string): [string, string] | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/.exec(text);
  if (!match) return undefined;
  return [match[1], (match[2] ?? '').trim()];
}

/**
 * The content before a comment (` #` outside a quoted scalar). Quotes count only where a scalar can
 * start: at the beginning, or after `- `, `: `, `{`, `[` or `, `.
 */
function stripComment(content: string): string | undefined {
  if (content.charCodeAt(0) === 35 /* # */) return '';
  // Most lines have no quote: cut at the first " #" without looking at each character.
  const hash = content.indexOf(' #');
  const dq = content.indexOf('"');
  const sq = content.indexOf("'");
  const firstQuote = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
  if (firstQuote < 0 || (hash >= 0 && hash < firstQuote)) {
    return (hash < 0 ? content : content.slice(0, hash)).trimEnd();
  }
  let quote = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quote !== '') {
      if (quote === '"' && ch === '\\') i++;
      else if (ch === quote) {
        if (quote === "'" && content[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if ((ch === '"' || ch === "'") && startsScalar(content, i)) quote = ch;
    else if (ch === '#' && content[i - 1] === ' ') return content.slice(0, i).trimEnd();
  }
  if (quote !== '') return undefined;
  return content.trimEnd();
}

function startsScalar(content: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && content[i] === ' ') i--;
  if (i < 0) return true;
  const before = content[i];
  return before === '{' || before === '[' || before === ',' || ((before === '-' || before === ':') && i < at - 1);
}
