/**
 * Writing to stdout and stderr with write(2), and asking whether they are terminals, without creating
 * `process.stdout` / `process.stderr` or loading node:tty: each loads the stream and net modules, ~8-10 ms of
 * CPU, as much as the rest of `gateway check` with nothing installed or a cached `skills scan`. On Linux the
 * streams write synchronously to files, pipes and terminals, so text written here and through them keeps
 * its order.
 */
import fs from 'node:fs';

/**
 * All of `text` to fd 1 or 2. A non-blocking descriptor that fills up (EAGAIN) gets the rest through the
 * stream; a reader that went away (EPIPE, `| head`) ends the output quietly, as it would end a shell tool's.
 * `written` is called once all of it is out (at once, or when the stream has flushed the rest).
 */
export function writeAll(fd: 1 | 2, text: string, written?: () => void): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') {
      (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(offset), () => written?.());
      return;
    }
    if (code !== 'EPIPE') throw err;
  }
  written?.();
}

/** Is fd 1 or 2 a terminal? A pipe or a file is not; only a character device (it may be /dev/null) is asked. */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(fd);
  } catch {
    return false;
  }
}
