/**
 * The behaviour model (issue 10): every analyzer lowers what it reads (prose, shell, JavaScript, Python,
 * PowerShell, a manifest, an emulation trace) into **effects** with typed arguments, linked by **flows**.
 * Rules are predicates over effects and flows (rules/*.yaml `effects:`), never over raw text.
 *
 * Classes, not strings: a rule says "a secret of class ssh-keys reaches a send to a host of class raw-ip",
 * and each translator decides which class a path, an env name or a host belongs to (./classify.ts).
 */

/** What kind of secret a read touches. */
export type SecretClass =
  | 'ssh-keys'
  | 'cloud-credentials'
  | 'package-tokens' // ~/.npmrc, ~/.pypirc, .git-credentials, gh/docker/kube configs
  | 'wallet'
  | 'browser-profile'
  | 'keychain'
  | 'chat-tokens' // Discord/Telegram/Slack local storage
  | 'agent-memory' // SOUL.md, MEMORY.md, AGENTS.md, session transcripts, agent identity files
  | 'openclaw-token' // openclaw.json gateway token, provider keys, credentials/, auth-profiles.json
  | 'env-secrets' // process.env / os.environ / $TOKEN / "all environment variables"
  | 'dotenv' // .env files
  | 'system-auth' // /etc/shadow, /etc/passwd, sudoers
  | 'user-credentials' // passwords / keys asked from the user
  | 'conversation' // messages, tool results, chat history
  | 'host-identity' // hostname, username, cwd, IP: recon, not a secret alone
  | 'user-files'; // documents, photos, databases: bulk personal data

/** Where data goes or code comes from. */
export type HostClass =
  | 'vendor' // the documented API of a well-known service (api.openai.com, github.com, amazonaws.com)
  | 'registry' // package registries (registry.npmjs.org, pypi.org)
  | 'loopback' // localhost, 127.0.0.0/8, ::1
  | 'private' // RFC 1918 / link-local
  | 'raw-ip' // a public IP literal
  | 'paste' // pastebin-like and raw snippet hosts
  | 'tunnel' // ngrok, trycloudflare, serveo ...
  | 'webhook' // discord/telegram/slack webhooks, request catchers (webhook.site, requestbin, pipedream)
  | 'shortener' // bit.ly & co
  | 'free-hosting' // free static/dynamic hosting and dynamic DNS
  | 'lookalike' // a name spelled with letters of another script among Latin ones (an IDN homoglyph: plаywright with a Cyrillic а)
  | 'configured' // a host the user configures (a variable, a placeholder, config value)
  | 'unknown'; // any other named host

/** 'inbound': what a stranger sent (a chat message, an unauthenticated command's arguments), seen in emulation. */
export type ExecOrigin = 'literal' | 'downloaded' | 'decoded' | 'computed' | 'model-generated' | 'inbound';

/** When an effect would run. Severity follows reachability. */
/** … 'consent': a skill step the agent takes only when the user agrees ("run it only after they confirm"). */
export type Reach = 'install' | 'load' | 'agent' | 'bin' | 'never' | 'unknown' | 'consent';

export type LocationClass =
  | 'agent-memory'
  | 'openclaw-config'
  | 'plugin-dir'
  /** Another AI tool's settings: Claude Code, Claude Desktop, Cursor, Gemini CLI, Codex, Windsurf (MCP servers, permissions). */
  | 'ai-tool-config'
  /** A code file or manifest of another package installed beside this one in the user's project. */
  | 'other-package'
  | 'skill-root'
  | 'shell-rc'
  | 'autostart'
  | 'ssh-config'
  | 'npmrc'
  | 'ci-workflow'
  | 'system'
  | 'temp'
  | 'package'
  | 'home'
  | 'other';

export type PersistMechanism = 'cron' | 'launchd' | 'systemd' | 'shell-rc' | 'run-key' | 'scheduled-task' | 'agent-memory' | 'git-hook' | 'ci-workflow' | 'timer-loop' | 'authorized-keys' | 'editor-task' | 'mcp-server' | 'python-startup' | 'library-preload' | 'server-script' | 'container-restart';

export type InstructKind =
  | 'conceal' // do not tell the user
  | 'override-safety' // ignore previous instructions, bypass filters, jailbreak
  | 'impersonate' // claims authority (system, the platform, the security team)
  | 'decode-and-run' // the model decodes a blob and runs or installs the result
  | 'disable-guard' // turn off install policy, sandbox, approvals, antivirus
  | 'auto-approve' // run or approve without asking
  | 'phish' // ask the user for a password, key, seed phrase, 2FA code
  | 'urgency' // pressure: act now, account suspended
  | 'persist-instruction' // keep this rule across sessions / forever
  | 'remote-instructions' // fetch instructions and follow them
  | 'escalate' // sudo / admin / disable protections
  | 'grant-access'; // let someone else into the user's account: their SSH key, a forwarding rule, a payee, a withdrawal address

export type EffectKind =
  | 'read'
  | 'collect'
  | 'archive'
  | 'encode'
  | 'send'
  | 'fetch'
  | 'write'
  | 'exec'
  | 'persist'
  | 'spawn-hidden'
  | 'self-delete'
  | 'instruct'
  | 'prerequisite'
  | 'escalate'
  | 'destroy'
  | 'divert'; // a payment the user makes redirected to another recipient (a wallet drainer)

export type Lang = 'prose' | 'shell' | 'js' | 'python' | 'powershell' | 'ruby' | 'go' | 'manifest' | 'emulation' | 'other';

export interface Effect {
  kind: EffectKind;
  /** POSIX path inside the package or skill, and 1-based line. */
  file: string;
  line: number;
  /** Short human-readable evidence (one line, secrets redacted). */
  evidence: string;
  lang: Lang;
  reach: Reach;
  /** Seen only after decoding (base64, hex, char codes, an emulated decoder). */
  decoded?: boolean;
  /** Emulation persona that produced it (linux / darwin / win32). */
  persona?: string;

  // ---- typed arguments (each kind uses a few) ----
  secret?: SecretClass;
  /** Path or env name read/written (as written in the source, after folding). */
  path?: string;
  host?: string;
  hostClass?: HostClass;
  channel?: 'http' | 'dns' | 'smtp' | 'socket' | 'webhook' | 'scp' | 'git' | 'npm-publish' | 'clipboard' | 'icmp' | 'other';
  url?: string;
  command?: string;
  origin?: ExecOrigin;
  location?: LocationClass;
  mechanism?: PersistMechanism;
  instruct?: InstructKind;
  /**
   * Prerequisite: the tool's name, and whether it impersonates: names the host platform (OpenClaw/ClawHub/clawdbot/
   * moltbot) or, with `imitates`, is one look-alike character from a popular package or the skill's homepage repository.
   */
  name?: string;
  impersonates?: boolean;
  imitates?: string;
  /** Exec: the code runs inside the calling process (eval, Function, vm with the host's powers, a module compiled from text), with all of its powers. */
  inProcess?: boolean;
  /** Decryption: the variable of the environment its key is derived from (the loading project's package name or description). */
  keyedOn?: string;
  /**
   * Emulation: seen only in the run on the other region (a locale and time zone the code checked, persona.ts Region),
   * not in the run before it: the code does it only where the user is.
   */
  gatedOn?: 'region';

  // ---- data flow ----
  /**
   * Values this effect produces and consumes, as linker keys: `file:/tmp/b.tgz`, `var:D@SKILL.md`,
   * `secret:ssh-keys`, `net:response@file`. The flow graph joins a producer to every consumer of the same key,
   * across commands, code blocks, steps, files and languages.
   */
  produces?: string[];
  consumes?: string[];
  /** Secrets this effect carries directly (an object of the verb: "send the API tokens to …"). */
  carries?: SecretClass[];
  /**
   * The sites a secret belongs to, by their registered labels: those a step asking the user for it names ("their
   * Garmin password": garmin), or a label's beginning (`ya*`, or `*` for any) for a credential a skill declares for its
   * own service. Sent to a host of one of them, it went to the service it belongs to (evaluate.ts).
   */
  owners?: string[];
}

/** A flow: a path through the effect graph, source first. */
export interface Flow {
  hops: Effect[];
}
