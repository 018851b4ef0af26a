/**
 * Commands that other tools run from a configuration file a skill or package ships: a VS Code task (`tasks.json`,
 * which `runOn: folderOpen` starts when the folder opens), a GitHub Actions step (`run:`), a Makefile recipe, a
 * Composer script, an MCP server's launch command (`mcpServers`, which every start of the client runs). Copied into a project, these run with the user's rights as surely as a script does, and later:
 * their commands are lowered as shell (./collect.ts), at the line they sit on.
 */
import path from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import { parseFrontmatterYaml } from '../frontmatter.js';

export interface ConfigCommand {
  line: number;
  command: string;
  /** Started without the user asking (a VS Code task run when the folder opens, an MCP server when its client starts). */
  autorun?: boolean;
  /** What starts it unasked. */
  mechanism?: 'editor-task' | 'mcp-server';
  /** A CI job's step: it runs in the repository's own pipeline (its `npm publish` releases that repository). */
  ci?: boolean;
  /**
   * A step of a workflow started by `pull_request_target` (or `workflow_run`) after it checked out the pull request's
   * head: whatever the step runs (an install, a build, a test) is the code of whoever opened the pull request, run with
   * the base repository's token and secrets.
   */
  pullRequestCode?: boolean;
}

const lineAt = (text: string, offset: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Files that may be tool configurations (their text decides: ./configCommands). */
export function isToolConfig(rel: string): boolean {
  return /(?:^|\/)(?:[^/]+\.json|[^/]+\.ya?ml|pom\.xml)$/i.test(rel) || MAKEFILE.test(rel) || CMAKE.test(rel) || JUSTFILE.test(rel) || NIX.test(rel);
}

/** A Nix expression (`flake.nix`, `shell.nix`, a module it imports): its `shellHook` runs in every `nix develop` shell. */
export const NIX = /(?:^|\/)[^/]+\.nix$/i;

/** A justfile by name (`justfile`, `Justfile`, `.justfile`). */
export const JUSTFILE = /(?:^|\/)\.?justfile$/i;

/** The commands `rel` makes another tool run, or [] when it is not such a file. */
/** A Makefile by name (`Makefile`, `GNUmakefile`, `makefile`, `*.mk`). */
export const MAKEFILE = /(?:^|\/)(?:(?:GNU)?makefile|[^/]+\.mk)$/i;

/** A CMake file by name (`CMakeLists.txt`, `*.cmake`: the modules `include()` loads). */
export const CMAKE = /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake)$/i;

/**
 * The build files a lifecycle command runs, among `rels`: the Makefiles its `make` runs (./makefilesRun), and every
 * CMake file of the package when it runs CMake (`cmake-js compile`, `cmake -S .`): configuring reads
 * CMakeLists.txt and the modules it includes, and runs their `execute_process` commands; building runs the
 * custom commands.
 */
export function buildFilesRun(command: string, rels: readonly string[]): string[] {
  const out = makefilesRun(command, rels);
  if (/(?:^|[;&|(/]\s*|\s)cmake(?:-js)?(?=\s|$)/.test(command) && rels.includes('CMakeLists.txt')) out.push(...rels.filter((r) => CMAKE.test(r) && !r.startsWith('node_modules/')));
  for (const [runs, files] of BUILD_TOOL_FILES) if (runs.test(command)) out.push(...rels.filter((r) => files.test(r) && !r.startsWith('node_modules/') && !out.includes(r)));
  return out;
}

/**
 * Other build tools and the files whose code they run on the user's machine: `cargo build` (or napi-rs's `napi
 * build`) compiles and runs the crate's build.rs; `gradle` / `./gradlew` evaluates the build scripts; `nix develop`,
 * `nix-shell` and direnv's `use flake` run the Nix shell's shellHook (./embedded.ts reads their commands); a test
 * runner or task runner the code's own language has runs its files (pytest's conftest.py, a Rakefile).
 */
export const BUILD_TOOL_FILES: ReadonlyArray<[runs: RegExp, files: RegExp]> = [
  [/\b(?:cargo\s+(?:build|run|install|test|check|b|r)|napi\s+build|cargo-cp-artifact|neon\s+build)\b/, /(?:^|\/)build\.rs$/],
  [/(?:^|[\s;&|(/`])(?:gradle|gradlew)\b/, /\.gradle(?:\.kts)?$/i],
  // (Maven runs the pom's exec-maven-plugin executions bound to the phases a build passes)
  [/(?:^|[\s;&|(/`])(?:mvn|mvnw)\b/, /(?:^|\/)pom\.xml$/],
  [/\b(?:nix\s+(?:develop|shell)|nix-shell|direnv\s+allow)\b/, /\.nix$/i],
  // pytest imports every conftest.py and test module it collects and calls their hooks (`pytest_sessionstart`), nox
  // runs noxfile.py, rake the Rakefile and the rakelib's tasks
  [/(?:\bpython3?\s+-m\s+pytest|(?:^|[;&|(`]\s*|\$\s+)(?:py\.test|pytest))\b/m, /(?:^|\/)(?:conftest\.py|test_[^/]*\.py|[^/]*_test\.py)$/],
  [/(?:^|[;&|(`]\s*|\$\s+|\bpython3?\s+-m\s+)nox\b/m, /(?:^|\/)noxfile\.py$/],
  [/(?:^|[;&|(`]\s*|\$\s+|\bbundle\s+exec\s+)rake\b/m, /(?:^|\/)(?:Rakefile|rakelib\/[^/]+\.rake)$/],
];

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

/** `read` gives another file of the target by its relative path (a Nix file's imports). */
export function configCommands(rel: string, text: string, read?: (rel: string) => string | undefined): ConfigCommand[] {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (/^tasks\.json$/i.test(base) || (/\.json$/i.test(base) && /"tasks"\s*:/.test(text) && /"command"\s*:/.test(text))) return vscodeTasks(text);
  if (/^composer\.json$/i.test(base)) return composerScripts(text);
  if (/\.json$/i.test(base) && /"(?:mcpServers|mcp_servers|context_servers|servers)"\s*:/.test(text) && /"command"\s*:/.test(text)) return mcpServers(text);
  if (/\.ya?ml$/i.test(base) && /^\s*(?:jobs|runs)\s*:/m.test(text) && /^\s*(?:-\s+)?run\s*:/m.test(text)) return workflowSteps(text);
  if (/^pom\.xml$/i.test(base)) return mavenExecs(text);
  if (MAKEFILE.test(base)) return makeRecipes(text);
  if (JUSTFILE.test(base)) return justRecipes(text);
  if (CMAKE.test(base)) return cmakeCommands(text);
  if (NIX.test(base)) return nixShellHooks(text, rel, read);
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
      const quoted = args.map((a) => shellWord(a, true));
      out.push({ line: lineAt(text, cmd.offset), command: [cmd.value, ...quoted].join(' '), autorun: true, mechanism: 'mcp-server' });
    }
  }
  return out;
}

/**
 * A word as the shell must be given it to see it as one word: as written when it has nothing the shell reads, single
 * quotes otherwise. A `$NAME` (bare or `"$NAME"`) stays the shell's unless `literal`: a client that passes its
 * arguments to the program as they are, an MCP server's, expands nothing.
 */
export function shellWord(w: string, literal = false): string {
  if (literal ? /^[\w@%+=:,./-]+$/.test(w) : /^[\w@%+=:,./$-]+$/.test(w) || /^"\$\w+"$/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

/** An XML element's text as written in the file, its five escapes undone (`&amp;` last). */
function xmlText(t: string): string {
  return t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
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
/**
 * The steps of a workflow written out in a document (a YAML block of `- name:` / `run:` items, with or without the
 * `jobs:` around them) that a reader is told to add: what they run, as a workflow's steps.
 */
export function workflowStepsIn(text: string): ConfigCommand[] {
  return /^\s*(?:-\s+)?run\s*:/m.test(text) && /^\s*(?:-\s+(?:name|uses|run)|steps|jobs)\s*:/m.test(text) ? workflowSteps(text) : [];
}

/** A checkout of the pull request's head (`ref: ${{ github.event.pull_request.head.sha }}`, its fork's repository). */
const PR_HEAD = /^\s*(?:ref|repository)\s*:\s*["']?\$\{\{\s*github\.(?:event\.pull_request\.head\.(?:sha|ref|repo\.full_name)|head_ref)\s*\}\}|^\s*(?:-\s+)?run\s*:.*\bgh\s+pr\s+checkout\b|^\s*(?:-\s+)?run\s*:.*\bgit\s+fetch\b.*\brefs\/pull\//;

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
    // (and a literal value is the variable's value: the address a step's `curl "$ENDPOINT"` posts to)
    else if (entry && /^["']?[^\s"'$`\\{}|>][^"'$`\\]*["']?\s*$/.test(entry[2]) && !/^[|>]/.test(entry[2].trim())) fromSecrets.push(`${entry[1]}="${entry[2].trim().replace(/^["']|["']$/g, '')}"; `);
  }
  // (a privileged trigger, and the line of the first checkout of the pull request's head, if any)
  const privileged = /^\s*(?:on\s*:\s*\[?[^\n]*\b)?(?:pull_request_target|workflow_run)\b/m.test(text);
  const headAt = privileged ? lines.findIndex((l) => PR_HEAD.test(l)) : -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:-\s+)?run\s*:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const afterHead = headAt >= 0 && i > headAt;
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
    out.push({ line, command: fromSecrets.join('') + command, ci: true, ...(afterHead ? { pullRequestCode: true } : {}) });
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
  // (the definitions as written, for `$(call name,args)`, which fills a definition's `$(1)` with its arguments)
  const raw = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('\t')) {
      const defStart = i;
      let def = lines[i];
      while (/\\$/.test(def) && i + 1 < lines.length) def = def.slice(0, -1) + ' ' + lines[++i].trim();
      // `X ?= v` is the environment's or the command line's when set there: left to them (a host the user gives)
      const m = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(:{1,3}|\+)?=\s*(.*)$/.exec(def);
      if (m && !def.includes('\t')) {
        raw.set(m[1], m[3].replace(/\s+#.*$/, ''));
        vars.set(m[1], (vars.has(m[1]) && m[2] === '+' ? `${vars.get(m[1])} ` : '') + makeToShell(makeFunctions(m[3].replace(/\s+#.*$/, ''), raw)));
        // `X := $(shell …)` runs its command when make reads the file, whichever target is asked for
        if (m[2]?.startsWith(':') && /\$[({]shell\s/.test(m[3])) out.push({ line: defStart + 1, command: withDefinitions(`${m[1].replace(/[.-]/g, '_')}="${vars.get(m[1])!.replace(/"/g, '\\"')}"`) });
      }
      continue;
    }
    const start = i;
    let cmd = lines[i].slice(1);
    while (/\\$/.test(cmd) && i + 1 < lines.length) cmd = cmd.slice(0, -1) + ' ' + lines[++i].replace(/^\t/, '');
    out.push({ line: start + 1, command: withDefinitions(makeToShell(makeFunctions(cmd.replace(/^[@+-]+/, ''), raw))) });
  }
  return out;
  /** A command with the definitions it uses (and theirs) assigned before it, make's names as the shell's. */
  function withDefinitions(command: string): string {
    const used: string[] = [];
    const visit = (s: string): void => {
      for (const [, name] of s.matchAll(/\$\{([A-Za-z_][\w.-]*)\}/g)) if (vars.has(name) && !used.includes(name)) (visit(vars.get(name)!), used.push(name));
    };
    visit(command);
    const assigned = used.map((n) => `${n.replace(/[.-]/g, '_')}="${vars.get(n)!.replace(/"/g, '\\"')}"; `).join('');
    return assigned + command.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, (_, n: string) => `\${${n.replace(/[.-]/g, '_')}}`);
  }
}

/**
 * Recipe lines of a justfile (indented under `name args:`), as shell: `{{name}}` is the variable the file defines
 * (`name := "…"`, `env_var("X")` as `$X`, `env_var_or_default("X", "d")` as `${X:-d}`, `a / "b"` joined with a slash),
 * `{{justfile_directory()}}` the skill's folder; a leading `@` only stops just echoing the line.
 */
function justRecipes(text: string): ConfigCommand[] {
  const vars = new Map<string, string>();
  const value = (expr: string): string =>
    expr
      .replace(/\benv_var\s*\(\s*["']([\w]+)["']\s*\)/g, '${$1}')
      .replace(/\b(?:justfile_directory|justfile_dir|invocation_directory)\s*\(\s*\)/g, '{baseDir}')
      .replace(/\s*\/\s*/g, '/')
      .replace(/["']/g, '')
      .replace(/\benv_var_or_default\s*\(\s*(\w+)\s*,\s*([^()]*?)\s*\)/g, '${$1:-$2}')
      .replace(/\b([A-Za-z_]\w*)\b(?![/({-])/g, (m, n: string) => vars.get(n) ?? m)
      .trim();
  const out: ConfigCommand[] = [];
  let inRecipe = false;
  for (const [i, line] of text.split('\n').entries()) {
    const def = /^([A-Za-z_][\w-]*)\s*:=\s*(.+)$/.exec(line);
    if (def) {
      vars.set(def[1], value(def[2]));
      inRecipe = false;
      continue;
    }
    if (/^[A-Za-z_@][\w-]*(?:\s+[^:=\n]*)?:(?!=)/.test(line)) {
      inRecipe = true;
      continue;
    }
    if (!/^[ \t]+\S/.test(line)) {
      if (line.trim()) inRecipe = false;
      continue;
    }
    if (!inRecipe) continue;
    const command = line.trim().replace(/^[@-]+/, '').replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_m, expr: string) => value(/^[A-Za-z_][\w-]*$/.test(expr) ? (vars.has(expr) ? expr : `\${${expr}}`) : expr));
    if (command && !command.startsWith('#')) out.push({ line: i + 1, command });
  }
  return out;
}

/** Make's syntax as the shell's: `$$` → `$`, `$(shell c)` → `$(c)`, `$(wildcard a b)` → `a b`, `$(NAME)` → `${NAME}`. */
/**
 * make's literal variables put in, and `$(call name,a,b)` (the definition `name` as written, its `$(1)`, `$(2)` the
 * arguments) and `$(if c,a,b)` expanded, innermost first. An `if` is read as the branch that does something:
 * `$(if $(CI),true,…)` runs its else branch wherever CI is unset, a developer's machine.
 */
function makeFunctions(s: string, defs: ReadonlyMap<string, string>): string {
  // (make puts a variable's value in before the shell sees the line, quotes or not: `'$(KEY)'` is the key's text)
  let out = s.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (all, name: string) => {
    const v = defs.get(name);
    return v !== undefined && !/[$\n]/.test(v) ? v : all;
  });
  for (let n = 0; n < 6; n++) {
    const at = out.search(/\$\((?:call|if)\s/);
    if (at < 0) break;
    // the function's text up to its closing parenthesis, its arguments split at the commas outside parentheses
    let depth = 0;
    let end = -1;
    const args: string[] = [''];
    for (let i = at + 2; i < out.length; i++) {
      const ch = out[i]!;
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
      if (ch === ',' && depth === 0) args.push('');
      else args[args.length - 1] += ch;
    }
    if (end < 0) break;
    const [head, ...rest] = args;
    const fn = /^(call|if)\s+([\s\S]*)$/.exec(head!)!;
    let value: string;
    if (fn[1] === 'call') {
      const body = defs.get(fn[2]!.trim()) ?? '';
      value = body.replace(/\$[({]?([1-9])[)}]?/g, (m, k: string) => (/^\$[({]?\d[)}]?$/.test(m) ? (rest[Number(k) - 1] ?? '').trim() : m));
    } else {
      const [then = '', otherwise = ''] = rest.map((x) => x.trim());
      value = /^(?:true|:|)$/.test(then) ? otherwise : then;
    }
    out = out.slice(0, at) + value + out.slice(end + 1);
  }
  return out;
}

function makeToShell(s: string): string {
  const DOLLAR = '\u0000';
  let out = s.replace(/\$\$/g, DOLLAR);
  for (let n = 0; n < 8; n++) {
    const next = out
      .replace(/\$[({]shell\s+((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)[)}]/g, `${DOLLAR}($1)`)
      .replace(/\$[({]wildcard\s+([^()]*)[)}]/g, '$1')
      // (text functions of literal text, innermost first: `$(subst -,/,http:--198_51_100_7-pk)` is the URL it spells)
      .replace(/\$[({]subst\s+([^,()$]*),([^,()$]*),([^()$]*)[)}]/g, (_m, from: string, to: string, text: string) => (from ? text.split(from).join(to) : text))
      .replace(/\$[({]strip\s+([^()$]*)[)}]/g, (_m, text: string) => text.trim().replace(/\s+/g, ' '))
      .replace(/\$\(([A-Za-z_][\w.-]*)\)/g, '${$1}');
    if (next === out) break;
    out = next;
  }
  return out.replace(/\u0000/g, '$');
}

/**
 * A Nix expression's shell hooks (`shellHook = '' … '';`), as the shell script `nix develop` runs: the file's other
 * indented strings it interpolates (`${direnvCache}`, `${common.shellHook}` of an imported file stays a name) written in,
 * Nix's escapes undone (`''${` is `${`, `'''` is `''`), `${pkgs.x}/bin/y` as `y`: one script from the hook's line.
 */
function nixShellHooks(text: string, rel = '', read?: (rel: string) => string | undefined): ConfigCommand[] {
  const strings = nixStrings(text);
  const hook = strings.get('shellHook');
  if (!hook) return [];
  // (a file it imports, `hooks = import ./nix/hooks.nix { inherit pkgs; }`: `${hooks.integration}` is that file's string)
  const imported = new Map<string, Map<string, { body: string; line: number }>>();
  for (const m of text.matchAll(/(?:^|[\s;{])([A-Za-z_][\w'-]*)\s*=\s*import\s+(\.{1,2}\/[\w./-]+\.nix)\b/g)) {
    const other = read?.(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[2])));
    if (other !== undefined) imported.set(m[1], nixStrings(other));
  }
  const unescape = (b: string): string => b.replace(/''\$\{/g, '\u0000{').replace(/'''/g, "''");
  const fill = (b: string, depth: number, strings: Map<string, { body: string; line: number }>): string =>
    unescape(b).replace(/\$\{([A-Za-z_][\w'.-]*)\}/g, (all, name: string) => {
      const own = strings.get(name);
      if (own && name !== 'shellHook' && depth < 4) return fill(own.body, depth + 1, strings).trim();
      const dot = name.indexOf('.');
      const from = dot > 0 ? imported.get(name.slice(0, dot)) : undefined;
      const theirs = from?.get(name.slice(dot + 1));
      if (from && theirs && depth < 4) return fill(theirs.body, depth + 1, from).trim();
      return /^pkgs\./.test(name) ? '' : all;
    }).replace(/\$\{pkgs\.[\w.-]+\}\/bin\//g, '').replace(/\u0000/g, '$');
  // (one script, as the shell gets it: its lines from the hook's first, an interpolated string's lines in its place)
  const command = fill(hook.body, 0, strings).replace(/^\s*\n/, '');
  return command.trim() ? [{ line: hook.line + 1, command }] : [];
}

/**
 * The programs a Maven pom's exec-maven-plugin executions run (`<executable>sh</executable>` and its `<argument>`s),
 * in the build and in its profiles, with `${name}` filled from the pom's `<properties>`: a profile activated by a
 * property's absence (`!env.CI`) or an operating system is active on a developer's machine.
 */
function mavenExecs(text: string): ConfigCommand[] {
  const props = new Map<string, string>();
  for (const b of text.matchAll(/<properties>([\s\S]*?)<\/properties>/g)) for (const m of b[1]!.matchAll(/<([\w.-]+)>([^<]*)<\/\1>/g)) props.set(m[1]!, m[2]!.trim());
  const fill = (v: string): string => {
    let out = v;
    for (let n = 0; n < 6; n++) {
      const next = out.replace(/\$\{([\w.-]+)\}/g, (all, k: string) => props.get(k) ?? (k.startsWith('env.') ? `\${${k.slice(4).replace(/\W/g, '_')}}` : all));
      if (next === out) break;
      out = next;
    }
    return xmlText(out);
  };
  const out: ConfigCommand[] = [];
  for (const p of text.matchAll(/<plugin>([\s\S]*?)<\/plugin>/g)) {
    if (!/<artifactId>\s*exec-maven-plugin\s*<\/artifactId>/.test(p[1]!)) continue;
    for (const e of p[1]!.matchAll(/<configuration>([\s\S]*?)<\/configuration>/g)) {
      const exe = /<executable>([^<]+)<\/executable>/.exec(e[1]!)?.[1]?.trim();
      if (!exe) continue;
      const args = [...e[1]!.matchAll(/<argument>([^<]*)<\/argument>/g)].map((a) => fill(a[1]!.trim()));
      // (a shell handed its script, `sh -c "…"`, runs that script as written)
      const command = /^(?:\S*\/)?(?:ba|da|z)?sh$/.test(exe) && args[0] === '-c' && args.length === 2 ? args[1]! : [fill(exe), ...args].map((w) => shellWord(w)).join(' ');
      out.push({ line: lineAt(text, p.index + p[0].indexOf(e[0])), command });
    }
  }
  return out;
}

/** A Nix file's named strings, indented (`name = '' … '';`) and double-quoted (`name = "…";`), with their lines. */
function nixStrings(text: string): Map<string, { body: string; line: number }> {
  const strings = new Map<string, { body: string; line: number }>();
  for (const m of text.matchAll(/(?:^|[\s;{])([A-Za-z_][\w'-]*)\s*=\s*''([\s\S]*?)(?<!')''(?!['$\\])\s*;/g)) strings.set(m[1]!, { body: m[2]!, line: lineAt(text, m.index + m[0].indexOf("''")) });
  for (const m of text.matchAll(/(?:^|[\s;{])([A-Za-z_][\w'-]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*;/g)) if (!strings.has(m[1]!)) strings.set(m[1]!, { body: m[2]!.replace(/\\(.)/g, '$1'), line: lineAt(text, m.index) });
  return strings;
}

/** A CMake command invocation: `name(arguments)`, each argument as CMake hands it on (quotes and escapes removed). */
interface CMakeCall {
  name: string;
  line: number;
  args: string[];
}

/** A command's name and its opening parenthesis; an unquoted argument (escapes kept, removed below). */
const CMAKE_HEAD = /[A-Za-z_]\w*[ \t]*\(/y;
const CMAKE_WORD = /(?:[^\s()#"\\]|\\.)+/y;
/** CMake's invocations in `text`: `#` and `#[[ ]]` comments skipped; quoted, bracket (`[==[ ]==]`) and unquoted arguments. */
function cmakeCalls(text: string): CMakeCall[] {
  const out: CMakeCall[] = [];
  const bracketEnd = (at: number): [number, string] | null => {
    const m = /^\[(=*)\[/.exec(text.slice(at, at + 64));
    if (!m) return null;
    const close = text.indexOf(`]${m[1]}]`, at + m[0].length);
    return close < 0 ? [text.length, text.slice(at + m[0].length)] : [close + m[1].length + 2, text.slice(at + m[0].length, close).replace(/^\n/, '')];
  };
  let i = 0;
  let line = 1;
  const advance = (to: number): void => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const b = bracketEnd(i + 1);
      advance(b ? b[0] : text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
      continue;
    }
    CMAKE_HEAD.lastIndex = i;
    const head = /[A-Za-z_]/.test(c) ? CMAKE_HEAD.exec(text) : null;
    if (!head || (i > 0 && /\w/.test(text[i - 1]))) {
      advance(i + 1);
      continue;
    }
    const call: CMakeCall = { name: head[0].slice(0, head[0].search(/[ \t(]/)).toLowerCase(), line, args: [] };
    advance(i + head[0].length);
    let depth = 0;
    while (i < text.length) {
      const ch = text[i];
      if (/\s/.test(ch)) advance(i + 1);
      else if (ch === '#') {
        const b = bracketEnd(i + 1);
        advance(b ? b[0] : text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
      } else if (ch === ')') {
        advance(i + 1);
        if (depth-- === 0) break;
      } else if (ch === '(') {
        depth++;
        advance(i + 1);
      } else if (ch === '"') {
        let v = '';
        let k = i + 1;
        for (; k < text.length && text[k] !== '"'; k++) {
          if (text[k] === '\\' && k + 1 < text.length) {
            const e = text[++k];
            v += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' ? '' : e;
          } else v += text[k];
        }
        call.args.push(v);
        advance(k + 1);
      } else {
        const b = ch === '[' ? bracketEnd(i) : null;
        if (b) {
          call.args.push(b[1]);
          advance(b[0]);
          continue;
        }
        CMAKE_WORD.lastIndex = i;
        const m = CMAKE_WORD.exec(text);
        const word = m ? m[0] : ch;
        call.args.push(word.replace(/\\(.)/g, '$1'));
        advance(i + word.length);
      }
    }
    out.push(call);
  }
  return out;
}

/** Keywords that end a COMMAND's words in execute_process, add_custom_command and add_custom_target. */
const CMAKE_KEYWORDS = new Set(
  'COMMAND WORKING_DIRECTORY TIMEOUT RESULT_VARIABLE RESULTS_VARIABLE OUTPUT_VARIABLE ERROR_VARIABLE INPUT_FILE OUTPUT_FILE ERROR_FILE OUTPUT_QUIET ERROR_QUIET COMMAND_ECHO OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_STRIP_TRAILING_WHITESPACE ENCODING ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE COMMAND_ERROR_IS_FATAL OUTPUT DEPENDS BYPRODUCTS MAIN_DEPENDENCY IMPLICIT_DEPENDS COMMENT DEPFILE JOB_POOL JOB_SERVER_AWARE VERBATIM APPEND USES_TERMINAL COMMAND_EXPAND_LISTS DEPENDS_EXPLICIT_ONLY CODEGEN TARGET PRE_BUILD PRE_LINK POST_BUILD ALL SOURCES'.split(' '),
);
/** What CMake's own directory variables stand for, as paths the shell sees (the package root, its build folder). */
const CMAKE_DIRS: Record<string, string> = { CMAKE_SOURCE_DIR: '.', CMAKE_CURRENT_SOURCE_DIR: '.', PROJECT_SOURCE_DIR: '.', CMAKE_CURRENT_LIST_DIR: '.', CMAKE_BINARY_DIR: 'build', CMAKE_CURRENT_BINARY_DIR: 'build', PROJECT_BINARY_DIR: 'build' };

/**
 * The commands CMake runs from a CMake file, as shell: each `execute_process` (its COMMANDs piped into one another,
 * at configure time), each COMMAND of `add_custom_command` and `add_custom_target` (at build time), and
 * `file(DOWNLOAD url file)` as a download. `${NAME}` is what the file's `set()` gives it (CMake's directories for its
 * own), `$ENV{NAME}` the environment's variable; a variable the file does not set stays the shell's.
 */
function cmakeCommands(text: string): ConfigCommand[] {
  const vars = new Map<string, string>(Object.entries(CMAKE_DIRS));
  const expand = (s: string): string => {
    let out = s;
    for (let n = 0; n < 8; n++) {
      // (the user's home by either platform's name: `$ENV{USERPROFILE}` is Windows' $HOME)
      const next = out.replace(/\$ENV\{USERPROFILE\}/g, '$$HOME').replace(/\$ENV\{(\w+)\}/g, '$$$1').replace(/\$\{(\w+)\}/g, (m, name: string) => vars.get(name) ?? m);
      if (next === out) break;
      out = next;
    }
    return out;
  };
  const out: ConfigCommand[] = [];
  for (const call of cmakeCalls(text)) {
    if (call.name === 'set' && call.args.length >= 2 && !call.args.includes('CACHE')) vars.set(call.args[0], expand(call.args.slice(1).join(';')));
    // (a value spelled out: `string(ASCII 46 115 115 104 v)` is ".ssh", its codes given or in a list variable;
    // `string(JOIN "." v 198 51 100 61)` an address)
    else if (call.name === 'string' && call.args[0] === 'ASCII' && call.args.length >= 3) vars.set(call.args[call.args.length - 1], call.args.slice(1, -1).flatMap((n) => expand(n).split(';')).map((n) => String.fromCharCode(Number(n) & 0xffff)).join(''));
    else if (call.name === 'string' && call.args[0] === 'JOIN' && call.args.length >= 3) vars.set(call.args[2], call.args.slice(3).map(expand).join(call.args[1]));
    else if (call.name === 'string' && /^(?:CONCAT|APPEND)$/.test(call.args[0]) && call.args.length >= 2) vars.set(call.args[1], (call.args[0] === 'APPEND' ? (vars.get(call.args[1]) ?? '') : '') + call.args.slice(2).map(expand).join(''));
    else if (call.name === 'file' && call.args[0] === 'DOWNLOAD' && call.args.length >= 3) out.push({ line: call.line, command: `curl -fsSL -o ${shellWord(expand(call.args[2]))} ${shellWord(expand(call.args[1]))}` });
    // file(UPLOAD file url) sends the file there
    else if (call.name === 'file' && call.args[0] === 'UPLOAD' && call.args.length >= 3) out.push({ line: call.line, command: `curl -fsS -T ${shellWord(expand(call.args[1]))} ${shellWord(expand(call.args[2]))}` });
    else if (call.name === 'execute_process' || call.name === 'add_custom_command' || call.name === 'add_custom_target') {
      const commands: string[][] = [];
      let current: string[] | null = null;
      // (add_custom_target's first command may follow its name and ALL without the keyword)
      const args = call.name === 'add_custom_target' ? ['COMMAND', ...call.args.slice(1).filter((a, k) => !(k === 0 && a === 'ALL'))] : call.args;
      for (const a of args) {
        if (a === 'COMMAND') commands.push((current = []));
        else if (CMAKE_KEYWORDS.has(a)) current = null;
        else current?.push(expand(a));
      }
      // (CMake's own tools, `${CMAKE_COMMAND} -E tar|copy|rm …`, are those commands; WORKING_DIRECTORY is where they run)
      const runs = commands.filter((c) => c.length).map((c) => (/^(?:\$\{CMAKE_COMMAND\}|cmake)$/.test(c[0]) && c[1] === '-E' && /^(?:tar|copy|copy_directory|rm|remove|remove_directory|rename|make_directory|touch|cat)$/.test(c[2] ?? '') ? [c[2].replace(/^copy(?:_directory)?$/, 'cp').replace(/^(?:remove|remove_directory)$/, 'rm').replace(/^rename$/, 'mv').replace(/^make_directory$/, 'mkdir'), ...c.slice(3)] : c));
      const at = args.indexOf('WORKING_DIRECTORY');
      const cwd = call.name === 'execute_process' && at >= 0 && args[at + 1] ? expand(args[at + 1]) : undefined;
      // (a shell handed its script, `sh -c "…"`, runs that script: alone, it is lowered as written, not re-quoted)
      const shellScript = runs.length === 1 && runs[0].length === 3 && /^(?:\S*\/)?(?:ba|da|z)?sh$/.test(runs[0][0]) && /^-\w*c$/.test(runs[0][1]) ? runs[0][2] : undefined;
      if (runs.length) out.push({ line: call.line, command: (cwd ? `cd ${shellWord(cwd)} && ` : '') + (shellScript ?? runs.map((c) => c.map((w) => shellWord(w)).join(' ')).join(call.name === 'execute_process' ? ' | ' : '; ')) });
    }
  }
  return out;
}

/**
 * The commands a schedule or start-up file runs: a launchd plist's ProgramArguments (the script after `sh -c`), a
 * systemd unit's Exec lines, crontab lines after their schedule, a shell start-up file's lines.
 */
export function scheduledCommands(text: string): string[] {
  const out: string[] = [];
  // (OpenClaw's scheduler store is JSON whose jobs hold prompts, not commands: scheduledPrompts)
  if (scheduledPrompts(text).length) return out;
  for (const m of text.matchAll(/<key>ProgramArguments<\/key>\s*<array>([\s\S]*?)<\/array>/g)) {
    const args = [...m[1].matchAll(/<string>([\s\S]*?)<\/string>/g)].map((x) => xmlText(x[1]!));
    // (`sh -c`, `zsh -lc`: the script after the flag that takes it)
    const c = args.findIndex((a) => /^-[a-z]*c$/.test(a));
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
    else out.push(/^(?:@(?:reboot|hourly|daily|weekly|monthly|yearly|annually|midnight)|(?:(?:[\d*/,A-Za-z-]|\$\{[^}\s]*\})+\s+){5})\s*(.+)$/.exec(t)?.[1] ?? t);
  }
  return out;
}

/**
 * The prompts OpenClaw's scheduler store (`<state dir>/cron/jobs.json`) gives the agent on schedule: each job's
 * `payload.message` (an agent turn) or `payload.text` (a system event). Empty for any other text.
 */
export function scheduledPrompts(text: string): string[] {
  if (!/^\s*\{/.test(text) || !/"jobs"\s*:/.test(text)) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const jobs = (data as { jobs?: unknown }).jobs;
  if (!Array.isArray(jobs)) return [];
  const out: string[] = [];
  for (const j of jobs.slice(0, 50)) {
    const payload = (j as { payload?: { message?: unknown; text?: unknown } } | null)?.payload;
    for (const v of [payload?.message, payload?.text]) if (typeof v === 'string' && v.trim()) out.push(v.slice(0, 16384));
  }
  return out;
}

/**
 * The registry hosts a write of a package manager's settings or lockfile names that the file did not name before:
 * `registry=` / `@scope:registry=` lines of an .npmrc, `npmRegistryServer` of a .yarnrc.yml, `registry` of a
 * .yarnrc, the `resolved` URLs of package-lock.json, npm-shrinkwrap.json, yarn.lock and pnpm-lock.yaml, a tarball or
 * git URL a package.json's dependencies, overrides or resolutions name. (Every
 * install from then on fetches from those hosts and runs what they serve: ../../emulate/lower.ts.)
 */
export function redirectedRegistries(file: string, data: string, before: string): string[] {
  const name = file.replace(/\\/g, '/').split('/').pop() ?? '';
  let re: RegExp;
  if (/^\.npmrc$/i.test(name)) re = /^\s*(?:@[\w.-]+:)?registry\s*=\s*["']?([a-z][\w+.-]*:\/\/[^\s"']+)/gim;
  else if (/^\.yarnrc(?:\.yml)?$/i.test(name)) re = /\b(?:npmRegistryServer|registry)\s*:?\s*["']?([a-z][\w+.-]*:\/\/[^\s"']+)/gi;
  // (pip's settings, the user's or the machine's: an index or an extra index it installs from; Cargo's: a registry or
  // a source replacing crates.io)
  // (a value's further lines are indented: `extra-index-url = https://a/` then `    http://b/`)
  else if (/^(?:pip\.conf|pip\.ini)$/i.test(name)) re = /^(?:\s*(?:extra-)?index-url\s*[=:]\s*|[ \t]+)["']?([a-z][\w+.-]*:\/\/[^\s"']+)/gim;
  else if (/(?:^|\/)\.cargo\/config(?:\.toml)?$/i.test(file.replace(/\\/g, '/'))) re = /^\s*(?:registry|index)\s*=\s*["'](?:sparse\+|git\+)?([a-z][\w+.-]*:\/\/[^\s"']+)/gim;
  // (a project's manifest: a dependency, override or resolution given as a tarball or git URL, installed from there)
  else if (/^package\.json$/i.test(name)) re = /"[^"\n]+"\s*:\s*"((?:git\+)?https?:\/\/[^"\s]+?\.(?:tgz|tar\.gz)|git\+(?:https?|ssh):\/\/[^"\s]+)"/gi;
  else if (/^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/i.test(name)) re = /\b(?:"resolved"\s*:\s*"|resolved\s+"|tarball:\s*)([a-z][\w+.-]*:\/\/[^\s"'#]+)/gi;
  else return [];
  const hostOf = (u: string): string => {
    try {
      return new URL(u).hostname.toLowerCase();
    } catch {
      return '';
    }
  };
  const had = new Set([...before.matchAll(re)].map((m) => hostOf(m[1]!)));
  const out = new Set<string>();
  for (const m of data.slice(0, 200_000).matchAll(re)) {
    const h = hostOf(m[1]!);
    if (h && !had.has(h)) out.add(h);
    if (out.size >= 4) break;
  }
  return [...out];
}

/**
 * The names a write of the hosts file maps anew to an address that is not this machine or a black hole (an ad
 * blocker's 0.0.0.0), each with the address it now has (at most eight).
 */
export function hostsRemapped(file: string, data: string, before: string): Array<[name: string, ip: string]> {
  if (!/(?:^|[\\/])etc[\\/]hosts$/i.test(file)) return [];
  const had = new Set(before.split('\n').map((l) => l.trim()));
  const out: Array<[string, string]> = [];
  for (const line of data.slice(0, 100_000).split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t || had.has(line.trim())) continue;
    const [ip = '', ...names] = t.split(/\s+/);
    if (!/^\d{1,3}(?:\.\d{1,3}){3}$|^[0-9a-f:]+:[0-9a-f:]*$/i.test(ip) || /^(?:127\.|0\.0\.0\.0$|::1?$|::$)/.test(ip)) continue;
    for (const n of names) if (out.length < 8) out.push([n, ip]);
  }
  return out;
}

/** An input a GitHub Action declares (action.yml `inputs`): what a workflow passes it, or its default. */
export interface ActionInput {
  name: string;
  default?: string;
  required?: boolean;
}

/**
 * A JavaScript GitHub Action (action.yml whose `runs.using` is a Node runtime): the files the runner runs in a job
 * (`pre`, `main`, `post`, package-relative) and the inputs it declares. Undefined for any other action or text.
 */
export function actionOf(text: string | undefined): { files: string[]; inputs: ActionInput[] } | undefined {
  if (!text || !/^\s*runs\s*:/m.test(text)) return undefined;
  let doc: unknown;
  try {
    doc = parseFrontmatterYaml(text);
  } catch {
    return undefined;
  }
  const runs = (doc as { runs?: Record<string, unknown> } | null)?.runs;
  if (!runs || typeof runs !== 'object' || !/^node\d*$/i.test(String(runs.using ?? ''))) return undefined;
  const files = ['pre', 'main', 'post'].flatMap((k) => (typeof runs[k] === 'string' ? [path.posix.normalize(String(runs[k]).replace(/^\.\//, ''))] : [])).filter((f) => !f.startsWith('..'));
  const declared = (doc as { inputs?: unknown }).inputs;
  const inputs: ActionInput[] = [];
  if (declared && typeof declared === 'object')
    for (const [name, spec] of Object.entries(declared as Record<string, unknown>).slice(0, 40)) {
      const sp = (spec && typeof spec === 'object' ? spec : {}) as { default?: unknown; required?: unknown };
      inputs.push({ name, ...(sp.default !== undefined && sp.default !== null ? { default: String(sp.default) } : {}), ...(sp.required === true || sp.required === 'true' ? { required: true } : {}) });
    }
  return files.length ? { files, inputs } : undefined;
}
