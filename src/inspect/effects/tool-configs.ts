/**
 * Commands that other tools run from a configuration file a skill or package ships: a VS Code task (`tasks.json`,
 * which `runOn: folderOpen` starts when the folder opens), a GitHub Actions step (`run:`), a Makefile recipe, a
 * Composer script, an MCP server's launch command (`mcpServers`, which every start of the client runs). Copied into a project, these run with the user's rights as surely as a script does, and later:
 * their commands are lowered as shell (./collect.ts), at the line they sit on.
 */
import path from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';

export interface ConfigCommand {
  line: number;
  command: string;
  /** Started without the user asking (a VS Code task run when the folder opens, an MCP server when its client starts). */
  autorun?: boolean;
  /** What starts it unasked. */
  mechanism?: 'editor-task' | 'mcp-server';
}

const lineAt = (text: string, offset: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Files that may be tool configurations (their text decides: ./configCommands). */
export function isToolConfig(rel: string): boolean {
  return /(?:^|\/)(?:[^/]+\.json|[^/]+\.ya?ml)$/i.test(rel) || MAKEFILE.test(rel);
}

/** The commands `rel` makes another tool run, or [] when it is not such a file. */
/** A Makefile by name (`Makefile`, `GNUmakefile`, `makefile`, `*.mk`). */
export const MAKEFILE = /(?:^|\/)(?:(?:GNU)?makefile|[^/]+\.mk)$/i;

/**
 * The Makefiles a command's `make` runs (`make`, `make -C build all`, `make -f x.mk`), among `rels` (package-relative
 * paths), relative to `cwd` (the package root for a lifecycle script).
 */
export function makefilesRun(command: string, rels: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/(?:^|[;&|(]\s*|\s)(?:g|gnu)?make((?:\s+[^\s;&|)]+)*)/g)) {
    const words = m[1].trim().split(/\s+/).filter(Boolean);
    let dir = '';
    let file: string | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w === '-C' && words[i + 1]) dir = words[++i];
      else if (w.startsWith('--directory=')) dir = w.slice(12);
      else if (/^-C./.test(w)) dir = w.slice(2);
      else if ((w === '-f' || w === '--file' || w === '--makefile') && words[i + 1]) file = words[++i];
      else if (/^--(?:file|makefile)=/.test(w)) file = w.slice(w.indexOf('=') + 1);
    }
    const base = path.posix.normalize(dir.replace(/^\.\//, '') || '.');
    const candidates = file ? [file] : ['GNUmakefile', 'makefile', 'Makefile'];
    const hit = candidates.map((c) => path.posix.normalize(path.posix.join(base, c))).find((c) => rels.includes(c));
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}

export function configCommands(rel: string, text: string): ConfigCommand[] {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (/^tasks\.json$/i.test(base) || (/\.json$/i.test(base) && /"tasks"\s*:/.test(text) && /"command"\s*:/.test(text))) return vscodeTasks(text);
  if (/^composer\.json$/i.test(base)) return composerScripts(text);
  if (/\.json$/i.test(base) && /"(?:mcpServers|mcp_servers|context_servers|servers)"\s*:/.test(text) && /"command"\s*:/.test(text)) return mcpServers(text);
  if (/\.ya?ml$/i.test(base) && /^\s*(?:jobs|runs)\s*:/m.test(text) && /^\s*(?:-\s+)?run\s*:/m.test(text)) return workflowSteps(text);
  if (MAKEFILE.test(base)) return makeRecipes(text);
  return [];
}

/** Every task's command (with its arguments), the platform variants included. */
function vscodeTasks(text: string): ConfigCommand[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const tasks = root?.children?.find((p) => p.children?.[0]?.value === 'tasks')?.children?.[1];
  const out: ConfigCommand[] = [];
  const prop = (n: Node | undefined, key: string): Node | undefined => n?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
  for (const task of tasks?.children ?? []) {
    const runOn = prop(prop(task, 'runOptions'), 'runOn')?.value;
    for (const where of [task, prop(task, 'windows'), prop(task, 'linux'), prop(task, 'osx')]) {
      const cmd = prop(where, 'command');
      if (typeof cmd?.value !== 'string') continue;
      const args = (prop(where, 'args')?.children ?? []).map((a) => (typeof a.value === 'string' ? a.value : '')).filter(Boolean);
      out.push({ line: lineAt(text, cmd.offset), command: [cmd.value, ...args].join(' '), autorun: runOn === 'folderOpen', mechanism: 'editor-task' });
    }
  }
  return out;
}

/**
 * MCP servers' launch commands (Claude Desktop, Cursor, OpenClaw's mcporter: `mcpServers`; VS Code: `servers`; Zed:
 * `context_servers`): `command` with its `args`, each argument quoted as the client passes it (one word each).
 */
function mcpServers(text: string): ConfigCommand[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const prop = (n: Node | undefined, key: string): Node | undefined => n?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
  const out: ConfigCommand[] = [];
  for (const key of ['mcpServers', 'mcp_servers', 'context_servers', 'servers']) {
    for (const server of prop(root, key)?.children ?? []) {
      const def = server.children?.[1];
      const where = prop(def, 'command')?.type === 'object' ? prop(def, 'command') : def; // Zed: command: { path, args }
      const cmd = prop(where, 'command') ?? prop(where, 'path');
      if (typeof cmd?.value !== 'string') continue;
      const args = (prop(where, 'args')?.children ?? []).map((a) => (typeof a.value === 'string' ? a.value : '')).filter(Boolean);
      const quoted = args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`));
      out.push({ line: lineAt(text, cmd.offset), command: [cmd.value, ...quoted].join(' '), autorun: true, mechanism: 'mcp-server' });
    }
  }
  return out;
}

/** Composer's script hooks (`post-install-cmd`, `post-autoload-dump`, …): shell commands, `@php` calls. */
function composerScripts(text: string): ConfigCommand[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const scripts = root?.children?.find((p) => p.children?.[0]?.value === 'scripts')?.children?.[1];
  const out: ConfigCommand[] = [];
  for (const p of scripts?.children ?? []) {
    const v = p.children?.[1];
    for (const c of v?.type === 'array' ? (v.children ?? []) : v ? [v] : []) {
      if (typeof c.value === 'string' && !/^[\w\\]+::\w+$/.test(c.value)) out.push({ line: lineAt(text, c.offset), command: c.value.replace(/^@php\b/, 'php') });
    }
  }
  return out;
}

/**
 * `run:` steps of a GitHub Actions workflow or action, as single lines or `|` / `>` blocks. Expressions over the
 * repository's secrets (`${{ secrets.NPM_TOKEN }}`, `${{ toJSON(secrets) }}`) become an environment secret, in a
 * step's script and in the `env:` blocks (workflow, job, step) that hand them to it as variables: each such variable
 * is set from the secret ahead of every step (a job's or step's block may not cover them all; reading more is safe).
 */
const SECRETS_EXPR = /\$\{\{\s*(?:toJSON\(\s*secrets\s*\)|secrets\.[\w-]+)\s*\}\}/gi;
function workflowSteps(text: string): ConfigCommand[] {
  const lines = text.split('\n');
  const out: ConfigCommand[] = [];
  const fromSecrets: string[] = [];
  for (let i = 0, envIndent = -1; i < lines.length; i++) {
    const indent = lines[i].search(/\S/);
    if (indent < 0) continue;
    if (envIndent >= 0 && indent <= envIndent) envIndent = -1;
    if (/^\s*(?:-\s+)?env\s*:\s*$/.test(lines[i])) {
      envIndent = indent + (/^\s*-/.test(lines[i]) ? 2 : 0);
      continue;
    }
    const entry = envIndent >= 0 ? /^\s*([A-Za-z_][\w]*)\s*:\s*(.*)$/.exec(lines[i]) : null;
    if (entry && new RegExp(SECRETS_EXPR.source, 'i').test(entry[2])) fromSecrets.push(`${entry[1]}="$REPOSITORY_SECRETS"; `);
  }
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:-\s+)?run\s*:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    const head = m[2].trim();
    let body = head;
    let line = i + 1;
    if (/^[|>][-+]?\s*$/.test(head)) {
      const block: string[] = [];
      line = i + 2;
      while (i + 1 < lines.length && (lines[i + 1].trim() === '' || lines[i + 1].search(/\S/) > indent)) block.push(lines[++i]);
      body = block.join('\n');
    }
    const command = body.replace(SECRETS_EXPR, '$REPOSITORY_SECRETS').replace(/\$\{\{[^}]*\}\}/g, '$GITHUB_VALUE');
    // (on the script's first line, so every line keeps its number)
    out.push({ line, command: fromSecrets.join('') + command });
  }
  return out;
}

/**
 * Recipe lines of a Makefile (tab-indented, continuations joined), as shell: `$$` is the shell's `$`, a make variable
 * (`$(NAME)`, `${NAME}`) the shell variable of that name, and the variables a recipe uses are assigned before it (on
 * its own line, so every line keeps its number) from the Makefile's definitions: `$(shell cmd)` as a command
 * substitution, `$(wildcard …)` as its words. A variable the Makefile does not define stays the environment's.
 */
function makeRecipes(text: string): ConfigCommand[] {
  const lines = text.split('\n');
  const out: ConfigCommand[] = [];
  const vars = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('\t')) {
      let def = lines[i];
      while (/\\$/.test(def) && i + 1 < lines.length) def = def.slice(0, -1) + ' ' + lines[++i].trim();
      // `X ?= v` is the environment's or the command line's when set there: left to them (a host the user gives)
      const m = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(:{1,3}|\+)?=\s*(.*)$/.exec(def);
      if (m && !def.includes('\t')) vars.set(m[1], (vars.has(m[1]) && m[2] === '+' ? `${vars.get(m[1])} ` : '') + makeToShell(m[3].replace(/\s+#.*$/, '')));
      continue;
    }
    const first = i;
    let cmd = lines[i].slice(1);
    while (/\\$/.test(cmd) && i + 1 < lines.length) cmd = cmd.slice(0, -1) + ' ' + lines[++i].replace(/^\t/, '');
    const command = makeToShell(cmd.replace(/^[@+-]+/, ''));
    // the definitions it uses, and theirs
    const used: string[] = [];
    const visit = (s: string): void => {
      for (const [, name] of s.matchAll(/\$\{([A-Za-z_][\w.-]*)\}/g)) if (vars.has(name) && !used.includes(name)) (visit(vars.get(name)!), used.push(name));
    };
    visit(command);
    const assigned = used.map((n) => `${n.replace(/[.-]/g, '_')}="${vars.get(n)!.replace(/"/g, '\\"')}"; `).join('');
    out.push({ line: first + 1, command: assigned + command.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, (_, n: string) => `\${${n.replace(/[.-]/g, '_')}}`) });
  }
  return out;
}

/** Make's syntax as the shell's: `$$` → `$`, `$(shell c)` → `$(c)`, `$(wildcard a b)` → `a b`, `$(NAME)` → `${NAME}`. */
function makeToShell(s: string): string {
  const DOLLAR = '\u0000';
  let out = s.replace(/\$\$/g, DOLLAR);
  for (let n = 0; n < 8; n++) {
    const next = out
      .replace(/\$[({]shell\s+((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)[)}]/g, `${DOLLAR}($1)`)
      .replace(/\$[({]wildcard\s+([^()]*)[)}]/g, '$1')
      .replace(/\$\(([A-Za-z_][\w.-]*)\)/g, '${$1}');
    if (next === out) break;
    out = next;
  }
  return out.replace(/\u0000/g, '$');
}

/**
 * The commands a schedule or start-up file runs: a launchd plist's ProgramArguments (the script after `sh -c`), a
 * systemd unit's Exec lines, crontab lines after their schedule, a shell start-up file's lines.
 */
export function scheduledCommands(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<key>ProgramArguments<\/key>\s*<array>([\s\S]*?)<\/array>/g)) {
    const args = [...m[1].matchAll(/<string>([\s\S]*?)<\/string>/g)].map((x) => x[1]);
    const c = args.indexOf('-c');
    out.push(c >= 0 && args[c + 1] ? args[c + 1] : args.join(' '));
  }
  if (out.length || /<plist\b/.test(text)) return out;
  for (const raw of text.split('\n').slice(0, 200)) {
    // (a value not known here, the file's earlier lines (`crontab -l`), stands first)
    const t = raw.replace(/^(?:\$\{\w+\})+/, '').trim();
    if (!t || t.startsWith('#') || /^\[.*\]$/.test(t)) continue;
    const unit = /^Exec(?:Start|StartPre|StartPost|Reload)=[-@+!:]*(.+)$/.exec(t);
    if (unit) out.push(unit[1]);
    else if (/^[A-Z]\w*=/.test(t)) continue;
    else out.push(/^(?:@(?:reboot|hourly|daily|weekly|monthly|yearly|annually|midnight)|(?:[\d*/,A-Za-z-]+\s+){5})\s*(.+)$/.exec(t)?.[1] ?? t);
  }
  return out;
}
