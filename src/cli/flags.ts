/**
 * The flags of the commands the launcher answers itself (launcher.ts), declared once: commander registers
 * them from here (commands/gateway.ts, policy.ts, skills.ts, and every command's global flags in run.ts), and
 * the launcher's argument reader derives what it accepts from the same lists (`fastSpecOf`). A flag added here
 * works through both doors; a flag only the full CLI implements is marked `slow`, and a command line that
 * uses it goes to commander.
 */
import { SEVERITIES } from '../report/types.js';
import type { FastSpec } from './fast-args.js';

export interface FlagDef {
  /** commander's syntax: `--json`, `--state-dir <dir>`. */
  flags: string;
  description: string;
  default?: string;
  /** The values the flag takes (commander's `.choices()`). */
  choices?: readonly string[];
  /** Implemented only by the full CLI: the launcher leaves a command line with this flag to commander. */
  slow?: boolean;
}

/** Options every command takes (contract: --json, --state-dir, --config, --registry). */
export const GLOBAL_FLAGS: readonly FlagDef[] = [
  { flags: '--json', description: 'machine output on stdout (logs stay on stderr)' },
  { flags: '--state-dir <dir>', description: 'OpenClaw state dir (default: $OPENCLAW_STATE_DIR, dirname $OPENCLAW_CONFIG_PATH, ~/.openclaw)' },
  { flags: '--config <file>', description: 'OpenClaw config file (default: $OPENCLAW_CONFIG_PATH or <state dir>/openclaw.json)' },
  { flags: '--registry <url>', description: 'npm registry (default: your npm configuration)' },
];

/** `--suppressions FILE` on the commands that inspect (plugins install|inspect|update, skills scan|watch, audit). */
export const SUPPRESSIONS_FLAG: FlagDef = {
  flags: '--suppressions <file>',
  description: 'reviewed suppressions (JSON5; default: <state dir>/clawguard/suppressions.json5 when it exists)',
};

export const skillsFailOnFlag = (): FlagDef => ({ flags: '--fail-on <severity>', description: 'exit 1 when a finding reaches this severity', choices: SEVERITIES, default: 'critical' });

/** The report and unpack flags of `plugins install` and `plugins inspect`, after the global ones. */
export const PLUGIN_REPORT_FLAGS: readonly FlagDef[] = [
  SUPPRESSIONS_FLAG,
  { flags: '--fail-on <severity>', description: 'refuse (exit 1) when a finding reaches this severity', choices: SEVERITIES, default: 'critical' },
  { flags: '--sarif', description: 'print the report as SARIF 2.1.0 on stdout' },
  { flags: '--html <file>', description: 'also write the report as one self-contained HTML file' },
  { flags: '--max-unpacked-size <size>', description: 'largest unpacked package accepted (default 200MiB)' },
  { flags: '--max-entries <n>', description: 'most archive entries accepted (default 20000)' },
];

/** Each fast command's flags, in the order its help lists them. */
export const FAST_COMMAND_FLAGS = {
  'gateway check': [
    ...GLOBAL_FLAGS,
    { flags: '--deep', description: 're-hash every file instead of trusting an unchanged (size, mtime, ctime, inode) fingerprint' },
    { flags: '--quarantine', description: 'rename each refused plugin directory to <name>.disabled (undo: clawguard plugins restore <id>)' },
    { flags: '--openclaw-dir <dir>', description: 'OpenClaw installation whose bundled plugins to check (default: openclaw on PATH, $OPENCLAW_BUNDLED_PLUGINS_DIR)' },
    { flags: '--workspace <dir>', description: 'agent workspace (default: agents.defaults.workspace, $OPENCLAW_WORKSPACE_DIR, <state dir>/workspace)' },
  ],
  policy: [
    { flags: '--print-config', description: "print the security.installPolicy block for openclaw.json and check it against OpenClaw's path rules", slow: true },
    { flags: '--min-release-age <days>', description: 'refuse (warn) npm versions published more recently than this (default 1; 0 turns it off)' },
    { flags: '--time-budget <ms>', description: 'answer within this many milliseconds (keep it below exec.timeoutMs; default 8500)' },
    {
      flags: '--suppressions <file>',
      description: 'reviewed suppressions (JSON5; default: <state dir>/clawguard/suppressions.json5 when it exists); a missing file fails closed',
    },
    ...GLOBAL_FLAGS,
  ],
  'skills scan': [
    ...GLOBAL_FLAGS,
    SUPPRESSIONS_FLAG,
    { flags: '--sarif', description: 'print a SARIF 2.1.0 log instead of text' },
    { flags: '--html <file>', description: 'also write a self-contained HTML report' },
    skillsFailOnFlag(),
  ],
  'plugins inspect': [...GLOBAL_FLAGS, ...PLUGIN_REPORT_FLAGS],
} satisfies Record<string, readonly FlagDef[]>;

export type FastCommandName = keyof typeof FAST_COMMAND_FLAGS;

/** Operands of each fast command: `none`, `one` (`<spec>`) or `some` (a variadic `<dir...>`). */
const POSITIONALS: Record<FastCommandName, FastSpec['positionals']> = { 'gateway check': 'none', policy: 'none', 'skills scan': 'some', 'plugins inspect': 'one' };

const nameOf = (def: FlagDef): string => /^--([a-z][a-z-]*)/.exec(def.flags)![1];
const camel = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What the launcher's reader accepts for a command: its flags minus the slow ones, with their defaults and choices. */
export function fastSpecOf(command: FastCommandName): FastSpec {
  const defs = (FAST_COMMAND_FLAGS[command] as readonly FlagDef[]).filter((d) => !d.slow);
  const spec: FastSpec = { booleans: [], values: [], positionals: POSITIONALS[command], defaults: {}, choices: {} };
  for (const def of defs) {
    const name = nameOf(def);
    (def.flags.includes('<') ? spec.values : spec.booleans).push(name);
    if (def.default !== undefined) spec.defaults![camel(name)] = def.default;
    if (def.choices) spec.choices![camel(name)] = def.choices;
  }
  return spec;
}
