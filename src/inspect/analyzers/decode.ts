/**
 * Decoders for the encodings payloads hide behind. Attackers encode precisely so that string matching
 * misses the payload; every analyzer decodes first and scans the decoded text again (bounded depth).
 */

/** Decoded text is re-scanned at most this deep (base64 of hex of base64 …). */
export const MAX_DECODE_DEPTH = 3;
/** Budget of decoded bytes per file, so a file full of data URIs cannot make inspection quadratic. */
export const MAX_DECODED_BYTES_PER_FILE = 2 * 1024 * 1024;

/** True when most of the text is printable: a decoded payload worth scanning, not binary noise. */
export function isMostlyPrintable(text: string): boolean {
  if (text.length === 0) return false;
  let printable = 0;
  const n = Math.min(text.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / n > 0.9;
}

/** ROT13: each Latin letter 13 places on, case kept (its own inverse). */
export function decodeRot13(s: string): string {
  return s.replace(/[a-z]/gi, (c) => String.fromCharCode((((c.charCodeAt(0) & 31) + 12) % 26) + (c.charCodeAt(0) & 96) + 1));
}

export function decodeBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean)) return undefined;
  const buf = Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const text = buf.toString('utf8');
  if (isMostlyPrintable(text)) return text;
  // UTF-16LE (PowerShell's -EncodedCommand, wherever it is kept): every second byte of ASCII text is zero.
  return buf.length >= 16 && buf[1] === 0 && buf[3] === 0 && buf[5] === 0 ? utf16Text(buf) : undefined;
}

/** PowerShell's -EncodedCommand is base64 of UTF-16LE. */
export function decodeBase64Utf16(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined;
  return utf16Text(Buffer.from(clean, 'base64'));
}

function utf16Text(buf: Buffer): string | undefined {
  const text = buf.toString('utf16le');
  return isMostlyPrintable(text) ? text : undefined;
}

export function decodeHex(s: string): string | undefined {
  const clean = s.replace(/^0x/i, '').replace(/[\s,]/g, '');
  if (clean.length < 16 || clean.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(clean)) return undefined;
  const text = Buffer.from(clean, 'hex').toString('utf8');
  return isMostlyPrintable(text) ? text : undefined;
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
/** RFC 1924 Base85 (Python's `base64.b85encode`): five characters to four bytes, a short last group padded. */
export function decodeBase85(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 20 || !/^[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+$/.test(clean)) return undefined;
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 5) {
    const chunk = clean.slice(i, i + 5);
    let n = 0;
    for (let j = 0; j < 5; j++) n = n * 85 + (j < chunk.length ? B85.indexOf(chunk[j]) : 84);
    if (n > 0xffffffff) return undefined;
    out.push(...[(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].slice(0, chunk.length - 1));
  }
  const text = Buffer.from(out).toString('utf8');
  return isMostlyPrintable(text) ? text : undefined;
}

/** `\x41\u0042\101` style escapes written out in source text (outside the parser, e.g. in shell or prose). */
export function decodeEscapes(s: string): string {
  return s
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * uuencode (Perl's `unpack("u", …)`, PHP's `convert_uudecode`, `uudecode`): each line starts with its byte count
 * (`M` for the full 45) and carries 4 characters of 6 bits, offset by 32 (the backquote standing for 0), per 3
 * bytes.
 */
export function decodeUu(s: string): string | undefined {
  const bytes: number[] = [];
  for (const raw of s.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const n = (line.charCodeAt(0) - 32) & 63;
    if (n === 0) break;
    const six = (i: number) => ((line.charCodeAt(i) || 32) - 32) & 63;
    const start = bytes.length;
    for (let i = 1; bytes.length - start < n; i += 4) {
      const a = six(i), b = six(i + 1), c = six(i + 2), d = six(i + 3);
      bytes.push(((a << 2) | (b >> 4)) & 255, ((b << 4) | (c >> 2)) & 255, ((c << 6) | d) & 255);
    }
    bytes.length = start + n;
  }
  const text = Buffer.from(bytes).toString('utf8');
  return isMostlyPrintable(text) ? text : undefined;
}

export interface EncodedBlob {
  index: number;
  length: number;
  encoding: 'base64' | 'hex' | 'escapes' | 'uuencode';
  decoded: string;
}

// The lookbehind only starts a match at the start of a run (the leftmost match always starts there anyway, and a
// match consumes its whole run): without it, every shorter run in ordinary text is retried from each of its letters.
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}/g;
const HEX_RUN = /\b(?:[0-9a-fA-F]{2}){24,}\b/g;
const ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){12,}/g;
/** Two or more full uuencoded lines (`M` and 60 characters), then the last, shorter line when there is one. */
const UU_RUN = /(?<![A-Za-z0-9])M[ -`]{60}(?:\r?\n[ \t]*M[ -`]{60})+(?:\r?\n[ \t]*[!-L][ -`]{4,60})?/g;

/** Long encoded runs inside arbitrary text (a data file, prose, a shell line) that decode to readable text. */
export function findEncodedBlobs(text: string, budget: { bytes: number }): EncodedBlob[] {
  const out: EncodedBlob[] = [];
  const scan = (re: RegExp, encoding: EncodedBlob['encoding'], decode: (s: string) => string | undefined) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (budget.bytes <= 0) return;
      // Skip data: URIs of images and fonts: binary by construction.
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (/data:(image|font|application\/font|audio|video)\//i.test(before)) continue;
      budget.bytes -= m[0].length;
      const decoded = decode(m[0]);
      if (decoded && decoded.trim().length >= 8) out.push({ index: m.index, length: m[0].length, encoding, decoded });
    }
  };
  scan(BASE64_RUN, 'base64', decodeBase64);
  scan(HEX_RUN, 'hex', decodeHex);
  scan(UU_RUN, 'uuencode', decodeUu);
  scan(ESCAPE_RUN, 'escapes', (s) => {
    const d = decodeEscapes(s);
    return isMostlyPrintable(d) ? d : undefined;
  });
  return out;
}
