/** The small YAML tree the vocabulary reader checks: maps, lists and scalars, each with its line. */

/** A YAML value with the line (from 1) where it starts. */
export type YamlNode = YamlMap | YamlSeq | YamlScalar;

export interface YamlMap {
  kind: 'map';
  line: number;
  entries: { key: string; line: number; value: YamlNode | null }[];
}

export interface YamlSeq {
  kind: 'seq';
  line: number;
  items: (YamlNode | null)[];
  /** Line of each item, also of empty (null) ones. */
  itemLines: number[];
}

export interface YamlScalar {
  kind: 'scalar';
  line: number;
  value: string | number | boolean | null;
}
