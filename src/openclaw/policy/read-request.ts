import fs from 'node:fs';
import { REQUEST_READ_CAP_BYTES } from './protocol.js';

export type RequestText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Read stdin to EOF. Always to EOF, even past the cap: a policy that stops reading early makes OpenClaw's
 * write fail (EPIPE), which OpenClaw reports as a crash instead of our answer. Bytes past the cap are
 * drained and dropped, so a hostile or runaway request cannot exhaust memory.
 */
export async function readRequestText(stream: NodeJS.ReadableStream, capBytes = REQUEST_READ_CAP_BYTES, read = new Received(capBytes)): Promise<RequestText> {
  try {
    for await (const chunk of stream) read.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (err) {
    return { ok: false, problem: `stdin could not be read (${(err as Error).message})` };
  }
  return read.text();
}

/**
 * The same from file descriptor 0 with read(2), without creating `process.stdin` (its stream classes cost the
 * hook ~5-10 ms of CPU, as much as the rest of a cached answer). A non-blocking stdin that has nothing yet
 * (EAGAIN) continues through the stream, with what was read so far.
 */
export async function readStdinText(capBytes = REQUEST_READ_CAP_BYTES): Promise<RequestText> {
  const read = new Received(capBytes);
  const buf = Buffer.allocUnsafe(64 * 1024);
  try {
    for (let n: number; (n = fs.readSync(0, buf, 0, buf.length, null)) > 0; ) read.add(Buffer.from(buf.subarray(0, n)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return readRequestText(process.stdin, capBytes, read);
    return { ok: false, problem: `stdin could not be read (${(err as Error).message})` };
  }
  return read.text();
}

/** Bytes of the request as they arrive: kept up to the cap, counted (and dropped) past it. */
class Received {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private oversized = false;

  constructor(private readonly capBytes: number) {}

  add(buf: Buffer): void {
    this.size += buf.length;
    if (this.size > this.capBytes) {
      this.oversized = true;
      this.chunks.length = 0;
    } else this.chunks.push(buf);
  }

  text(): RequestText {
    if (this.oversized) return { ok: false, problem: `the request is ${this.size} bytes, over the ${this.capBytes}-byte limit` };
    return decoded(Buffer.concat(this.chunks));
  }
}

function decoded(bytes: Buffer): RequestText {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return { ok: false, problem: 'the request on stdin is empty' };
  return { ok: true, text };
}
