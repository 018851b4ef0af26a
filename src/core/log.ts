/**
 * Human-facing logging goes to stderr, always: stdout carries only the command's result (and, with
 * --json, nothing but JSON). Colour is off when NO_COLOR is set or stderr is not a TTY.
 */
const useColor = () => !process.env.NO_COLOR && process.stderr.isTTY === true;

export function paint(code: number, text: string, stream: NodeJS.WriteStream = process.stderr): string {
  if (process.env.NO_COLOR || stream.isTTY !== true) return text;
  return `\u001b[${code}m${text}\u001b[0m`;
}

export const log = {
  quiet: false,
  info(message: string): void {
    if (!log.quiet) process.stderr.write(`${message}\n`);
  },
  warn(message: string): void {
    process.stderr.write(`${useColor() ? paint(33, 'warning:') : 'warning:'} ${message}\n`);
  },
  error(message: string): void {
    process.stderr.write(`${useColor() ? paint(31, 'error:') : 'error:'} ${message}\n`);
  },
};
