/** Read any YAML file with the `yaml` library into the small tree the vocabulary reader checks. */
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import { LexiconError } from './lexicon-error.js';
import type { YamlNode } from './yaml-node.js';

type YamlModule = typeof import('yaml');
// Loaded on first use only: importing the library costs about 30 ms, and the shipped files do not need it.
const require = createRequire(import.meta.url);

/**
 * Parse a whole YAML document.
 * @param file path used in messages
 * @param text the file's content (BOM already removed)
 * @returns the tree, or null for an empty document
 * @throws LexiconError naming the file and line of a YAML syntax error
 */
export function parseYamlFull(file: string, text: string): YamlNode | null {
  const yaml = require('yaml') as YamlModule;
  const lineCounter = new yaml.LineCounter();
  const doc: Document = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new LexiconError(file, error.linePos?.[0].line, `not valid YAML: ${reason}`);
  }
  const convert = (node: unknown): YamlNode | null => {
    if (node === null || node === undefined) return null;
    const line = lineOf(node as Node, lineCounter);
    if (yaml.isMap(node)) {
      return {
        kind: 'map',
        line,
        entries: node.items.map((pair: Pair) => ({
          key: yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
          line: lineOf(pair.key as Node, lineCounter),
          value: convert(pair.value),
        })),
      };
    }
    if (yaml.isSeq(node)) {
      const items = node.items as unknown[];
      return { kind: 'seq', line, items: items.map(convert), itemLines: items.map((item) => lineOf(item as Node, lineCounter) || line) };
    }
    if (yaml.isScalar(node)) {
      const value = node.value;
      if (value === null) return null; // `key:` with nothing after it, `~`, `null`
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return { kind: 'scalar', line, value };
      }
      return { kind: 'scalar', line, value: String(value) };
    }
    // Aliases and other node kinds are not part of the vocabulary format.
    throw new LexiconError(file, line, 'unsupported YAML construct (aliases and tags are not used in vocabulary files)');
  };
  return convert(doc.contents);
}

function lineOf(node: Node | null | undefined, lineCounter: LineCounter): number {
  const range = node?.range;
  return range ? lineCounter.linePos(range[0]).line : 0;
}
