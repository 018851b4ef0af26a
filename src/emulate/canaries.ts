/**
 * Canaries: unique, random-looking secrets planted in the fake machine each emulation runs on (a fake
 * ~/.npmrc token, SSH key, AWS keys, wallet files, OpenClaw's gateway token, secret environment variables,
 * the arguments handed to a library's exported functions, the messages handed to a plugin's hooks). When a
 * canary's value later shows up in a send, a write or a command, the trace has a real data flow: the value
 * went from that secret to that sink, with no guessing from names.
 *
 * Values are fresh per emulation (a package cannot learn them in advance), long enough never to occur by
 * chance, and redacted from every piece of evidence.
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { SecretClass } from '../inspect/effects/types.js';

export type Persona = 'linux' | 'darwin' | 'win32';

/** A persona's home directory. */
export function homeOf(p: Persona): string {
  return p === 'win32' ? 'C:\\Users\\dev' : p === 'darwin' ? '/Users/dev' : '/home/dev';
}

/** OpenClaw's default workspace under a home, as its setup writes `agents.defaults.workspace`: an absolute path. */
function workspaceOf(p: Persona): string {
  return p === 'win32' ? `${homeOf(p)}\\.openclaw\\workspace` : `${homeOf(p)}/.openclaw/workspace`;
}
export const PERSONAS: readonly Persona[] = ['linux', 'win32', 'darwin'];

export interface Canary {
  id: string;
  /** Distinctive strings: any of them in a payload means this secret is in it. */
  values: string[];
  secret: SecretClass;
  /** What the source is, for the evidence of a synthetic read. */
  label: string;
  /** Handed in rather than read (arguments, hook messages, api.config): a read effect appears only if it flows. */
  lazy: boolean;
  /** A messaging service's own credential: the hosts that service answers on (api.telegram.org for a bot token). */
  service?: RegExp;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function token(n: number, alphabet = ALNUM): string {
  const b = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[b[i] % alphabet.length];
  return s;
}
/**
 * A token in the format GitHub and npm give theirs (`ghp_`, `gho_`, `npm_`): thirty random characters and a six-character
 * checksum, the CRC-32 of those thirty in base 62. Code that checks the checksum before it steals a token (passing over
 * placeholders and fakes) takes these for real ones.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function checksummedToken(prefix: string): string {
  const body = token(30);
  let n = crc32(body);
  let sum = '';
  do {
    sum = BASE62[n % 62] + sum;
    n = Math.floor(n / 62);
  } while (n > 0);
  return `${prefix}${body}${sum.padStart(6, '0')}`;
}
/** Model providers' keys as long as theirs are (OpenAI project keys, Anthropic API keys): a length check passes them. */
const openaiKey = (): string => `sk-proj-${token(74, ALNUM + '_-')}T3BlbkFJ${token(74, ALNUM + '_-')}`;
const anthropicKey = (): string => `sk-ant-api03-${token(93, ALNUM + '_-')}AA`;
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
function callerJwt(issuer: string): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url({ alg: 'RS256', typ: 'JWT', kid: token(16) });
  const body = b64url({ iss: `https://${issuer}/`, sub: `user_${token(12)}`, aud: 'api', iat: now, exp: now + 90 * 86400, scope: 'read write' });
  return `${head}.${body}.${token(86, ALNUM + '_-')}`;
}
const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
const hex = '0123456789abcdef';
const WORDS = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis'.split(' ');

/** One emulation's canaries (shared by its personas). */
export interface CanarySet {
  list: Canary[];
  byId: Map<string, Canary>;
  /** Secret environment variables: name → canary id. */
  envCanary: Record<string, string>;
  env: Record<string, string>;
  /** Files planted in the fake home, relative to HOME (or absolute when starting with '/'), per persona. */
  files: Record<Persona, Array<{ path: string; content: string; id: string }>>;
  hostname: string;
  conversation: string;
  /**
   * The commands the agent's shell tools run for the user in hooks' tool calls: one clones with an access token in its
   * URL, one runs a vendor's installer script as its docs say (`curl … | sh`).
   */
  toolCommands: string[];
  /** A second inbound message, on another channel: a service's login code (see the plugin hooks in prelude/loader.ts). */
  loginMessage: string;
  /** What someone a plugin messaged answers: the code it asked for, with the conversation's reference. */
  replyMessage: string;
  /**
   * A message from a stranger (anyone who can message the bot or reach the gateway): a key line, then a command.
   * Both hold `strangerMark`, so a run that executes any part of it is seen to execute what a stranger sent.
   */
  strangerMessage: string;
  /**
   * A third message from the user: a wallet's recovery phrase they ask the agent to keep, with the conversation's own
   * reference. Code that picks the phrase out of messages and sends it takes a wallet; a message forwarded whole
   * (the reference with it) is the conversation.
   */
  seedMessage: string;
  /** The mark in `strangerMessage` (lower-case letters: it survives trimming and lower-casing). Not a secret. */
  strangerMark: string;
  argSeed: string;
  argKey: string;
  argToken: string;
  /** A one-time sign-in code (six digits) the model fills a tool's code parameter with, as the user typed it. */
  argCode: string;
  /** The credential on a request the caller makes through the package (to argConnHost): it authenticates to that host only. */
  argRequestToken: string;
  argRequestKey: string;
  /** Who issued the caller's token: asking it about the token (introspection) is using the token as meant. */
  argIssuerHost: string;
  /**
   * A connection string a caller hands a library (`parse(process.env.DATABASE_URL)`, `new Client({ connectionString })`):
   * a database URL whose password is a canary. Its host is the caller's: a connection there is what was asked.
   */
  argConn: string;
  /** The host of `argConn`. */
  argConnHost: string;
  /** The address a caller asks a tool to send to: mail to it is the tool's job, mail to any other address is not. */
  argMail: string;
  /** What a parameter whose name says it takes no secret (an id, a channel, a path) is handed: the caller's word. */
  argPlain: string;
  /** The address a web page's user pays in the browser run (a transaction and an API answer carry it). */
  walletTo: string;
  /** What a plugin reads as api.config, for each persona (its workspace under that persona's home). */
  apiConfig: Record<Persona, Record<string, unknown>>;
  /** Prefix of every fake network response body (an inert JS comment), to recognise downloaded data. */
  respMark: string;
  /**
   * What a cloud instance metadata service answers (169.254.169.254, metadata.google.internal, …): the instance's
   * role credentials and access token in the shapes AWS, GCP and Azure use, as canaries.
   */
  metadataBody: string;
  /**
   * What a credential store prints when asked, by the secret class `credentialStoreOf` gives the command (a keychain
   * item or password-manager entry, a credential helper's or CLI's token, a cloud CLI's access token).
   */
  storeAnswers: Partial<Record<SecretClass, string>>;
  /** The token a server's sign-in answer holds (prelude/node.ts __answerObject: its access_token, refresh_token …). */
  issuedToken: string;
}

/** The project the package is installed into (its package.json in the fake home; npm's variables at load time). */
/** The user's project: an app with one workspace package of its own (what a monorepo tool run in it finds). */
// (its libraries are not in its manifest, which libraries that look up a project's dependencies read: with them there,
// npm's most-downloaded packages took longer to emulate in one trial, 1.32x against 1.11x of the previous build; they
// are listed in its node_modules instead, prelude/node.ts __listedDirs)
export const PROJECT_PACKAGE = { name: 'team-dashboard', version: '1.4.0', description: 'Internal dashboard for the team', workspaces: ['packages/*'], scripts: { start: 'node server.js' } };
/** The project's own server (its start script's file): code that edits the user's sources finds one to edit. */
/**
 * The rest of a session of weeks of use: two hundred short turns (a transcript is long; tools act on long ones). The
 * canary turns come first and again last: code reading the start of a session or its latest turns reads them.
 */
const SESSION_HISTORY = `${JSON.stringify({ type: 'message', message: { role: 'user', content: 'ok' } })}\n`.repeat(200);
const PROJECT_SERVER = "'use strict';\nrequire('dotenv').config();\nconst express = require('express');\nconst jwt = require('jsonwebtoken');\n\nconst app = express();\napp.use(express.json());\n\napp.get('/api/health', (req, res) => res.json({ ok: true }));\napp.get('/api/me', (req, res) => {\n  try {\n    res.json(jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET));\n  } catch {\n    res.status(401).end();\n  }\n});\n\napp.listen(process.env.PORT || 3000);\n";
const PROJECT_WORKSPACE = { name: '@team-dashboard/ui', version: '1.4.0', description: 'Shared components of the dashboard', main: 'index.js' };

const PROJECT_LOCK = {
  name: PROJECT_PACKAGE.name, version: PROJECT_PACKAGE.version, lockfileVersion: 3, requires: true,
  packages: {
    '': { name: PROJECT_PACKAGE.name, version: PROJECT_PACKAGE.version, dependencies: { ms: '^2.1.3' } },
    'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', integrity: 'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==', license: 'MIT' },
  },
};

/** Bitcoin's base58 (Solana's keys and addresses are written in it). */
function base58(bytes: Uint8Array): string {
  const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

export function makeCanaries(): CanarySet {
  const list: Canary[] = [];
  const add = (id: string, values: string[], secret: SecretClass, label: string, lazy = false): void => {
    list.push({ id, values, secret, label, lazy });
  };
  const npm = checksummedToken('npm_');
  const sshLine = token(70, ALNUM + '+/');
  const awsId = `AKIA${token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  const awsSecret = token(40, ALNUM + '+/');
  const gateway = token(48, lower);
  const provider = openaiKey();
  const authProfile = anthropicKey();
  const gitCred = checksummedToken('ghp_');
  const ghHosts = checksummedToken('gho_');
  const exodus = token(64, hex);
  const solanaKey = randomBytes(64);
  const solanaBytes = Array.from(solanaKey).join(',');
  const ethCipher = token(64, hex);
  const metamask = `vault${token(40)}`;
  const chrome = `pw_${token(28)}`;
  const cookie = `ck_${token(30)}`;
  const discordToken = `${token(24)}.${token(6)}.${token(38)}`;
  const tdata = token(48, hex);
  const dotenv = `sk_live_${token(32)}`;
  const passwd = `svc${token(20, lower)}`;
  const memory = `mem-${token(28, lower)}`;
  add('npmrc', [npm], 'package-tokens', '~/.npmrc');
  add('ssh-key', [sshLine], 'ssh-keys', '~/.ssh/id_rsa');
  add('aws-credentials', [awsId, awsSecret], 'cloud-credentials', '~/.aws/credentials');
  add('openclaw-json', [gateway, provider], 'openclaw-token', '~/.openclaw/openclaw.json');
  add('openclaw-auth-profiles', [authProfile], 'openclaw-token', '~/.openclaw/agents/main/agent/auth-profiles.json');
  add('git-credentials', [gitCred], 'package-tokens', '~/.git-credentials');
  add('gh-hosts', [ghHosts], 'package-tokens', 'GitHub CLI hosts.yml');
  add('wallet-exodus', [exodus], 'wallet', 'Exodus wallet seed.seco');
  // (and the key pair as wallet code sends it: in base58, hex or base64, whole or its 32-byte seed)
  const solanaSeed = solanaKey.subarray(0, 32);
  add('wallet-solana', [solanaBytes, base58(solanaKey), base58(solanaSeed), solanaSeed.toString('hex'), solanaSeed.toString('base64'), solanaKey.toString('base64')], 'wallet', '~/.config/solana/id.json');
  add('wallet-ethereum', [ethCipher], 'wallet', 'Ethereum keystore');
  add('wallet-metamask', [metamask], 'wallet', 'MetaMask extension storage');
  add('browser-logins', [chrome], 'browser-profile', 'Chrome Login Data');
  add('browser-cookies', [cookie], 'browser-profile', 'Chrome Cookies');
  add('discord-token', [discordToken], 'chat-tokens', "Discord's local storage");
  add('telegram-tdata', [tdata], 'chat-tokens', 'Telegram Desktop tdata');
  add('dotenv', [dotenv], 'dotenv', 'the project .env');
  add('etc-passwd', [passwd], 'system-auth', '/etc/passwd');
  // The other stores a developer's machine keeps credentials in, each as its tool writes it: what a stealer that skips
  // ~/.ssh and ~/.aws goes for (clusters, registries, clouds, package indexes, AI coding tools, password-manager CLIs,
  // OpenClaw's own channel credentials), and the shell's history with the secrets people type into commands.
  const kube = `eyJhbGciOiJSUzI1NiJ9.${token(60)}.${token(40)}`;
  const dockerPw = `dckr_pat_${token(27)}`;
  const dockerAuth = Buffer.from(`dev:${dockerPw}`).toString('base64');
  const gcloudRefresh = `1//0${token(60, ALNUM + '_-')}`;
  const azure = `eyJ0eXAiOiJKV1QiLCJub25jZSI6${token(70)}`;
  const tfc = `${token(14)}.atlasv1.${token(60)}`;
  const netrc = `pw_${token(24)}`;
  const pypi = `pypi-AgEIcHlwaS5vcmc${token(60)}`;
  const cargo = `cio${token(32)}`;
  const gem = `rubygems_${token(48, hex)}`;
  const copilot = checksummedToken('ghu_');
  const claude = `sk-ant-oat01-${token(80, ALNUM + '_-')}`;
  const codex = `eyJhbGciOiJSUzI1NiIsImtpZCI6${token(80)}`;
  const gemini = `ya29.a0${token(70, ALNUM + '_-')}`;
  const bitwarden = `bw_${token(40)}`;
  const onePassword = `A3-${token(6, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789')}-${token(6, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789')}-${token(5, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789')}`;
  const channelCred = `${token(10, '0123456789')}:AA${token(33)}`;
  const deviceKey = token(64, hex);
  const history = `ghp_${token(36)}`;
  const historyPw = `Hx${token(18)}`;
  add('kubeconfig', [kube], 'cloud-credentials', '~/.kube/config');
  add('docker-auths', [dockerAuth, dockerPw], 'package-tokens', '~/.docker/config.json');
  add('gcloud-adc', [gcloudRefresh], 'cloud-credentials', 'gcloud application-default credentials');
  add('azure-tokens', [azure], 'cloud-credentials', "the Azure CLI's token cache");
  add('terraform-creds', [tfc], 'cloud-credentials', "Terraform's credentials.tfrc.json");
  add('netrc', [netrc], 'package-tokens', '~/.netrc');
  add('pypirc', [pypi], 'package-tokens', '~/.pypirc');
  add('cargo-creds', [cargo], 'package-tokens', "Cargo's credentials.toml");
  add('gem-creds', [gem], 'package-tokens', '~/.gem/credentials');
  add('copilot-token', [copilot], 'package-tokens', "GitHub Copilot's sign-in (apps.json)");
  add('claude-creds', [claude], 'env-secrets', "Claude Code's credentials");
  add('codex-auth', [codex], 'env-secrets', "Codex CLI's auth.json");
  add('gemini-oauth', [gemini], 'env-secrets', "Gemini CLI's oauth_creds.json");
  add('bitwarden-cli', [bitwarden], 'keychain', "Bitwarden CLI's data.json");
  add('op-cli', [onePassword], 'keychain', "1Password CLI's config");
  add('openclaw-credentials', [channelCred], 'openclaw-token', "~/.openclaw/credentials (the channels' sign-ins)");
  add('openclaw-device', [deviceKey], 'openclaw-token', "~/.openclaw/identity/device.json (the gateway's device key)");
  add('shell-history', [history, historyPw], 'user-credentials', 'secrets typed into shell commands (~/.bash_history, ~/.zsh_history)');
  add('agent-memory', [memory], 'agent-memory', '~/.openclaw/workspace/MEMORY.md');
  // an agent's past conversations (what a plugin that reads other agents' sessions takes)
  const transcript = `sess-${token(28, lower)}`;
  add('agent-sessions', [transcript], 'conversation', "~/.openclaw/agents/*/sessions/*.jsonl (the agents' conversations)");
  const imdsKey = `ASIA${token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  const imdsSecret = token(40, ALNUM + '+/');
  const imdsToken = `ya29.${token(60)}`;
  add('cloud-metadata', [imdsKey, imdsSecret, imdsToken], 'cloud-credentials', 'instance credentials from the cloud metadata service');

  const envSecrets: Record<string, string> = {
    NPM_TOKEN: checksummedToken('npm_'),
    GITHUB_TOKEN: checksummedToken('ghp_'),
    AWS_ACCESS_KEY_ID: `AKIA${token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    AWS_SECRET_ACCESS_KEY: token(40, ALNUM + '+/'),
    OPENAI_API_KEY: openaiKey(),
    ANTHROPIC_API_KEY: anthropicKey(),
    OPENCLAW_GATEWAY_TOKEN: token(48, lower),
    SLACK_BOT_TOKEN: `xoxb-${token(12, '0123456789')}-${token(24)}`,
    TELEGRAM_BOT_TOKEN: `${token(10, '0123456789')}:AA${token(33)}`,
    DISCORD_BOT_TOKEN: `${token(24)}.${token(6)}.${token(38)}`,
  };
  const services: Record<string, RegExp> = {
    SLACK_BOT_TOKEN: /(?:^|\.)slack\.com$/i,
    TELEGRAM_BOT_TOKEN: /^api\.telegram\.org$/i,
    DISCORD_BOT_TOKEN: /(?:^|\.)discord(?:app)?\.com$/i,
  };
  const envCanary: Record<string, string> = {};
  const classes: Record<string, SecretClass> = {
    NPM_TOKEN: 'package-tokens',
    GITHUB_TOKEN: 'package-tokens',
    AWS_ACCESS_KEY_ID: 'cloud-credentials',
    AWS_SECRET_ACCESS_KEY: 'cloud-credentials',
    OPENAI_API_KEY: 'env-secrets',
    ANTHROPIC_API_KEY: 'env-secrets',
    OPENCLAW_GATEWAY_TOKEN: 'openclaw-token',
    SLACK_BOT_TOKEN: 'env-secrets',
    TELEGRAM_BOT_TOKEN: 'env-secrets',
    DISCORD_BOT_TOKEN: 'env-secrets',
  };
  for (const [name, value] of Object.entries(envSecrets)) {
    const id = `env:${name}`;
    envCanary[name] = id;
    add(id, [value], classes[name], `process.env.${name}`);
    if (services[name]) list[list.length - 1].service = services[name];
  }
  const hostname = `ws-${token(18, lower)}`;
  add('host', [hostname], 'host-identity', 'os.hostname()');
  // A command that prints a stored credential answers with one of these (prelude/node.ts, __storeOut).
  // (and a password dialog with the password the user types into it)
  const storeAnswers: Partial<Record<SecretClass, string>> = { keychain: token(32), 'package-tokens': checksummedToken('gho_'), 'cloud-credentials': `ya29.${token(48)}`, 'user-credentials': `Pw-${token(20)}` };
  add('store-keychain', [storeAnswers.keychain!], 'keychain', 'what a keychain or password manager printed', true);
  add('store-token', [storeAnswers['package-tokens']!], 'package-tokens', "what a credential helper or a CLI's token command printed", true);
  add('store-cloud', [storeAnswers['cloud-credentials']!], 'cloud-credentials', "what a cloud CLI's token command printed", true);
  add('typed-password', [storeAnswers['user-credentials']!], 'user-credentials', 'the password the user typed (into a dialog, or a page\'s sign-in form)', true);
  // (and what is on the screen: a screenshot tool's picture holds this, as the user's open windows would)
  storeAnswers['user-files'] = `scr-${token(30, lower)}`;
  add('screen', [storeAnswers['user-files']], 'user-files', "a screenshot of the user's screen", true);
  // What a service answers a sign-in with (an OAuth access token, a session token): the user's login there.
  const issuedToken = `iss_${token(36)}`;
  add('issued-token', [issuedToken], 'openclaw-token', 'a token a service issued to the user at sign-in (an OAuth access token)', true);

  // (twelve words, as a BIP-39 phrase has: a library that checks the count before it uses the phrase goes on)
  const argSeed = Array.from(randomBytes(12), (b) => WORDS[b % WORDS.length]).join(' ');
  const argKey = `0x${token(64, hex)}`;
  // (a token handed to a function is shaped as a Telegram bot's, digits, a colon and 35 characters: a client that checks
  // that shape goes on, and any other opaque-token check passes it too)
  const argToken = `${token(1, '123456789')}${token(9, '0123456789')}:AA${token(33, ALNUM + '_-')}`;
  // (a caller's bearer token as most are: a signed JWT from a real-looking issuer, valid for weeks of emulated time)
  const argIssuerHost = `login.${token(8, 'abcdefghijklmnopqrstuvwxyz')}.com`;
  const argRequestToken = callerJwt(argIssuerHost);
  // (and an API key beside it, short and opaque, as x-api-key headers and session ids are)
  const argRequestKey = `tok_${token(32)}`;
  const argConnPassword = `pw${token(24)}`;
  const argConnHost = `db-${token(10, lower)}.prod.internal`;
  const argConn = `postgres://app:${argConnPassword}@${argConnHost}:5432/orders`;
  const conversation = `msg-${token(30, lower)}`;
  const strangerMark = `zq${token(20, lower)}`;
  // A token the user pasted into the chat, shaped as GitHub's are: code that scans messages for secrets finds it.
  const pasted = checksummedToken('ghp_');
  // A login code as messaging services send them (8 digits: long enough not to occur by chance in a payload).
  const loginCode = token(8, '0123456789');
  const apiGateway = token(48, lower);
  const apiProvider = openaiKey();
  add('arg-seed', [argSeed], 'wallet', 'seed phrase passed as an argument', true);
  // (and its 32 bytes, as a wallet library takes a secret key: the bytes sent in hex, base64 or base58 are the key)
  const keyBytes = Buffer.from(argKey.slice(2), 'hex');
  add('arg-key', [argKey, argKey.slice(2), keyBytes.toString('base64'), base58(keyBytes)], 'wallet', 'private key passed as an argument', true);
  add('arg-token', [argToken], 'user-credentials', 'token passed as an argument', true);
  // (a one-time code as sign-in pages ask for one: six digits, not starting with 0)
  const argCode = `${token(1, '123456789')}${token(5, '0123456789')}`;
  add('arg-code', [argCode], 'user-credentials', 'a one-time sign-in code the user typed into a tool', true);
  add('arg-request', [argRequestToken, argRequestKey], 'user-credentials', "credential on the caller's request", true);
  add('arg-conn', [argConn, argConnPassword], 'user-credentials', 'connection string (its database password) passed as an argument', true);
  add('conversation', [conversation, pasted, loginCode], 'conversation', 'message handed to a plugin hook', true);
  // (commands the agent runs hold credentials as the user's commands do: a clone URL with its access token)
  const commandToken = checksummedToken('ghp_');
  add('tool-command', [commandToken], 'package-tokens', "an access token in a command the agent ran (a tool call's parameters)", true);
  const chatSeed = Array.from(randomBytes(12), (b) => WORDS[b % WORDS.length]).join(' ');
  add('chat-seed', [chatSeed], 'wallet', 'a recovery phrase the user pasted into the chat', true);
  add('api-config', [apiGateway, apiProvider], 'openclaw-token', 'api.config (gateway token, provider keys)', true);

  const openclawJson = (gw: string, pk: string, p: Persona): Record<string, unknown> => ({
    gateway: { port: 18789, bind: 'loopback', auth: { mode: 'token', token: gw } },
    // (no URL in it: code that strips // comments from the JSON5 file with a line regex still parses it)
    models: { providers: { openai: { apiKey: pk } } },
    agents: { defaults: { workspace: workspaceOf(p) } },
    // an operator's allowlist and install policy (a plugin that adds itself or turns the policy off changes them)
    plugins: { enabled: true, allow: ['voice-call', 'memory-core'] },
    security: { installPolicy: { enabled: true, targets: ['plugin', 'skill'], exec: { command: '/usr/local/bin/clawguard', args: ['policy'] } } },
    channels: { telegram: { enabled: true } },
  });

  const common = (p: Persona): Array<{ path: string; content: string; id: string }> => {
    const appData = p === 'win32' ? 'AppData/Roaming' : p === 'darwin' ? 'Library/Application Support' : '.config';
    const chromeDir = p === 'win32' ? 'AppData/Local/Google/Chrome/User Data/Default' : p === 'darwin' ? 'Library/Application Support/Google/Chrome/Default' : '.config/google-chrome/Default';
    const ethDir = p === 'win32' ? 'AppData/Roaming/Ethereum/keystore' : p === 'darwin' ? 'Library/Ethereum/keystore' : '.ethereum/keystore';
    const files = [
      { path: '.npmrc', content: `//registry.npmjs.org/:_authToken=${npm}\n`, id: 'npmrc' },
      { path: '.ssh/id_rsa', content: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn\n${sshLine}\n-----END OPENSSH PRIVATE KEY-----\n`, id: 'ssh-key' },
      { path: '.aws/credentials', content: `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`, id: 'aws-credentials' },
      { path: '.openclaw/openclaw.json', content: JSON.stringify(openclawJson(gateway, provider, p), null, 2), id: 'openclaw-json' },
      { path: '.openclaw/agents/main/agent/auth-profiles.json', content: JSON.stringify({ profiles: { 'anthropic:default': { type: 'api_key', key: authProfile } } }), id: 'openclaw-auth-profiles' },
      { path: '.openclaw/workspace/MEMORY.md', content: `# Memory\n- door code note ${memory}\n`, id: 'agent-memory' },
      { path: '.openclaw/agents/main/sessions/sessions.json', content: JSON.stringify({ 'agent:main:main': { sessionId: 'a1b2c3d4', updatedAt: 1764840000000 } }), id: '' },
      { path: '.openclaw/agents/main/sessions/a1b2c3d4.jsonl', content: `${JSON.stringify({ type: 'message', message: { role: 'user', content: `Please note the gate code for tomorrow, ref ${transcript}` } })}\n${JSON.stringify({ type: 'message', message: { role: 'assistant', content: 'Noted.' } })}\n${SESSION_HISTORY}${JSON.stringify({ type: 'message', message: { role: 'user', content: `Please note the gate code for tomorrow, ref ${transcript}` } })}\n${JSON.stringify({ type: 'message', message: { role: 'assistant', content: 'Noted.' } })}\n`, id: 'agent-sessions' },
      { path: '.git-credentials', content: `https://dev:${gitCred}@github.com\n`, id: 'git-credentials' },
      { path: p === 'win32' ? 'AppData/Roaming/GitHub CLI/hosts.yml' : '.config/gh/hosts.yml', content: `github.com:\n    oauth_token: ${ghHosts}\n    user: dev\n`, id: 'gh-hosts' },
      { path: `${appData}/Exodus/exodus.wallet/seed.seco`, content: `SECO${exodus}`, id: 'wallet-exodus' },
      { path: '.config/solana/id.json', content: `[${solanaBytes}]`, id: 'wallet-solana' },
      { path: `${ethDir}/UTC--2025-01-01T00-00-00.000000000Z--5aeda56215b167893e80b4fe645ba6d5bab767de`, content: JSON.stringify({ address: '5aeda56215b167893e80b4fe645ba6d5bab767de', crypto: { cipher: 'aes-128-ctr', ciphertext: ethCipher } }), id: 'wallet-ethereum' },
      { path: `${chromeDir}/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn/000003.log`, content: `{"KeyringController":{"vault":"${metamask}"}}`, id: 'wallet-metamask' },
      { path: `${chromeDir}/Login Data`, content: `SQLite format 3\u0000https://accounts.example.com dev ${chrome}`, id: 'browser-logins' },
      { path: `${chromeDir}/Cookies`, content: `SQLite format 3\u0000.accounts.example.com session ${cookie}`, id: 'browser-cookies' },
      // the chat apps' own stores: Discord's local storage (its session token), Telegram Desktop's key file
      { path: `${appData}/discord/Local Storage/leveldb/000005.ldb`, content: `\u0000_https://discord.com\u0000\u0001token\u0000"${discordToken}"`, id: 'discord-token' },
      { path: `${appData}/Telegram Desktop/tdata/key_datas`, content: `TDF$${tdata}`, id: 'telegram-tdata' },
      { path: 'project/package.json', content: JSON.stringify(PROJECT_PACKAGE, null, 2), id: '' },
      { path: 'project/packages/ui/package.json', content: JSON.stringify(PROJECT_WORKSPACE, null, 2), id: '' },
      { path: 'project/server.js', content: PROJECT_SERVER, id: '' },
      // its tests and their snapshots, one left behind by a test since deleted (a test tool's plugin acts on what it finds)
      { path: 'project/src/server.test.js', content: "const assert = require('node:assert');\ntest('serves', () => assert.ok(true));\n", id: '' },
      { path: 'project/src/__snapshots__/server.test.js.snap', content: '// Jest Snapshot v1\n\nexports[`serves 1`] = `"ok"`;\n', id: '' },
      { path: 'project/src/__snapshots__/legacy.test.js.snap', content: '// Jest Snapshot v1\n\nexports[`renders 1`] = `"<div />"`;\n', id: '' },
      // the project's lockfile (a tool run on the project reads it, and goes on to what it does after)
      { path: 'project/package-lock.json', content: JSON.stringify(PROJECT_LOCK, null, 2), id: '' },
      // a git repository, as a developer's project is (its origin the one git answers for, prelude/node.ts)
      { path: 'project/.git/HEAD', content: 'ref: refs/heads/main\n', id: '' },
      { path: 'project/.git/config', content: '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/dev/team-dashboard.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n', id: '' },
      { path: 'project/.env', content: `DATABASE_URL=postgres://localhost/dev\nSTRIPE_KEY=${dotenv}\n`, id: 'dotenv' },
      // (and the developer's own overrides beside it, as Next.js and Vite projects keep them)
      { path: 'project/.env.local', content: `NEXT_PUBLIC_APP_URL=http://localhost:3000\nSESSION_SECRET=${dotenv}\n`, id: 'dotenv' },
      { path: '.kube/config', content: `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.12.4:6443\n  name: dev\ncontexts:\n- context:\n    cluster: dev\n    user: dev\n  name: dev\ncurrent-context: dev\nusers:\n- name: dev\n  user:\n    token: ${kube}\n`, id: 'kubeconfig' },
      { path: '.docker/config.json', content: JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: dockerAuth } } }, null, 2), id: 'docker-auths' },
      { path: `${p === 'win32' ? 'AppData/Roaming/gcloud' : '.config/gcloud'}/application_default_credentials.json`, content: JSON.stringify({ client_id: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com', client_secret: 'd-FL95Q19q7MQmFpd7hHD0Ty', refresh_token: gcloudRefresh, type: 'authorized_user' }, null, 2), id: 'gcloud-adc' },
      { path: '.azure/msal_token_cache.json', content: JSON.stringify({ AccessToken: { 'dev-login.microsoftonline.com-accesstoken': { credential_type: 'AccessToken', secret: azure, target: 'https://management.core.windows.net//.default' } } }), id: 'azure-tokens' },
      { path: `${p === 'win32' ? 'AppData/Roaming/terraform.d' : '.terraform.d'}/credentials.tfrc.json`, content: JSON.stringify({ credentials: { 'app.terraform.io': { token: tfc } } }, null, 2), id: 'terraform-creds' },
      { path: p === 'win32' ? '_netrc' : '.netrc', content: `machine github.com\n  login dev\n  password ${netrc}\n`, id: 'netrc' },
      { path: '.pypirc', content: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${pypi}\n`, id: 'pypirc' },
      { path: '.cargo/credentials.toml', content: `[registry]\ntoken = "${cargo}"\n`, id: 'cargo-creds' },
      { path: '.gem/credentials', content: `---\n:rubygems_api_key: ${gem}\n`, id: 'gem-creds' },
      { path: `${p === 'win32' ? 'AppData/Local' : '.config'}/github-copilot/apps.json`, content: JSON.stringify({ 'github.com:Iv1.b507a08c87ecfe98': { user: 'dev', oauth_token: copilot, githubAppId: 'Iv1.b507a08c87ecfe98' } }), id: 'copilot-token' },
      { path: `${p === 'win32' ? 'AppData/Local' : '.config'}/github-copilot/hosts.json`, content: JSON.stringify({ 'github.com': { user: 'dev', oauth_token: copilot } }), id: 'copilot-token' },
      { path: '.claude/.credentials.json', content: JSON.stringify({ claudeAiOauth: { accessToken: claude, expiresAt: 1798761600000, scopes: ['user:inference'] } }), id: 'claude-creds' },
      { path: '.codex/auth.json', content: JSON.stringify({ OPENAI_API_KEY: null, tokens: { access_token: codex, account_id: 'acct_dev' } }, null, 2), id: 'codex-auth' },
      { path: '.gemini/oauth_creds.json', content: JSON.stringify({ access_token: gemini, token_type: 'Bearer', expiry_date: 1798761600000 }, null, 2), id: 'gemini-oauth' },
      { path: `${appData}/Bitwarden CLI/data.json`, content: JSON.stringify({ global: { environment: { region: 'US' } }, user_dev: { tokens: { accessToken: bitwarden }, profile: { email: 'dev@example.com' } } }), id: 'bitwarden-cli' },
      { path: p === 'win32' ? 'AppData/Local/1Password/config' : '.config/op/config', content: JSON.stringify({ latest_signin: 'my', accounts: [{ shorthand: 'my', url: 'https://my.1password.com', email: 'dev@example.com', accountKey: onePassword }] }), id: 'op-cli' },
      { path: '.openclaw/credentials/telegram.json', content: JSON.stringify({ botToken: channelCred }), id: 'openclaw-credentials' },
      { path: '.openclaw/identity/device.json', content: JSON.stringify({ deviceId: 'dev-7f3a', privateKeyHex: deviceKey }), id: 'openclaw-device' },
      { path: '.bash_history', content: `ls\ncd project\nexport GITHUB_TOKEN=${history}\nnpm test\nmysql -u root -p${historyPw} orders\ngit push\n`, id: 'shell-history' },
      { path: '.zsh_history', content: `: 1764800000:0;git status\n: 1764800100:0;export GITHUB_TOKEN=${history}\n: 1764800200:0;npm run build\n`, id: 'shell-history' },
      { path: '.bashrc', content: '# ~/.bashrc\nexport PATH="$HOME/.local/bin:$PATH"\n', id: '' },
      { path: '.gitconfig', content: '[user]\n\tname = dev\n\temail = dev@example.com\n', id: '' },
      // a developer's editor and its extensions: what code that acts only on a real workstation looks for
      { path: '.vscode/extensions/extensions.json', content: '[]', id: '' },
      { path: `${appData}/Code/User/settings.json`, content: '{\n  "editor.formatOnSave": true\n}\n', id: '' },
      // the AI coding tools beside it, each with its MCP server list (what code that enlists them edits)
      { path: '.claude.json', content: JSON.stringify({ numStartups: 41, mcpServers: {} }, null, 2), id: '' },
      { path: '.codex/config.toml', content: 'model = "gpt-5-codex"\n', id: '' },
      { path: '.gemini/settings.json', content: '{\n  "theme": "Default"\n}\n', id: '' },
      { path: '.cursor/mcp.json', content: '{\n  "mcpServers": {}\n}\n', id: '' },
      { path: `${appData}/Claude/claude_desktop_config.json`, content: '{\n  "mcpServers": {}\n}\n', id: '' },
      // another installed plugin and a user skill: what code that patches its neighbours or plants skills looks for
      { path: '.openclaw/extensions/voice-call/package.json', content: JSON.stringify({ name: '@openclaw/voice-call', version: '2026.9.6', main: 'index.js', openclaw: { extensions: ['./index.js'] } }), id: '' },
      { path: '.openclaw/extensions/voice-call/openclaw.plugin.json', content: JSON.stringify({ id: 'voice-call' }), id: '' },
      { path: '.openclaw/extensions/voice-call/index.js', content: "'use strict';\nmodule.exports = { id: 'voice-call', register() {} };\n", id: '' },
      { path: '.openclaw/skills/weather/SKILL.md', content: '---\nname: weather\ndescription: Current weather\n---\n# Weather\n', id: '' },
    ];
    if (p !== 'win32') files.push({ path: '/etc/passwd', content: `root:x:0:0:root:/root:/bin/bash\n${passwd}:x:998:998::/var/lib/${passwd}:/usr/sbin/nologin\ndev:x:1000:1000:dev:/home/dev:/bin/bash\n`, id: 'etc-passwd' });
    if (p !== 'win32') files.push({ path: '/etc/hosts', content: '127.0.0.1 localhost\n', id: '' });
    // (a desktop's keyboard layout, as Debian and Ubuntu keep it)
    if (p === 'linux') files.push({ path: '/etc/default/keyboard', content: 'XKBMODEL="pc105"\nXKBLAYOUT="us"\nXKBVARIANT=""\nXKBOPTIONS=""\n', id: '' });
    // (a developer's machine runs Docker: its Engine's socket)
    if (p !== 'win32') files.push({ path: '/var/run/docker.sock', content: '', id: '' });
    // Linux's process table: init, and the developer's running server, whose environment holds the secrets it was
    // started with (what code reading /proc/<pid>/environ harvests)
    if (p === 'linux')
      for (const [pid, name, argv, environ] of [
        [1, 'systemd', ['/sbin/init'], ['HOME=/', 'TERM=linux']],
        [812, 'node', ['node', 'server.js'], ['PATH=/usr/local/bin:/usr/bin:/bin', 'NODE_ENV=production', 'HOME=/home/dev', ...Object.entries(envSecrets).map(([k, v]) => `${k}=${v}`)]],
      ] as const) {
        files.push({ path: `/proc/${pid}/stat`, content: `${pid} (${name}) S ${pid === 1 ? 0 : 1} ${pid} ${pid} 0 -1 4194560 1200 0 0 0 150 30 0 0 20 0 11 0 5000 1048576000 25000\n`, id: '' });
        files.push({ path: `/proc/${pid}/status`, content: `Name:\t${name}\nState:\tS (sleeping)\nPid:\t${pid}\nUid:\t${pid === 1 ? 0 : 1000}\t${pid === 1 ? 0 : 1000}\t${pid === 1 ? 0 : 1000}\t${pid === 1 ? 0 : 1000}\n`, id: '' });
        files.push({ path: `/proc/${pid}/cmdline`, content: `${argv.join('\0')}\0`, id: '' });
        files.push({ path: `/proc/${pid}/environ`, content: `${environ.join('\0')}\0`, id: '' });
      }
    return files;
  };

  return {
    list,
    byId: new Map(list.map((c) => [c.id, c])),
    envCanary,
    env: envSecrets,
    files: { linux: common('linux'), darwin: common('darwin'), win32: common('win32') },
    hostname,
    conversation: `Hi, please remember: the alarm code is 4417, reference ${conversation}. The deploy token is ${pasted}`,
    toolCommands: ['npm install left-pad && pip install requests && aws s3 ls && git push', 'npm install left-pad', `git clone https://x-access-token:${commandToken}@github.com/acme/deploy-config.git`, 'curl -LsSf https://astral.sh/uv/install.sh | sh', 'pip install requests', 'aws s3 ls', 'git push'],
    loginMessage: `Your verification code is ${loginCode}. Do not share this code with anyone.`,
    replyMessage: `${loginCode} (ok, re ${conversation})`,
    strangerMessage: `${strangerMark}\nuname -a # ${strangerMark}`,
    seedMessage: `Please keep this safe for me (ref ${conversation}): ${chatSeed}`,
    strangerMark,
    argSeed,
    argMail: `user.${token(10, lower)}@example.com`,
    argPlain: `note-${token(10, lower)}`,
    walletTo: `0x${token(40, hex)}`,
    argKey,
    argToken,
    argCode,
    argRequestToken,
    argRequestKey,
    argIssuerHost,
    argConn,
    argConnHost,
    apiConfig: { linux: openclawJson(apiGateway, apiProvider, 'linux'), darwin: openclawJson(apiGateway, apiProvider, 'darwin'), win32: openclawJson(apiGateway, apiProvider, 'win32') },
    respMark: `/*${token(12, lower)}:`,
    metadataBody: JSON.stringify({ Code: 'Success', Type: 'AWS-HMAC', AccessKeyId: imdsKey, SecretAccessKey: imdsSecret, Token: imdsToken, access_token: imdsToken, token_type: 'Bearer', expires_in: 3599 }),
    storeAnswers,
    issuedToken,
  };
}
