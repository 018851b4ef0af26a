/**
 * Personas: the fake machine an entry runs on. Payloads branch on the platform, so every entry runs as
 * linux, win32 and darwin, each with its own home layout, environment (CI unset, npm lifecycle variables
 * set for install scripts) and the same canary secrets.
 */
import { type CanarySet, type Persona, PROJECT_PACKAGE, homeOf } from './canaries.js';
import { MCP_METHODS, MCP_SDK, USER_INPUT } from './select.js';
import type { ActionInput } from '../inspect/effects/tool-configs.js';

/**
 * The region a run's machine is set to: its locale, time zone and LANG. Every run is first a US English machine in
 * New York; an entry that reads the region (Intl's resolved options, LANG, LC_*, TZ, the time zone offset) runs once more
 * on the other region, because geofenced code branches on it: protestware fires only in Russia or Belarus, a stealer
 * stays quiet there. The other region's time zone is the first one the package's own code names, else Moscow's.
 */
export interface Region {
  locale: string;
  timeZone: string;
  lang: string;
  /** `Date.prototype.getTimezoneOffset()` there now, in minutes (UTC minus local time). */
  offset: number;
}
// (a user's machine keeps its owner's time zone, not UTC as servers and analysis sandboxes do: code that stays quiet on
// UTC acts here; the offset is fixed, Eastern Standard Time, so a run does the same in every season)
export const HOME_REGION: Region = { locale: 'en-US', timeZone: 'America/New_York', lang: 'en_US.UTF-8', offset: 300 };
/** The zone's offset from UTC now, as `getTimezoneOffset()` gives it (the host's ICU knows every zone). */
function offsetOf(timeZone: string): number {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    return m ? -(m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  } catch {
    return 0;
  }
}
const IANA_ZONE = /["'`]((?:Europe|Asia|Africa|America|Australia|Pacific|Atlantic|Indian)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)["'`]/;
/** A zone the code matches by its area (`/^America\//`): that area's most populous zone. */
const ZONE_AREA = /\^(Europe|Asia|Africa|America|Australia)\\\//;
const AREA_ZONE: Record<string, string> = { Europe: 'Europe/London', Asia: 'Asia/Shanghai', Africa: 'Africa/Lagos', America: 'America/New_York', Australia: 'Australia/Sydney' };
/** The other region an entry that read the region runs on (see Region). */
export function otherRegion(code: string): Region {
  const zone = IANA_ZONE.exec(code)?.[1] ?? AREA_ZONE[ZONE_AREA.exec(code)?.[1] ?? ''];
  const timeZone = zone ?? 'Europe/Moscow';
  return { locale: 'ru-RU', timeZone, lang: 'ru_RU.UTF-8', offset: offsetOf(timeZone) };
}

/**
 * What an earlier run of the entry left on the machine (engine.ts keptState): the files it keeps its state in, by
 * absolute path, and how much later than the first run this one is (whole weeks: the weekday and hour stay).
 */
export interface Kept {
  files: Map<string, string>;
  laterMs: number;
}

export interface EmulationEntry {
  file: string;
  reach: 'install' | 'load' | 'bin';
  event?: string;
  /** The words after the file in the lifecycle command that runs it. */
  args?: string[];
  /** The package declares it as its build for web pages (`browser`, `unpkg`, `jsdelivr`): it also runs in one. */
  browser?: boolean;
  /** A program given to `node -e`, not a file: its arguments follow the interpreter's path in process.argv. */
  inline?: boolean;
  /** A GitHub Action's file (its action.yml's `pre`, `main` or `post`), with the inputs the action declares. */
  action?: ActionInput[];
}

/**
 * The people a plugin's hooks hear from and answer (prelude/loader.ts __event and __hookCtx): the sender's number
 * and the account's own, the sender's id, the chat's id. A message the plugin sends to one of them answers the
 * conversation; a recipient its code assembles itself is its author's (lower.ts).
 */
export const CHAT_PEERS = { sender: '+15550100', self: '+15550101', senderId: 'user-1', conversationId: '5512093377' } as const;

/** Everything the prelude needs, serialised to JSON and embedded in the sandbox (copied, never shared). */
export interface SandboxConfig {
  persona: Persona;
  arch: string;
  root: string;
  /** The working directory: the package's own at install (npm runs scripts there), the project's once it is loaded. */
  cwd: string;
  home: string;
  tmp: string;
  user: string;
  hostname: string;
  execPath: string;
  entryAbs: string;
  entryRel: string;
  /** The words after the file in the command that runs it (`node bin/cli.js install --quiet`): its process.argv tail. */
  entryArgs: string[];
  /** The entry is a `node -e` program: process.argv is the interpreter's path and its arguments. */
  inline: boolean;
  reach: string;
  event: string;
  pkgName: string;
  pkgVersion: string;
  pluginId: string;
  /** `api.pluginConfig`: what a user who set the plugin up has configured (configuredValues). */
  pluginConfig: Record<string, unknown>;
  /** The variables the package's code reads as settings, as the user set them (keyedValues' envSettings). */
  envConfig: Record<string, string>;
  /** The hosts of the endpoints those settings name (configuredEndpoints): the user's own servers. */
  configuredHosts: string[];
  isPlugin: boolean;
  files: string[];
  vfs: Record<string, { c: string; id: string }>;
  env: Record<string, string>;
  envCanary: Record<string, string>;
  respMark: string;
  metadataBody: string;
  /** What a command that prints a stored credential answers, by its secret class (canaries.ts). */
  storeAnswers: Record<string, string>;
  /** The token a server's sign-in answer holds (canaries.ts issuedToken). */
  issuedToken: string;
  /**
   * The shell commands tool-call hooks are shown, turn by turn: a chain (packages installed, a cloud CLI, a push) and
   * each of its commands alone (a hook may rewrite only a command that is a bare `npm install`).
   */
  toolCmds: string[];
  /** What a web page the agent fetches says (DOCS_PAGE): install steps, as documentation pages have them. */
  docsPage: string;
  conv: string;
  /** Who the conversation is with, as hook events and contexts name them (CHAT_PEERS). */
  peers: typeof CHAT_PEERS;
  /** A second inbound message, a login code, delivered to message hooks as from WhatsApp. */
  loginMsg: string;
  /** The reply of someone a plugin messaged (canaries.ts `replyMessage`). */
  replyMsg: string;
  /** The user's message holding a recovery phrase (canaries.ts `seedMessage`). */
  seedMsg: string;
  /** A stranger's message (canaries.ts `strangerMessage`) and its mark. */
  stranger: string;
  strangerMark: string;
  /** What a plugin's code compares its input with (keyedValues): the keys a stranger would need. */
  keyDigests: string[];
  magicWords: string[];
  /** URL paths the package's code names: routes its servers may answer only there. */
  routePaths: string[];
  /** The keys of a table of handlers the code indexes with a computed key (tableKeysOf): the kinds a server may order. */
  tableKeys: string[];
  /** The kinds of event the package's handlers wait for (keyedValues): a socket's server sends one of each. */
  eventKinds: string[];
  argSeed: string;
  argMail: string;
  argPlain: string;
  /** The host of the connection string a caller hands over, and of the request it makes (loader.ts __callerRequest). */
  argConnHost: string;
  /** Run as a script of a web page (window, document, a wallet provider): a browser build's code paths. */
  browser: boolean;
  /** Standard output is a terminal (Deployment 'terminal'; a bin's run always has one). */
  tty: boolean;
  /** Loaded in the gateway run as a service (Deployment `service`): its argv and title, its parent the supervisor. */
  service: boolean;
  /** The entry is written for Bun (it uses Bun's API): the runtime's global is there. */
  bun: boolean;
  region: Region;
  walletTo: string;
  argKey: string;
  argToken: string;
  argCode: string;
  argRequestToken: string;
  argRequestKey: string;
  argConn: string;
  apiConfig: Record<string, unknown>;
  /** How much later than today this run is (Kept). */
  laterMs: number;
  /** Every server answers 503 Service Unavailable (Deployment 'outage'), only the first one asked ('failover'), or no request reaches one ('offline'). */
  network: 'up' | 'failing' | 'failover' | 'down';
}

export interface PersonaPaths {
  home: string;
  tmp: string;
  root: string;
  project: string;
  sep: string;
}

function join(p: Persona, ...parts: string[]): string {
  const sep = p === 'win32' ? '\\' : '/';
  return parts
    .filter(Boolean)
    .join(sep)
    .replace(p === 'win32' ? /[\\/]+/g : /\/+/g, sep);
}

export function personaPaths(p: Persona, pkgName: string, isPlugin: boolean, pluginId: string): PersonaPaths {
  const home = homeOf(p);
  const tmp = p === 'win32' ? 'C:\\Users\\dev\\AppData\\Local\\Temp' : p === 'darwin' ? '/var/folders/7g/k2x9q1_n4vd3/T' : '/tmp';
  const project = join(p, home, 'project');
  const safeName = (pkgName || 'package').replace(/[^@\w./-]/g, '_');
  const root = isPlugin ? join(p, home, '.openclaw', 'extensions', (pluginId || safeName).replace(/[\\/]/g, '__')) : join(p, project, 'node_modules', safeName);
  return { home, tmp, root, project, sep: p === 'win32' ? '\\' : '/' };
}

export function isPluginManifest(manifest: Record<string, unknown>): boolean {
  const oc = manifest.openclaw as Record<string, unknown> | undefined;
  return !!(oc && typeof oc === 'object' && Array.isArray(oc.extensions));
}

/**
 * A CI runner's environment (GitHub Actions on Linux). Every run is first a developer's machine; an entry that looks
 * for a CI variable the machine lacks (CI, GITHUB_ACTIONS, GITLAB_CI, …) runs once more as a runner, because code
 * that acts only in CI (a build step dumping the runner's secrets) stays quiet on the developer's machine. The secrets
 * are the machine's canaries, which a runner holds as variables too.
 */
/**
 * Where a run is repeated when its first run looked for the place's mark and did not find it: a CI runner (a CI
 * variable, see ciEnvironment) and a deployed server (NODE_ENV, which a developer's shell leaves unset: code that
 * acts only with NODE_ENV=production, a parser leaking the connection strings of production databases, stays quiet
 * on the developer's machine, as code acting only there stays quiet on the server). And a network that fails: a run
 * that made an HTTP request runs again with every server answering 503, as in an outage, and again with no request
 * getting through (a retry wrapper's journal of failed requests, uploaded only after a failure, is written and sent
 * only then; a "fallback" that replays a request that could not connect through another host, only then). And a
 * plugin whose settings have choices runs again with them turned up, as a user troubleshooting it sets them
 * (`logLevel: "debug"`, every switch on): see configuredValues.
 */
export type Deployment = 'ci' | 'production' | 'service' | 'editor' | 'terminal' | 'outage' | 'failover' | 'offline' | 'tuned';
export const DEPLOYMENTS: readonly Deployment[] = ['ci', 'production', 'service', 'editor', 'terminal', 'outage', 'failover', 'offline', 'tuned'];
export const DEPLOYMENT_LABEL: Record<Deployment, string> = { ci: 'a CI runner', production: 'NODE_ENV=production', service: "the OpenClaw gateway run as a supervised service", editor: "VS Code's integrated terminal", terminal: "a user's terminal", outage: 'servers answering 503', failover: 'its first server answering 503', offline: 'the network down', tuned: 'its settings turned up' };

/**
 * What a supervisor gives the process it starts (systemd, launchd, pm2): the gateway as OpenClaw installs it as a
 * service, in whose process a plugin and its libraries are loaded. Code that acts only there (nobody watches a
 * daemon's output) stays quiet in a terminal; a look for one of these variables runs the entry again as that service.
 */
const SUPERVISED: Record<string, string> = { INVOCATION_ID: '5c0ffa4e9d2b47a1b3e8c21f6d7a9e04', JOURNAL_STREAM: '8:41721', XPC_SERVICE_NAME: 'ai.openclaw.gateway', LAUNCH_JOB_LABEL: 'ai.openclaw.gateway', pm_id: '0', PM2_HOME: '/home/dev/.pm2', NOTIFY_SOCKET: '/run/systemd/notify' };

/** What VS Code's integrated terminal adds to a shell's environment. */
const EDITOR_TERMINAL: Record<string, string> = { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.96.2', VSCODE_PID: '4211', VSCODE_IPC_HOOK_CLI: '/tmp/vscode-ipc-5e1c.sock', VSCODE_GIT_IPC_HANDLE: '/tmp/vscode-git-9a2f.sock', COLORTERM: 'truecolor' };

function deploymentEnvironment(deployment: Deployment, project: string): Record<string, string> {
  return deployment === 'ci' ? ciEnvironment(project) : deployment === 'production' ? { NODE_ENV: 'production' } : deployment === 'service' ? SUPERVISED : deployment === 'editor' ? EDITOR_TERMINAL : {};
}

export function ciEnvironment(project: string): Record<string, string> {
  return {
    CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'team/dashboard', GITHUB_REPOSITORY_OWNER: 'team', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main',
    GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b', GITHUB_RUN_ID: '7712345678', GITHUB_RUN_NUMBER: '412', GITHUB_WORKFLOW: 'ci', GITHUB_JOB: 'build',
    GITHUB_ACTOR: 'dev', GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: project, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 12', RUNNER_TEMP: '/home/runner/work/_temp',
  };
}

/** The event a pull request's workflow run starts with (GITHUB_EVENT_PATH): a contributor's pull request. */
const PULL_REQUEST_EVENT = {
  action: 'opened', number: 7,
  pull_request: { number: 7, title: 'Update dependencies', state: 'open', user: { login: 'contributor' }, head: { ref: 'deps-update', sha: '9c1185a5c5e9fc54612808977ee8f548b2258d31', repo: { full_name: 'team/dashboard' } }, base: { ref: 'main', sha: '3f786850e387550fdab836ed7e6dc881de23001b', repo: { full_name: 'team/dashboard' } } },
  repository: { name: 'dashboard', full_name: 'team/dashboard', owner: { login: 'team' }, default_branch: 'main', private: true },
  sender: { login: 'contributor' },
};

/**
 * What a workflow job gives a GitHub Action it runs on a pull request: a runner's environment, the event, and each
 * input as `INPUT_<NAME>` (as the runner names it): its default, the job's token where the default is the job's token
 * or the input is named for one (`github-token`, `repo-token`), and a plain value for any other input the action
 * declares without a default, since a required input left out stops it before it does anything.
 */
export function actionEnvironment(inputs: readonly ActionInput[], project: string, eventPath: string, jobToken: string): Record<string, string> {
  const env: Record<string, string> = { ...ciEnvironment(project), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'deps-update', GITHUB_BASE_REF: 'main', GITHUB_API_URL: 'https://api.github.com', GITHUB_ACTION: '__run' };
  for (const i of inputs) {
    const key = `INPUT_${i.name.replace(/ /g, '_').toUpperCase()}`;
    const d = i.default;
    env[key] = d !== undefined && /\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}/i.test(d) ? jobToken : d !== undefined ? (d.includes('${{') ? '' : d) : /^(?:github|gh|repo)[-_]?token$/i.test(i.name) ? jobToken : i.name;
  }
  return env;
}

/**
 * The plugin's settings as a user who set it up has them, from its manifest's configSchema: each setting's default,
 * switches on (its own on switch whatever its default: an opt-in plugin's user opted in), the first of a choice, and a
 * placeholder for a credential it asks for (its token or API key: code that does nothing until it is configured runs).
 * Turned up (`tuned`), each choice is its last option (error … debug, off … all) and every switch is on.
 * Addresses and free text stay unset: a destination is the user's choice, not one to invent. The placeholder is no
 * canary: it is the plugin's own credential, which it sends where it likes.
 */
/** Code that uses a wallet library (a key pair, a signer, base58 keys). */
// (or such a library's calls, in a copy the package vendors: `Keypair.fromSecretKey(bs58.decode(key))`)
const WALLET_LIBRARY = /['"](?:@solana\/web3\.js|@solana\/kit|ethers|viem|web3|bs58|tweetnacl|bip39|ed25519-hd-key|@noble\/(?:ed25519|secp256k1|curves))['"]|\bKeypair\.from(?:SecretKey|Seed)\s*\(|\bprivateKeyToAccount\s*\(|\bbs58\.decode\s*\(/;

export function configuredValues(schema: unknown, depth = 0, tuned = false, walletKey?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = schema && typeof schema === 'object' ? (schema as { properties?: unknown }).properties : undefined;
  if (!props || typeof props !== 'object' || depth > 2) return out;
  const req = (schema as { required?: unknown }).required;
  const required = new Set(Array.isArray(req) ? req.filter((x): x is string => typeof x === 'string') : []);
  for (const [name, raw] of Object.entries(props as Record<string, unknown>).slice(0, 60)) {
    if (!raw || typeof raw !== 'object') continue;
    const p = raw as { type?: unknown; default?: unknown; enum?: unknown; properties?: unknown; format?: unknown; additionalProperties?: unknown; pattern?: unknown; items?: unknown };
    // the plugin's own on switch is on: whoever installed it turned on what it is for (an opt-in plugin acts then)
    if (p.type === 'boolean' && /^(?:enabled?|active|on)$/i.test(name)) out[name] = true;
    else if (tuned && Array.isArray(p.enum) && p.enum.length) out[name] = p.enum[p.enum.length - 1];
    else if (tuned && p.type === 'boolean') out[name] = true;
    else if (p.default !== undefined) out[name] = p.default;
    else if (Array.isArray(p.enum) && p.enum.length) out[name] = p.enum[0];
    else if (p.type === 'boolean') out[name] = true;
    else if (p.type === 'object' && p.properties) out[name] = configuredValues(p, depth + 1, tuned, walletKey);
    // a map the user must fill in (hosts by name, accounts by name): one entry, set up as its schema asks
    else if (p.type === 'object' && required.has(name) && p.additionalProperties && typeof p.additionalProperties === 'object' && (p.additionalProperties as { properties?: unknown }).properties) out[name] = { main: configuredValues(p.additionalProperties, depth + 1, tuned, walletKey) };
    // (a wallet's secret key, where the plugin uses a wallet library: the key as wallet libraries read one)
    else if (walletKey && p.type === 'string' && p.format !== 'uri' && /(?:secret|private|wallet|signer).?key/i.test(name) && !/url|uri|endpoint|host|path|file/i.test(name)) out[name] = walletKey;
    else if (p.type === 'string' && p.format !== 'uri' && /token|secret|api.?key|password|credential|auth/i.test(name) && !/url|uri|endpoint|host/i.test(name)) out[name] = `configured-${name}${serviceOfSetting(raw)}-value`;
    // an address the plugin requires the user to set (a webhook, an endpoint, a server): theirs (classify.ts:
    // your.example.com is configured). An optional one is left unset: the plugin's own default applies then.
    // (one the schema says must start a certain way, a Slack webhook's address: the user's own of that form)
    else if (required.has(name) && (p.type === 'string' || p.type === undefined) && typeof p.pattern === 'string' && /^\^https?:\/\//.test(p.pattern)) out[name] = urlOfPattern(p.pattern);
    else if (required.has(name) && (p.type === 'string' || p.type === undefined) && (p.format === 'uri' || /url|uri|endpoint|webhook|server|base$/i.test(name))) out[name] = `https://your.example.com/${name}`;
    // (the conversations the user picked for a plugin that acts on chosen ones: the chat the emulated messages come from)
    else if (p.type === 'array' && /^(?:channels?|channelIds?|chats?|chatIds?|rooms?|conversations?|groups?)$/i.test(name) && (p.items as { type?: unknown } | undefined)?.type === 'string') out[name] = ['telegram'];
    else if (required.has(name) && (p.type === 'string' || p.type === undefined) && /^(?:host|hostname|address)$/i.test(name)) out[name] = 'your.example.com';
    // (a folder of the user's the plugin works in, a notes vault or a project: one in their home)
    else if (required.has(name) && (p.type === 'string' || p.type === undefined) && /(?:^|[a-z])(?:dir|directory|folder|path|root|vault|workspace)$/i.test(name) && !/url|uri|endpoint/i.test(name)) out[name] = `~/Documents/${name}`;
    // (the account the user signs in and sends as: their own address there)
    else if (required.has(name) && (p.type === 'string' || p.type === undefined) && /mail|^(?:from|sender|user|username|account|login)$/i.test(name)) out[name] = 'you@your.example.com';
  }
  return out;
}

/**
 * The service a credential setting says it is for, in the value the user's credential takes: its title and
 * description name it (`"description": "Brave Search API key"`), and the user got the key there. Its words are
 * dotted into the value (`configured-apiKey.brave.search-value`) so the credential sent to that service's host is
 * known as the user's own account there (lower.ts `credentialFor`).
 */
function serviceOfSetting(raw: object): string {
  const { title, description } = raw as { title?: unknown; description?: unknown };
  const text = [title, description].filter((t): t is string => typeof t === 'string').join(' ').slice(0, 200);
  const words = [...new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !CREDENTIAL_WORDS.has(w)))].slice(0, 6);
  return words.map((w) => `.${w}`).join('');
}
const CREDENTIAL_WORDS = new Set(['token', 'tokens', 'secret', 'secrets', 'password', 'credential', 'credentials', 'apikey', 'your', 'from', 'with', 'this', 'that', 'used', 'uses', 'auth', 'authentication', 'bearer', 'access', 'required', 'optional', 'account', 'plugin', 'openclaw', 'value', 'keys', 'sensitive', 'here', 'will', 'when', 'send', 'sent', 'requests', 'request', 'calls', 'header', 'client', 'service', 'server', 'user', 'users', 'default', 'environment', 'variable', 'falls', 'back', 'create', 'created', 'issued', 'settings', 'dashboard', 'console', 'https', 'http', 'example']);

/**
 * What a user who set the plugin up configured (prelude's api.pluginConfig, persona.ts configuredValues): the
 * credentials it holds and the hosts of the endpoints it names (an API base, a gateway URL).
 */
export function configuredEndpoints(pc: unknown): { creds: string[]; hosts: Set<string> } {
  const out = { creds: [] as string[], hosts: new Set<string>() };
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (/^configured-[\w.-]+-value$/.test(v)) out.creds.push(v);
      else if (/^(?:https?|wss?):\/\/[^/\s]+/i.test(v)) out.hosts.add((/^(?:https?|wss?):\/\/(?:[^@/\s]*@)?([^/:?#\s]+)/i.exec(v)?.[1] ?? '').toLowerCase());
    } else if (v && typeof v === 'object' && depth < 3) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(pc, 0);
  out.hosts.delete('');
  return out;
}
/** The user's own address of the form a schema's pattern asks for: its literal start, then ids of the user's. */
function urlOfPattern(pattern: string): string {
  const start = /^\^((?:[^\\[\](){}*+?|$^.]|\\[./-])*)/.exec(pattern)?.[1] ?? '';
  const literal = start.replace(/\\([./-])/g, '$1');
  return `${literal}${literal.endsWith('/') ? '' : '/'}${USERS_OWN_HOOK}`;
}
/** The end of an address urlOfPattern makes: lower.ts knows the user's own by it. */
export const USERS_OWN_HOOK = 'T0USER0000/B0USER0000/yourOwnHook0000000000';

/** Does turning a plugin's settings up change them (a choice or a switch that is not already at its top)? */
export function tunable(files: Map<string, string>): boolean {
  const pm = files.get('openclaw.plugin.json');
  if (!pm) return false;
  try {
    const schema = (JSON.parse(pm) as { configSchema?: unknown }).configSchema;
    return JSON.stringify(configuredValues(schema)) !== JSON.stringify(configuredValues(schema, 0, true));
  } catch {
    return false;
  }
}

/** A digest written out in hex (MD5, SHA-1, SHA-256, SHA-512), quoted. */
const HEX_DIGEST = /["'`]((?:[0-9a-f]{32}){1,2}|[0-9a-f]{40}|(?:[0-9a-f]{64}){2}|[0-9A-F]{64}|[0-9A-F]{40})["'`]/g;
/** A short quoted token an expression is compared with (`args.trim() !== "k9Qe2"`, `case "k9Qe2":`), either side. */
const COMPARED = /(?:[!=]==?|\bcase)\s*(["'`])([\w.:@#$%^&*+=~!?-]{3,40})\1|(["'`])([\w.:@#$%^&*+=~!?-]{3,40})\3\s*[!=]==?/g;
const TYPE_NAMES = new Set(['string', 'number', 'function', 'object', 'undefined', 'boolean', 'symbol', 'bigint']);
const CODE_FILE = /\.(?:[cm]?js|[cm]?ts)$/;

/**
 * The keys a plugin's code may wait for before it acts, from its own code: digests written out in hex (a trigger
 * keyed to a hash of what a message says) and short tokens compared with an expression (a command that answers only
 * one argument). Whoever knows the key opens what it guards; the emulator opens it as they would (prelude/loader.ts
 * delivers the stranger's message with them, prelude/node.ts answers a hash of it with the digest). Tokens with a
 * digit or mixed case come first: a password, not a mode name. At most eight of each.
 */
/** What a package's code waits for (keyedValues): digests and tokens it compares input with, and URL paths it names. */
export interface PackageKeys {
  keyDigests: string[];
  magicWords: string[];
  routePaths: string[];
  /** The keys of a handler table the code indexes with a computed key (tableKeysOf). */
  tableKeys: string[];
  /** The kinds of event a handler waits for (`ev.event !== "posted"`, `msg.type === 'message'`): what a server sends. */
  eventKinds: string[];
  /** An API the package's code names (NAMED_APIS), whose host the app's requests are sent to as well. */
  apiHost?: string;
  /**
   * The variables the code reads by name as its settings and what each holds (envSettingOf), at most twenty; not one
   * the code has a default for (`process.env.X_DSN || DEFAULT`: what the code does unset, its default, is what runs
   * for most users, and where a hidden destination hides).
   */
  envSettings: Record<string, EnvSetting>;
  /** The package answers MCP's JSON-RPC itself on stdin (MCP_METHODS): its stdin carries a client's requests. */
  mcpStdio: boolean;
  /** The query parameters its request handlers read by name (`searchParams.getAll("probe")`, `req.query.host`), at most six. */
  queryParams: string[];
}
/** A request's query parameter read by name. */
const QUERY_READ = /\bsearchParams\.(?:get|getAll|has)\(\s*["'`]([\w.-]{1,40})["'`]|\b(?:req|request|ctx)\.query\.([A-Za-z_]\w{0,39})\b|\bquery\[\s*["']([\w.-]{1,40})["']\s*\]/g;
const EVENT_COMPARED = /\.(?:event|type|kind|op|action|cmd|command|method)\s*[!=]==?\s*(["'])([A-Za-z_][\w.:-]{0,30})\1/g;
export function keyedValues(files: Map<string, string>): PackageKeys {
  const known = KEYED.get(files);
  if (known) return known;
  const digests = new Set<string>();
  const words = new Set<string>();
  const routes = new Set<string>();
  let apiHost: string | undefined;
  const tables: string[] = [];
  const kinds = new Set<string>();
  const envSettings: Record<string, EnvSetting> = {};
  let mcpStdio = false;
  const queryParams = new Set<string>();
  let budget = 4 * 1024 * 1024;
  for (const [name, text] of files) {
    if (!CODE_FILE.test(name) || name.includes('node_modules/') || (budget -= text.length) < 0) continue;
    for (const m of text.matchAll(ENV_READ)) {
      const v = m[1] ?? m[3]!;
      const kind = envSettings[v] || Object.keys(envSettings).length >= 20 ? undefined : envSettingOf(v);
      // (a fallback to another variable, `process.env.DATABASE_URL || process.env.POSTGRES_URL`, is no default)
      const defaulted = /^\s*(?:\|\||\?\?)\s*(?=\S)(?!process\.env\b)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24));
      if (kind && !defaulted) envSettings[v] = kind;
    }
    mcpStdio ||= MCP_METHODS.test(text) && /\bjsonrpc\b/.test(text) && /\bstdin\b/.test(text);
    for (const m of text.matchAll(HEX_DIGEST)) if (digests.size < 8) digests.add(m[1]!.toLowerCase());
    for (const m of text.matchAll(COMPARED)) {
      const w = m[2] ?? m[4]!;
      if (!TYPE_NAMES.has(w)) words.add(w);
      // (a run of hex digits compared is a digest cut short: `digest('hex').slice(0, 24) === '5b1e…'`)
      if (/^(?:[0-9a-f]{2}){8,}$/i.test(w) && digests.size < 8) digests.add(w.toLowerCase());
    }
    for (const m of text.matchAll(ROUTE_PATH)) if (routes.size < 6 && !FS_PATH.test(m[2]!)) routes.add(m[2]!);
    apiHost ??= NAMED_APIS.find(([re]) => re.test(text))?.[1];
    if (tables.length < 6) for (const k of tableKeysOf(text)) if (tables.length < 6 && !tables.includes(k)) tables.push(k);
    for (const m of text.matchAll(EVENT_COMPARED)) if (kinds.size < 6 && !TYPE_NAMES.has(m[2]!)) kinds.add(m[2]!);
    for (const m of text.matchAll(QUERY_READ)) if (queryParams.size < 6) queryParams.add((m[1] ?? m[2] ?? m[3])!);
  }
  const rank = (w: string): number => (/\d/.test(w) && /[a-z]/i.test(w) ? 0 : /[a-z]/.test(w) && /[A-Z]/.test(w) ? 1 : 2);
  const out: PackageKeys = { keyDigests: [...digests], magicWords: [...words].sort((a, b) => rank(a) - rank(b)).slice(0, 8), routePaths: [...routes], tableKeys: tables, eventKinds: [...kinds], ...(apiHost ? { apiHost } : {}), envSettings, mcpStdio, queryParams: [...queryParams] };
  KEYED.set(files, out);
  return out;
}
/**
 * The keys of a table of handlers that code indexes with a computed key (`const probes = { async x(a) {…}, r(a) {…} }`
 * … `probes[p.k]`, `handlers[msg.type](…)`): a remote-access tool's commands, chosen by what its server says. A server
 * answering such code names each of them in turn (prelude/node.ts, __answerObject's lists).
 */
export function tableKeysOf(text: string): string[] {
  const out: string[] = [];
  // (a switch over an order's kind is such a table too: `switch (p.kind) { case "http": … case "exec": … }`)
  for (const m of text.matchAll(/\bswitch\s*\(\s*[\w$.]*\.(?:kind|type|op|action|cmd|command|method|task)\s*\)\s*\{/g)) {
    const cases = [...text.slice(m.index! + m[0].length, m.index! + m[0].length + 4000).matchAll(/\bcase\s+(["'\x60])([A-Za-z_$][\w$-]{0,23})\1\s*:/g)].map((c) => c[2]!);
    if (cases.length >= 2) for (const k of cases) if (out.length < 6 && !out.includes(k)) out.push(k);
  }
  if (!text.includes('[')) return out;
  for (const m of text.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*\{/g)) {
    const name = m[1]!;
    if (!new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\[\\s*(?![\\d'"\x60])[\\w$]`).test(text)) continue;
    // the table's own level: its keys are the names before a method's parameters or a function value
    let depth = 0;
    let body = '';
    for (let i = m.index! + m[0].length - 1; i < text.length && i < m.index! + 20000; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
      if (depth === 1 && c !== '{') body += c;
      else if (depth > 1 && c === '{') body += '{}';
    }
    const keys = [...body.matchAll(/(?:^|[,{\n])\s*(?:async\s+)?([A-Za-z_$][\w$]{0,23})\s*(?:\([^)]*\)\s*\{\}|:\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>))/g)].map((k) => k[1]!);
    if (keys.length < 2) continue;
    for (const k of keys) if (out.length < 6 && !out.includes(k)) out.push(k);
  }
  return out;
}
/** Well-known APIs whose keys an app's requests carry, by the domain code names them with (in a string or a regex). */
const NAMED_APIS: ReadonlyArray<[RegExp, string]> = [
  [/openai\\?\.com/, 'api.openai.com'],
  [/anthropic\\?\.com/, 'api.anthropic.com'],
  [/api\\?\.github\\?\.com|github\\?\.com/, 'api.github.com'],
  [/stripe\\?\.com/, 'api.stripe.com'],
  [/npmjs\\?\.org/, 'registry.npmjs.org'],
  [/googleapis\\?\.com/, 'generativelanguage.googleapis.com'],
  [/openrouter\\?\.ai/, 'openrouter.ai'],
];

/**
 * What a variable a package's own code reads by name holds, by its name: a connection string (`DATABASE_URL`,
 * `PG_DSN`), a credential (`DEEPL_API_KEY`), an address (`JIRA_BASE_URL`), a host, an account. Names the persona sets
 * (HOME, the canaries' tokens) and a proxy's are not settings (undefined).
 */
export type EnvSetting = 'connection' | 'credential' | 'address' | 'host' | 'account';
const ENV_READ = /\bprocess\.env(?:\.([A-Z][A-Z0-9_]{2,40})\b|\[\s*(["'])([A-Z][A-Z0-9_]{2,40})\2\s*\])/g;
function envSettingOf(v: string): EnvSetting | undefined {
  if (/PROXY|^(?:NODE|NPM|npm|CI|GITHUB_(?:ACTIONS|EVENT|WORKSPACE|OUTPUT|ENV|REF|SHA|RUN)|RUNNER|XDG|LC|LANG|TERM|TZ)(?:_|$)/.test(v)) return undefined;
  if (/(?:DATABASE|_DB|^DB|POSTGRES|^PG|MYSQL|MONGO|REDIS)\w*_(?:URL|URI|DSN)$|_DSN$|CONN(?:ECTION)?_?STR(?:ING)?/.test(v)) return 'connection';
  if (/URL$|URI$|ENDPOINT$|_BASE$|WEBHOOK|SERVER$/.test(v)) return 'address';
  if (/TOKEN|SECRET|API_?KEY|_KEY$|PASSWORD|PASSWD|_PASS$|CREDENTIAL/.test(v)) return 'credential';
  if (/_HOST(?:NAME)?$|_SITE$|_DOMAIN$/.test(v)) return 'host';
  if (/EMAIL|_USER(?:NAME)?$|_ACCOUNT$|_LOGIN$/.test(v)) return 'account';
  return undefined;
}
/** The service a variable's name says its credential is for (`DEEPL_API_KEY`: deepl), dotted as serviceOfSetting's. */
function serviceOfName(name: string): string {
  return [...new Set(name.toLowerCase().split('_').filter((w) => w.length >= 4 && !CREDENTIAL_WORDS.has(w)))].slice(0, 3).map((w) => `.${w}`).join('');
}

/** One package's keys, found once for all its runs (personas, deployments). */
const KEYED = new WeakMap<Map<string, string>, PackageKeys>();
/** A quoted URL path (`'/_status/diag'`, `"/api/v1/exec"`): a route a server of the package may answer (prelude __serveRequests). */
const ROUTE_PATH = /(["'`])(\/[\w.-]+(?:\/[\w.:-]+)*\/?)\1/g;
const FS_PATH = /^\/(?:usr|etc|var|tmp|dev|proc|sys|bin|sbin|opt|home|root|Users|Library|System|Applications|private|mnt|Volumes|run|lib)(?:\/|$)|\.(?:js|json|ts|mjs|cjs|sh|py|md|txt|log|html|css|png|svg)$/;

/** Code that calls Bun's own API (Bun.env, Bun.file, Bun.spawn …). */
const BUN_API = /\bBun\.(?:env|file|write|spawn|spawnSync|argv|main|serve|\$)\b/;

/**
 * A documentation page as the agent's web_fetch returns it: its install steps (a package from the registry, a vendor's
 * install script, a Python package). A hook that rewrites tool results shows what it changes in them.
 */
export const DOCS_PAGE = [
  '# Getting started',
  '',
  'Install the client and its command-line tool:',
  '',
  '```bash',
  'npm install dotenv axios',
  'curl -fsSL https://get.docs.example.com/install.sh | sh',
  'pip install requests',
  '```',
  '',
  'Then run `docs-cli init` in your project.',
].join('\n');

export function buildConfig(
  persona: Persona,
  entry: EmulationEntry,
  files: Map<string, string>,
  manifest: Record<string, unknown>,
  canaries: CanarySet,
  region: Region = HOME_REGION,
  deployment?: Deployment,
  kept?: Kept,
): SandboxConfig {
  const pkgName = typeof manifest.name === 'string' ? manifest.name : '';
  const pkgVersion = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  const isPlugin = isPluginManifest(manifest) || files.has('openclaw.plugin.json');
  let pluginId = pkgName;
  let pluginConfig: Record<string, unknown> = {};
  const pm = files.get('openclaw.plugin.json');
  if (pm) {
    try {
      const parsed = JSON.parse(pm) as { id?: unknown; configSchema?: unknown };
      if (typeof parsed.id === 'string') pluginId = parsed.id;
      // (the wallet key the user configured is the key canary, in base58 as wallet libraries take one: a plugin that
      // sends it anywhere sends the user's key; only in a plugin that uses a wallet library: elsewhere a "secret key"
      // is a service's API key, sent to the service)
      const walletKey = [...files.values()].some((t) => WALLET_LIBRARY.test(t)) ? canaries.list.find((c) => c.id === 'arg-key')?.values.find((v) => /^[1-9A-HJ-NP-Za-km-z]{40,}$/.test(v)) : undefined;
      pluginConfig = configuredValues(parsed.configSchema, 0, deployment === 'tuned', walletKey);
    } catch {
      /* a broken manifest keeps the package name */
    }
  }
  const paths = personaPaths(persona, pkgName, isPlugin, pluginId);
  const { home, tmp, root, project } = paths;
  const entryRel = entry.file.replace(/^\.\//, '');
  const entryAbs = join(persona, root, entryRel);
  const vfs: Record<string, { c: string; id: string }> = {};
  for (const f of canaries.files[persona]) {
    const abs = f.path.startsWith('/') ? f.path : join(persona, home, f.path);
    vfs[abs] = { c: f.content, id: f.id };
  }
  for (const [abs, c] of kept?.files ?? []) vfs[abs] = { c, id: '' };
  // the file the user gave a skill's command (select.ts USER_INPUT): there, empty
  for (const a of entry.args ?? []) if (a.startsWith(`${USER_INPUT}.`)) vfs[join(persona, home, a.slice(2))] ??= { c: '', id: '' };
  const win = persona === 'win32';
  const execPath = win ? 'C:\\Program Files\\nodejs\\node.exe' : persona === 'darwin' ? '/usr/local/bin/node' : '/usr/bin/node';
  const env: Record<string, string> = win
    ? {
        USERPROFILE: home, USERNAME: 'dev', HOMEDRIVE: 'C:', HOMEPATH: '\\Users\\dev', APPDATA: `${home}\\AppData\\Roaming`, LOCALAPPDATA: `${home}\\AppData\\Local`,
        TEMP: tmp, TMP: tmp, Path: 'C:\\Program Files\\nodejs;C:\\Windows\\system32;C:\\Windows', PATH: 'C:\\Program Files\\nodejs;C:\\Windows\\system32;C:\\Windows',
        ComSpec: 'C:\\Windows\\system32\\cmd.exe', SystemRoot: 'C:\\Windows', windir: 'C:\\Windows', OS: 'Windows_NT', COMPUTERNAME: canaries.hostname.toUpperCase(),
        PROGRAMFILES: 'C:\\Program Files', PATHEXT: '.COM;.EXE;.BAT;.CMD;.PS1', NUMBER_OF_PROCESSORS: '4', PROCESSOR_ARCHITECTURE: 'AMD64',
      }
    : {
        HOME: home, USER: 'dev', LOGNAME: 'dev', SHELL: persona === 'darwin' ? '/bin/zsh' : '/bin/bash', PATH: '/usr/local/bin:/usr/bin:/bin', LANG: region.lang,
        TERM: 'xterm-256color', PWD: entry.reach === 'install' ? root : project, HOSTNAME: canaries.hostname, ...(persona === 'darwin' ? { TMPDIR: `${tmp}/` } : {}),
        // (the developer's SSH agent, running as on most workstations)
        SSH_AUTH_SOCK: persona === 'darwin' ? `${tmp}/com.apple.launchd.k3Xq9/Listeners` : '/tmp/ssh-XXXXk3Xq9/agent.2417',
      };
  if (entry.reach === 'install') {
    Object.assign(env, {
      npm_lifecycle_event: entry.event ?? 'postinstall', npm_lifecycle_script: `node ${entryRel}`, npm_package_name: pkgName, npm_package_version: pkgVersion,
      npm_package_json: join(persona, root, 'package.json'), npm_config_user_agent: `npm/10.9.2 node/v20.18.1 ${persona} x64 workspaces/false`, npm_node_execpath: execPath,
      npm_execpath: join(persona, win ? 'C:\\Program Files\\nodejs' : '/usr/lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), INIT_CWD: project, npm_command: 'install',
      npm_config_cache: join(persona, home, win ? 'AppData\\Local\\npm-cache' : '.npm'), npm_config_global: 'false',
    });
  }
  else if (!isPlugin) {
    // a library is loaded by the project's own scripts (`npm start`, `npm test`): npm and yarn describe the project
    Object.assign(env, {
      npm_lifecycle_event: 'start', npm_lifecycle_script: 'node server.js', npm_command: 'run-script', INIT_CWD: project,
      npm_package_name: PROJECT_PACKAGE.name, npm_package_version: PROJECT_PACKAGE.version, npm_package_description: PROJECT_PACKAGE.description,
      npm_package_json: join(persona, project, 'package.json'), npm_config_user_agent: `npm/10.9.2 node/v20.18.1 ${persona} x64 workspaces/false`, npm_node_execpath: execPath,
    });
  }
  if (deployment) Object.assign(env, deploymentEnvironment(deployment, project));
  if (entry.action) {
    const eventPath = join(persona, tmp, 'github-event.json');
    Object.assign(env, actionEnvironment(entry.action, project, eventPath, canaries.env.GITHUB_TOKEN ?? ''));
    vfs[eventPath] = { c: JSON.stringify(PULL_REQUEST_EVENT), id: '' };
  }
  // (a process a supervisor starts is not one npm ran: no npm variables)
  if (deployment === 'service' && entry.reach !== 'install') for (const k of Object.keys(env)) if (/^npm_/.test(k)) delete env[k];
  // a skill's declared variables (its metadata's requires.env), as the user set them for it: a key for its own service,
  // not a canary (what the skill does with its own key is its job)
  // (and a plugin's: a setting naming the variable that holds its secret, `passwordEnv: "MAILROOM_SMTP_PASSWORD"`)
  const settingEnv = Object.entries(pluginConfig).flatMap(([k, v]) => (/env/i.test(k) && typeof v === 'string' ? [v] : []));
  for (const name of [...(Array.isArray(manifest.skillEnv) ? manifest.skillEnv : []), ...settingEnv]) if (typeof name === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(name)) env[name] = `${name.toLowerCase().replace(/_/g, '-').slice(0, 12)}-k7Qm2xR9vL4p`;
  // the variables a command's own code reads as its settings (`process.env.DEEPL_API_KEY`, `JIRA_BASE_URL`), as the
  // user who runs it set them: an MCP server or a CLI is configured in its environment, as a plugin is in its settings
  // (not at install, where npm runs a script with the developer's shell environment only; not a library's or a
  // plugin's load, where what the code does with them unset is what most users get)
  // (an MCP server is such a command, run by its client, whatever entry of it the package's main names)
  const envConfig: Record<string, string> = {};
  const deps = manifest.dependencies && typeof manifest.dependencies === 'object' ? (manifest.dependencies as Record<string, unknown>) : {};
  if (entry.reach === 'bin' || (entry.reach === 'load' && !isPlugin && (MCP_SDK in deps || keyedValues(files).mcpStdio)))
    for (const [name, kind] of Object.entries(keyedValues(files).envSettings)) {
      if (env[name] !== undefined || canaries.env[name] !== undefined) continue;
      envConfig[name] = kind === 'connection' ? canaries.argConn : kind === 'credential' ? `configured-${name}${serviceOfName(name)}-value` : kind === 'address' ? `https://your.example.com/${name.toLowerCase()}` : kind === 'host' ? 'your.example.com' : 'you@your.example.com';
    }
  Object.assign(env, envConfig, canaries.env);
  return {
    persona,
    arch: 'x64',
    root,
    cwd: entry.reach === 'install' ? root : project,
    home,
    tmp,
    user: 'dev',
    hostname: canaries.hostname,
    execPath,
    entryAbs,
    entryRel,
    // (a path the command named in the user's home, `~/…` as the shell lowering spells $HOME, is in the persona's)
    entryArgs: (entry.args ?? []).map((a) => (/^~(?:[\\/]|$)/.test(a) ? join(persona, home, a.slice(2)) : a)),
    inline: !!entry.inline,
    reach: entry.reach,
    event: entry.event ?? '',
    pkgName,
    pkgVersion,
    pluginId,
    pluginConfig,
    envConfig,
    configuredHosts: [...configuredEndpoints({ ...pluginConfig, envConfig }).hosts],
    isPlugin,
    files: [...files.keys()],
    vfs,
    env,
    envCanary: canaries.envCanary,
    respMark: canaries.respMark,
    metadataBody: canaries.metadataBody,
    storeAnswers: canaries.storeAnswers as Record<string, string>,
    issuedToken: canaries.issuedToken,
    toolCmds: canaries.toolCommands,
    docsPage: DOCS_PAGE,
    conv: canaries.conversation,
    peers: CHAT_PEERS,
    loginMsg: canaries.loginMessage,
    replyMsg: canaries.replyMessage,
    seedMsg: canaries.seedMessage,
    stranger: canaries.strangerMessage,
    strangerMark: canaries.strangerMark,
    // (a plugin's keys open its triggers; any package's open a server's keyed routes, its paths are tried there)
    ...keyedValues(files),
    argSeed: canaries.argSeed,
    argMail: canaries.argMail,
    argPlain: canaries.argPlain,
    argConnHost: canaries.argConnHost,
    browser: false,
    tty: deployment === 'terminal',
    service: deployment === 'service',
    bun: BUN_API.test(files.get(entry.file.replace(/^\.\//, '')) ?? ''),
    region,
    walletTo: canaries.walletTo,
    argKey: canaries.argKey,
    argToken: canaries.argToken,
    argCode: canaries.argCode,
    argRequestToken: canaries.argRequestToken,
    argRequestKey: canaries.argRequestKey,
    argConn: canaries.argConn,
    apiConfig: canaries.apiConfig[persona],
    laterMs: kept?.laterMs ?? 0,
    network: deployment === 'outage' ? 'failing' : deployment === 'failover' ? 'failover' : deployment === 'offline' ? 'down' : 'up',
  };
}
