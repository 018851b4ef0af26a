/**
 * Every command's --help ends with two or three real examples: the command line, then what it does. One
 * table, so the examples read as a set and a test can check that no command is missing.
 */
import type { Command } from 'commander';

export const EXAMPLES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  clawguard: [
    ['clawguard status', 'where this installation stands, and what to fix'],
    ['clawguard plugins install @openclaw/nostr@2026.9.5', 'inspect, then install an exact version'],
    ['clawguard gateway check', 'run before the gateway starts'],
  ],
  plugins: [
    ['clawguard plugins inspect ./my-plugin-1.0.0.tgz --html report.html', 'a report, nothing installed'],
    ['clawguard plugins install @openclaw/nostr@2026.9.5', 'guarded install of an exact version'],
    ['clawguard plugins list', 'installed plugins, allow status, last verdict'],
  ],
  'plugins install': [
    ['clawguard plugins install @openclaw/nostr@2026.9.5', 'from the registry, pinned'],
    ['clawguard plugins install ./my-plugin --yes', 'a local directory, no prompt'],
    ['clawguard plugins install @openclaw/nostr@2026.9.6 --force --fail-on high', 'replace, stricter threshold'],
  ],
  'plugins inspect': [
    ['clawguard plugins inspect @openclaw/matrix@latest', 'tags are fine here: it installs nothing'],
    ['clawguard plugins inspect ./plugin.tgz --sarif > plugin.sarif', 'for GitHub code scanning'],
    ['clawguard plugins inspect ./my-plugin --html report.html --fail-on medium', 'a file for reviewers'],
  ],
  'plugins list': [
    ['clawguard plugins list', 'id, version, verdict, allow status, integrity'],
    ['clawguard plugins list --json', 'the same for scripts'],
  ],
  'plugins update': [
    ['clawguard plugins update nostr 2026.9.6', 'with a diff against the installed version'],
    ['clawguard plugins update nostr 2026.9.6 --fail-on medium --json', 'refuse anything medium or worse'],
  ],
  'plugins uninstall': [
    ['clawguard plugins uninstall nostr', 'directory, ledger entry, allowlist entry'],
    ['clawguard plugins uninstall nostr --json', 'machine-readable result'],
  ],
  'plugins approve-scripts': [
    ['clawguard plugins approve-scripts matrix', 'list the scripts the last report showed'],
    ['clawguard plugins approve-scripts matrix --package esbuild@0.25.0', "approve one package's scripts"],
    ['clawguard plugins approve-scripts matrix --all', 'approve every script shown'],
  ],
  'plugins adopt': [
    ['clawguard plugins adopt voice-call', 'record a plugin OpenClaw installed itself'],
    ['clawguard plugins adopt voice-call --fail-on high', 'refuse to record it with high findings'],
  ],
  'plugins restore': [
    ['clawguard plugins restore nostr', 'undo a quarantine after a fresh deep check'],
    ['clawguard plugins restore nostr --json', 'machine-readable result'],
  ],
  gateway: [
    ['clawguard gateway check', 'refuse unlisted, unrecorded or changed plugins'],
    ['clawguard gateway check --quarantine', 'move refused plugins aside first'],
  ],
  'gateway check': [
    ['clawguard gateway check', 'fast: re-hash only what changed on disk'],
    ['clawguard gateway check --deep --json', 're-hash every file, machine output'],
    ['clawguard gateway check --quarantine || clawguard gateway check', 'quarantine, then re-check'],
  ],
  skills: [
    ['clawguard skills scan ~/.openclaw/workspace/skills', 'every skill folder in it'],
    ['clawguard skills watch', "watch OpenClaw's skill roots"],
  ],
  'skills scan': [
    ['clawguard skills scan ~/.openclaw/workspace/skills', 'every skill folder in it'],
    ['clawguard skills scan ./my-skill --json', 'one report object'],
    ['clawguard skills scan ./skills --html report.html --fail-on high', 'a file for reviewers'],
  ],
  'skills watch': [
    ['clawguard skills watch', "OpenClaw's roots, from the config and state dir"],
    ['clawguard skills watch --workspace ~/agents/sales', 'another workspace'],
    ['clawguard skills watch --only-roots --root /srv/skills --no-quarantine', 'report only'],
  ],
  'skills restore': [
    ['clawguard skills restore weather', 'after a fresh scan of the quarantined copy passes'],
    ['clawguard skills restore weather --fail-on high', 'with a stricter threshold'],
  ],
  security: [
    ['clawguard security audit', 'plugins, skills, state-dir permissions'],
    ['clawguard security audit --deep --fix', 'plus code safety; tighten permissions'],
  ],
  'security audit': [
    ['clawguard security audit', 'plugins, skills, state-dir permissions'],
    ['clawguard security audit --deep', "plus the engine's verdict on every plugin and skill"],
    ['clawguard security audit --fix --json', 'remove group/other permission bits only'],
  ],
  policy: [
    ['clawguard policy --print-config', 'the block to merge into openclaw.json'],
    ['clawguard policy --print-config --json', 'with the result of OpenClaw\'s path checks'],
    ['echo "$request" | clawguard policy', 'what OpenClaw runs: one JSON request, one answer'],
  ],
  status: [
    ['clawguard status', 'what is guarded, what is not, and the fix'],
    ['clawguard status --json | jq .checks', 'for monitoring (exit 1 when unguarded)'],
    ['clawguard status --service /etc/openclaw/start.sh', 'count a custom start script'],
  ],
};

function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.length === 1 ? names[0] : names.slice(1).join(' ');
}

/** `  $ command  # what` when it fits 80 columns, else the comment on the next line. */
export function examplesText(lines: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...lines.map(([c]) => c.length));
  const fits = lines.every(([, what]) => 4 + width + 4 + what.length <= 80);
  const body = lines.map(([c, what]) => (fits ? `  $ ${c.padEnd(width)}  # ${what}` : `  $ ${c}\n      # ${what}`));
  return `\nExamples:\n${body.join('\n')}\n`;
}

/** Attach the examples to every registered command (recursively). */
export function addExamples(cmd: Command): void {
  const lines = EXAMPLES[fullName(cmd)];
  if (lines) cmd.addHelpText('after', examplesText(lines));
  for (const sub of cmd.commands) addExamples(sub);
}
