/**
 * Find the first byte where `bytes` stops being well-formed UTF-8.
 * @param bytes the bytes to check
 * @param complete false when more bytes follow, so a sequence cut at the end is not an error
 * @returns the byte offset of the first invalid sequence, or -1 when all is valid
 */
export function findInvalidUtf8(bytes: Uint8Array, complete = true): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) {
      // The sequence runs past the end: an error in a whole file, the cut of a chunk otherwise.
      if (complete) return i;
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) return i;
      return -1;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
