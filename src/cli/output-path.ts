import path from 'node:path';

/** Formats the command line writes. */
export type CliFormat = 'text' | 'md' | 'json' | 'jsonl';

/** Extension of an output file per format. */
export const FORMAT_EXTENSIONS: Record<CliFormat, string> = {
  text: '.txt',
  md: '.md',
  json: '.json',
  jsonl: '.jsonl',
};

/**
 * Where --out-dir puts the output of an input: the same relative path, with the format's extension.
 * @param outDir absolute output folder
 * @param relative input path relative to the folder it was found under (`/`-separated)
 * @param format output format
 * @returns the absolute output path, or undefined when it would fall outside `outDir`
 * @example outputPathFor('/out', '2021/report.txt', 'md') // '/out/2021/report.md'
 */
export function outputPathFor(outDir: string, relative: string, format: CliFormat): string | undefined {
  const parsed = path.posix.parse(relative);
  const target = path.resolve(outDir, ...path.posix.join(parsed.dir, parsed.name + FORMAT_EXTENSIONS[format]).split('/'));
  const inside = path.relative(outDir, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return target;
}
