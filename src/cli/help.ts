import type { Command } from 'commander';

/** Every command's --help ends with real examples: the command line, then what it does. */
export function examples(cmd: Command, lines: ReadonlyArray<readonly [string, string]>): Command {
  const width = Math.max(...lines.map(([c]) => c.length));
  const body = lines.map(([c, what]) => (c.length + what.length + 6 <= 80 && width + what.length + 6 <= 80 ? `  $ ${c.padEnd(width)}  # ${what}` : `  $ ${c}\n      # ${what}`));
  return cmd.addHelpText('after', `\nExamples:\n${body.join('\n')}\n`);
}
