/**
 * The name a tar header carries in its own ustar fields, before a PAX (`x`) or GNU long-name (`L`) record
 * replaces it. node-tar applies those records while decoding and keeps only the result; to spot a header
 * whose two names disagree (a scanner that ignores PAX reads one file, npm installs another), the raw
 * name is recorded next to the decoded one. Wrapping `Header.prototype.decode` is the one hook node-tar
 * offers before the raw block is discarded; the wrapper only adds a property.
 */
import { Header } from 'tar';

const USTAR_NAME = Symbol.for('clawguard.ustarName');
type WithUstarName = { [USTAR_NAME]?: string };
type Decode = (this: Header, buf: Buffer, off: number, ex?: unknown, gex?: unknown) => void;

const field = (buf: Buffer, off: number, size: number) => buf.subarray(off, off + size).toString('utf8').replace(/\0.*/s, '');

let installed = false;

export function recordUstarNames(): void {
  if (installed) return;
  installed = true;
  const proto = Header.prototype as unknown as { decode: Decode };
  const original = proto.decode;
  proto.decode = function decodeRecordingUstarName(this: Header, buf: Buffer, off: number, ex?: unknown, gex?: unknown) {
    original.call(this, buf, off, ex, gex);
    const base = off || 0;
    let name = field(buf, base, 100);
    if (buf.subarray(base + 257, base + 265).toString('latin1') === 'ustar\u000000') {
      const prefix = field(buf, base + 345, buf[base + 475] !== 0 ? 155 : 130);
      if (prefix) name = `${prefix}/${name}`;
    }
    Object.defineProperty(this, USTAR_NAME, { value: name, enumerable: false, configurable: true });
  };
}

/** The header's own ustar name (prefix/name), or undefined when decoded before `recordUstarNames()`. */
export function ustarNameOf(header: Header | undefined): string | undefined {
  return header ? (header as unknown as WithUstarName)[USTAR_NAME] : undefined;
}
