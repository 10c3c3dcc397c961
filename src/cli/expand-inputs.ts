import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { globToRegExp, hasGlobMagic, splitGlob } from './glob-pattern.js';

/** One file to process. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Name as shown in messages: the path as the user typed it, or as found under a folder they named. */
  displayPath: string;
  /** Path relative to the folder (or glob base) it was found under, `/`-separated: mirrored by --out-dir. */
  relative: string;
}

/** A path the user named that could not be used. */
export interface InputProblem {
  displayPath: string;
  problem: string;
}

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  cwd: string;
  /** Extensions picked inside folders (lower case, with the dot); default `.txt` and `.md`. */
  extensions: readonly string[];
  /** Absolute folders never descended into (the output folder). */
  exclude: readonly string[];
}

/** Extensions picked inside folders when none are configured. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/**
 * Expand the paths given on the command line: files as they are, folders recursively (files with the
 * chosen extensions, skipping hidden entries and node_modules), globs by walking their base folder.
 * Files are listed in a stable order: arguments in order, folder entries sorted by name.
 * @param args paths, folders and globs as typed
 * @param options working directory, extensions, excluded folders
 * @returns the files and the problems, in argument order
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    files.push(file);
  };
  for (const arg of args) {
    const absolute = path.resolve(options.cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (hasGlobMagic(arg)) {
        const before = files.length;
        await expandGlob(arg, options, add);
        if (files.length === before) problems.push({ displayPath: arg, problem: 'no file matches this pattern' });
        continue;
      }
      problems.push({ displayPath: arg, problem: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(absolute, arg, '', options, (rel) => options.extensions.includes(path.extname(rel).toLowerCase()), add);
    } else {
      add({ path: absolute, displayPath: arg, relative: path.basename(absolute) });
    }
  }
  return { files, problems };
}

async function expandGlob(pattern: string, options: ExpandOptions, add: (file: InputFile) => void): Promise<void> {
  const normalized = pattern.split(path.sep).join('/');
  const { base, rest } = splitGlob(normalized);
  const matcher = globToRegExp(rest);
  const root = path.resolve(options.cwd, base);
  try {
    if (!(await stat(root)).isDirectory()) return;
  } catch {
    return;
  }
  await walk(root, base === '.' ? '' : base, '', options, (rel) => matcher.test(rel), add);
}

async function walk(
  root: string,
  shownRoot: string,
  relative: string,
  options: ExpandOptions,
  accept: (relative: string) => boolean,
  add: (file: InputFile) => void,
): Promise<void> {
  const folder = path.join(root, relative);
  // The output folder is skipped inside a tree, not when the user names it as the input itself.
  if (relative !== '' && options.exclude.some((excluded) => folder === excluded)) return;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, shownRoot, rel, options, accept, add);
    else if ((entry.isFile() || entry.isSymbolicLink()) && accept(rel)) {
      add({ path: path.join(root, rel), displayPath: shownRoot === '' ? rel : joinShown(shownRoot, rel), relative: rel });
    }
  }
}

function joinShown(shownRoot: string, rel: string): string {
  // `vnfix check .` names files as `a.txt`, which GitHub annotations and editors resolve from the root.
  if (shownRoot === '.' || shownRoot === './') return rel;
  return shownRoot.endsWith('/') ? shownRoot + rel : `${shownRoot}/${rel}`;
}

/** Plain words for the file-system errors users meet. */
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * @param error an error thrown by node:fs
 * @returns a short description, e.g. `no such file or folder`
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && code in FS_PROBLEMS) return FS_PROBLEMS[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * Say that folders held nothing to process, and how to change that.
 * @param paths the paths as typed
 * @param extensions configured extensions (empty for the defaults)
 * @returns the problem, without the `vnfix: ` prefix
 */
export function describeNoFiles(paths: readonly string[], extensions: readonly string[]): string {
  const picked = (extensions.length > 0 ? extensions : DEFAULT_EXTENSIONS).join(' or ');
  return `no ${picked} files found under ${paths.join(', ')} (name files directly, or set "extensions" in the config)`;
}
