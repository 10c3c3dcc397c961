/** URLs and e-mail addresses, which are copied as they are and never repaired. */

// Top-level domains of the bare addresses that Vietnamese documents cite (chinhphu.vn, dichvucong.gov.vn,
// thuvienphapluat.vn); an address with a scheme (http://) or www. needs no list.
const BARE_DOMAIN_TLDS = 'vn|com|net|org|gov|edu|int|info|io';

// http(s)://…, ftp://…, www.… up to the next space or character that cannot be in a URL.
const SCHEME_URL = /(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’«»]+/iy;
// host.gov.vn or host.vn/path: ASCII labels ending in a known top-level domain written in lower case.
// Label lengths and counts are bounded (63 characters, 8 labels, as DNS allows about that much), so a
// long chain such as "a.a.a.a…" costs a bounded amount at each start.
const BARE_URL = new RegExp(
  String.raw`[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.(?:${BARE_DOMAIN_TLDS})(?![\p{L}\p{N}])(?:\/[^\s<>"“”‘’«»]*)?`,
  'uy',
);
// local@domain.tld with an ASCII domain; the last label is lower-case letters, so OCR garble such as
// "ph@i" or "ph@i.Trong" is not taken for an address. The local part has at most 64 characters (RFC 5321).
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[a-z]{2,63}(?![\p{L}\p{N}])/uy;

// Characters that end a sentence rather than the URL when they come last ("xem tại www.chinhphu.vn.").
const TRAILING = /[.,;:!?'")\]}>]+$/u;

/**
 * Match a URL or an e-mail address starting exactly at `start`.
 * @param text the text
 * @param start where the token would start (the caller checks that a word cannot continue from before it)
 * @returns the kind and end offset, or null
 */
export function matchLink(text: string, start: number): { kind: 'url' | 'email'; end: number } | null {
  // An address starts with a scheme or www., or has an @ or a dot among its first ASCII characters: most
  // words do not, and this check spares them the patterns.
  let end = start;
  while (end < text.length && end - start <= 64 && /[A-Za-z0-9._%+-]/.test(text[end])) end++;
  const schemeOrWww = /[hfw]/i.test(text[start]);
  if (!schemeOrWww && text[end] !== '@' && !text.slice(start, end).includes('.')) return null;
  for (const [kind, re] of [['email', EMAIL], ['url', SCHEME_URL], ['url', BARE_URL]] as const) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    let value = m[0];
    if (kind === 'url') {
      value = value.replace(TRAILING, '');
      // Keep a closing parenthesis that closes one opened inside the URL (…/Luat_(2020)).
      while (value.split('(').length > value.split(')').length && m[0].length > value.length && m[0][value.length] === ')') {
        value += ')';
      }
      if (!/[\p{L}\p{N}]/u.test(value.replace(/^(?:(?:https?|ftp):\/\/|www\.)/i, ''))) continue;
    }
    return { kind, end: start + value.length };
  }
  return null;
}
