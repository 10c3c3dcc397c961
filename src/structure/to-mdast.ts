import type {
  BlockContent,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import type { Position as UnistPosition } from 'unist';
import type { Block, DocumentStructure, HeaderFields, InlineRef, ListItemBlock, SignatureBlock } from './types.js';
import { isCaps } from './header-fields.js';

/**
 * Build the mdast tree of a document's structure: header block as a two-column table, the title as
 * the top heading, body blocks, the closing block, and footnote definitions at the end.
 * Every node built from input lines carries their position (lines only).
 * @param structure what {@link detectStructure} returned
 * @returns an mdast root, for mdast-util-to-markdown with the GFM table and footnote extensions
 */
export function toMdast(structure: DocumentStructure): Root {
  const children: RootContent[] = [];
  if (structure.header && structure.header.rows.length) children.push(headerTable(structure.header));
  const blocks = structure.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type === 'listItem' && block.ordered && /^\d{1,3}\.$/.test(block.marker)) {
      // "1.", "2." items that run on as paragraphs: a Markdown ordered list, as long as the numbers
      // follow each other (Markdown renumbers its items, so a gap starts a new list).
      const run: ListItemBlock[] = [block];
      while (i + 1 < blocks.length) {
        const next = blocks[i + 1];
        if (next.type !== 'listItem' || !next.ordered || next.marker !== `${parseInt(run[run.length - 1].marker, 10) + 1}.`) break;
        run.push(next);
        i++;
      }
      children.push(orderedList(run));
      continue;
    }
    if (block.type === 'listItem' && !block.ordered) {
      let j = i;
      while (j + 1 < blocks.length && blocks[j + 1].type === 'listItem' && !(blocks[j + 1] as ListItemBlock).ordered) j++;
      children.push(bulletList(blocks.slice(i, j + 1) as ListItemBlock[]));
      i = j;
      continue;
    }
    children.push(...blockNodes(block));
  }
  for (const note of structure.footnotes) {
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: note.label,
      label: note.label,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: note.text }] }],
      position: at(note.lines),
    };
    children.push(definition);
  }
  return { type: 'root', children };
}

function headerTable(header: HeaderFields): Table {
  const rows: TableRow[] = header.rows.map((row) => ({
    type: 'tableRow',
    children: row.map((cell) => ({ type: 'tableCell', children: cell ? [{ type: 'text', value: cell }] : [] })),
  }));
  return { type: 'table', align: [null, null], children: rows, position: at(header.lines) };
}

function blockNodes(block: Block): RootContent[] {
  const position = at(block.lines);
  switch (block.type) {
    case 'title': {
      const nodes: RootContent[] = [{ type: 'heading', depth: 1, children: [{ type: 'text', value: block.text }], position }];
      if (block.subject) nodes.push({ type: 'paragraph', children: [{ type: 'strong', children: inline(block.subject, block.refs) }], position });
      return nodes;
    }
    case 'heading': {
      const heading: Heading = { type: 'heading', depth: block.depth as Heading['depth'], children: inline(block.text, block.refs), position };
      return [heading];
    }
    case 'paragraph': {
      const content = inline(block.text, block.refs);
      return [{ type: 'paragraph', children: block.strong ? [{ type: 'strong', children: content }] : content, position }];
    }
    case 'listItem': {
      // Numbered items that run on as paragraphs keep their own numbering as text ("a)", "1.1.").
      const shift = block.marker.length + 1;
      const refs = block.refs?.map((r) => ({ ...r, offset: r.offset + shift }));
      return [{ type: 'paragraph', children: inline(`${block.marker} ${block.text}`, refs), position }];
    }
    case 'table':
      if (block.recovered) {
        const rows: TableRow[] = block.rows.map((row) => ({
          type: 'tableRow',
          children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })),
        }));
        return [{ type: 'table', align: block.rows[0].map(() => null), children: rows, position }];
      }
      return [simpleList(block.rows.map((r) => r.join(' ')), position)];
    case 'recipients': {
      const nodes: RootContent[] = [];
      if (block.text) nodes.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: block.text }] }], position });
      if (block.items.length) nodes.push(simpleList(block.items, position));
      return nodes;
    }
    case 'signature':
      return [signatureParagraph(block)];
  }
}

function signatureParagraph(block: SignatureBlock): Paragraph {
  const children: PhrasingContent[] = [];
  block.signatureLines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'break' });
    children.push(isCaps(line) ? { type: 'strong', children: [{ type: 'text', value: line }] } : { type: 'text', value: line });
  });
  return { type: 'paragraph', children, position: at(block.lines) };
}

function simpleList(items: string[], position: UnistPosition): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((value) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] })),
    position,
  };
}

function orderedList(items: ListItemBlock[]): List {
  return {
    type: 'list',
    ordered: true,
    start: parseInt(items[0].marker, 10),
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: inline(item.text, item.refs) }],
      position: at(item.lines),
    })),
    position: at([items[0].lines[0], items[items.length - 1].lines[1]]),
  };
}

/** Nest bullet items by their depth (the order in which the run first used each bullet). */
function bulletList(items: ListItemBlock[]): List {
  const root: List = { type: 'list', ordered: false, spread: false, children: [], position: at([items[0].lines[0], items[items.length - 1].lines[1]]) };
  const stack: List[] = [root];
  for (const item of items) {
    const depth = Math.max(1, Math.min(item.depth, stack.length + 1));
    while (stack.length > depth) stack.pop();
    if (stack.length < depth) {
      const parentItems = stack[stack.length - 1].children;
      const parent = parentItems[parentItems.length - 1];
      if (parent) {
        const nested: List = { type: 'list', ordered: false, spread: false, children: [] };
        parent.children.push(nested);
        stack.push(nested);
      }
    }
    const node: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: inline(item.text, item.refs) } as BlockContent],
      position: at(item.lines),
    };
    stack[stack.length - 1].children.push(node);
  }
  return root;
}

/** Text with footnote references at their offsets. */
function inline(text: string, refs: InlineRef[] | undefined): PhrasingContent[] {
  if (!refs || refs.length === 0) return [{ type: 'text', value: text }];
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const ref of [...refs].sort((a, b) => a.offset - b.offset)) {
    if (ref.offset > from) out.push({ type: 'text', value: text.slice(from, ref.offset) });
    out.push({ type: 'footnoteReference', identifier: ref.label, label: ref.label });
    from = ref.offset;
  }
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) });
  return out;
}

function at(lines: [number, number]): UnistPosition {
  return { start: { line: lines[0], column: 1 }, end: { line: lines[1], column: 1 } };
}
