/** Every command's --help ends with two or three real examples, and every example names a real command. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/cli/help.js';
import { registerPlugins } from '../../src/cli/commands/plugins.js';
import { registerGateway } from '../../src/cli/commands/gateway.js';
import { registerSkills } from '../../src/cli/commands/skills.js';
import { registerSecurity } from '../../src/cli/commands/security.js';
import { registerPolicy } from '../../src/cli/commands/policy.js';
import { registerStatus } from '../../src/cli/commands/status.js';
import { runCli } from '../helpers/cli.js';

function allCommands(): string[] {
  const program = new Command('clawguard');
  for (const register of [registerPlugins, registerGateway, registerSkills, registerSecurity, registerPolicy, registerStatus]) register(program);
  const names: string[] = ['clawguard'];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      names.push([...prefix, sub.name()].join(' '));
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(program, []);
  return names;
}

describe('--help examples', () => {
  it('every command has two or three, and every example runs a command that exists', () => {
    const commands = allCommands();
    expect(Object.keys(EXAMPLES).sort()).toEqual([...commands].sort());
    for (const [name, lines] of Object.entries(EXAMPLES)) {
      expect(lines.length, name).toBeGreaterThanOrEqual(2);
      expect(lines.length, name).toBeLessThanOrEqual(3);
      for (const [line] of lines) {
        const words = line.replace(/^echo "\$request" \| /, '').split(' ');
        expect(words[0], line).toBe('clawguard');
        const used = name === 'clawguard' ? words.slice(1, 3).join(' ') : name;
        expect(commands.some((c) => c === used || used.startsWith(`${c} `)), line).toBe(true);
        if (name !== 'clawguard') expect(line.startsWith(`clawguard ${name}`) || line.includes(`| clawguard ${name}`) || line.includes(`|| clawguard ${name}`), line).toBe(true);
      }
    }
  });

  it.each(['plugins install', 'gateway check', 'status', 'policy', 'skills watch'])('clawguard %s --help ends with them, within 80 columns', async (command) => {
    const res = await runCli([...command.split(' '), '--help']);
    expect(res.code).toBe(0);
    const tail = res.stdout.slice(res.stdout.indexOf('\nExamples:\n'));
    expect(tail.match(/^ {2}\$ clawguard /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(res.stdout.trimEnd().split('\n').pop()).toMatch(/#/);
    for (const line of res.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
