/**
 * Human-facing logging goes to stderr, always: stdout carries only the command's result (and, with
 * --json, nothing but JSON). Colour is off when NO_COLOR is set or stderr is not a TTY. Written with
 * write(2) (src/core/write.ts): a short command does not pay for creating process.stderr.
 */
import { isTerminal, writeAll } from './write.js';

const useColor = () => !process.env.NO_COLOR && isTerminal(2);

export function paint(code: number, text: string, stream?: { isTTY?: boolean }): string {
  if (process.env.NO_COLOR || !(stream ? stream.isTTY === true : isTerminal(2))) return text;
  return `\u001b[${code}m${text}\u001b[0m`;
}

export const log = {
  quiet: false,
  info(message: string): void {
    if (!log.quiet) writeAll(2, `${message}\n`);
  },
  warn(message: string): void {
    writeAll(2, `${useColor() ? paint(33, 'warning:') : 'warning:'} ${message}\n`);
  },
  error(message: string): void {
    writeAll(2, `${useColor() ? paint(31, 'error:') : 'error:'} ${message}\n`);
  },
};
