/** Characters that make a path segment a pattern: `*`, `?`, `[`. */
const MAGIC = /[*?[]/;

/**
 * @param pattern a path as typed
 * @returns true when it holds glob characters
 */
export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/**
 * Split a glob into the folder to walk (the segments before the first pattern) and the rest.
 * @param pattern e.g. `scans/2021/**\/*.txt`
 * @returns `{ base: 'scans/2021', rest: '**\/*.txt' }`
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const first = segments.findIndex((s) => hasGlobMagic(s));
  const base = segments.slice(0, first).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: segments.slice(first).join('/') };
}

/**
 * Compile a glob over `/`-separated relative paths: `*` and `?` stay within a segment, `**` spans any
 * number of segments, `[abc]` and `[!abc]` are character classes. Dotfiles match only an explicit dot.
 * @param pattern relative glob, e.g. `**\/*.txt`
 * @returns a regular expression matching whole relative paths
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const segments = pattern.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?' : '(?:[^/.][^/]*/)*';
      return;
    }
    let part = '';
    for (let i = 0; i < segment.length; i++) {
      const ch = segment[i];
      if (ch === '*') part += i === 0 ? '(?:[^/.][^/]*)?' : '[^/]*';
      else if (ch === '?') part += i === 0 ? '[^/.]' : '[^/]';
      else if (ch === '[') {
        const close = segment.indexOf(']', i + 2);
        if (close < 0) {
          part += '\\[';
          continue;
        }
        let body = segment.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        part += `[${negated ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
        i = close;
      } else part += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    source += part + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, 'u');
}
