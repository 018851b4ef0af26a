import { REQUEST_READ_CAP_BYTES } from './protocol.js';

export type RequestText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Read stdin to EOF. Always to EOF, even past the cap: a policy that stops reading early makes OpenClaw's
 * write fail (EPIPE), which OpenClaw reports as a crash instead of our answer. Bytes past the cap are
 * drained and dropped, so a hostile or runaway request cannot exhaust memory.
 */
export async function readRequestText(stream: NodeJS.ReadableStream, capBytes = REQUEST_READ_CAP_BYTES): Promise<RequestText> {
  const chunks: Buffer[] = [];
  let size = 0;
  let oversized = false;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > capBytes) {
        oversized = true;
        chunks.length = 0;
        continue;
      }
      chunks.push(buf);
    }
  } catch (err) {
    return { ok: false, problem: `stdin could not be read (${(err as Error).message})` };
  }
  if (oversized) return { ok: false, problem: `the request is ${size} bytes, over the ${capBytes}-byte limit` };
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return { ok: false, problem: 'the request on stdin is empty' };
  return { ok: true, text };
}
