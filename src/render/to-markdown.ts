import { toMarkdown as serialize } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import type { Root } from 'mdast';

/**
 * Serialise an mdast tree to Markdown with GFM tables and footnotes. Escaping is the serialiser's:
 * a "1." or "#" that starts a line of text never turns into markup.
 * @param tree the document's mdast root
 * @returns Markdown text ending with a newline
 */
export function toMarkdown(tree: Root): string {
  return serialize(tree, {
    bullet: '-',
    listItemIndent: 'one',
    strong: '*',
    emphasis: '_',
    extensions: [gfmTableToMarkdown({ tableCellPadding: true, tablePipeAlign: false }), gfmFootnoteToMarkdown()],
  });
}
