/**
 * Every signal id the analyzers can emit (src/inspect/analyzers/*, target.ts, coverage.ts, signals.ts), in one
 * place. Rules name signals in `match`, `escalate` and `downgrade`; a rule naming an id that is not here would
 * silently never match, so loading it is an error naming the rule file (checkRuleSignals, called by
 * loadRules). test/inspect/signal-ids.test.ts keeps this list honest: it derives the ids the analyzer sources
 * add and every id the engine emits over the fixtures, and fails on one missing here or listed but never added.
 * (Behaviour rules' `effects:` predicates have their own vocabulary in src/inspect/effects/.)
 */
import { inputError } from '../core/errors.js';

export const SIGNAL_IDS: ReadonlySet<string> = new Set([
  // bin.*
  'bin.binary', 'bin.executable', 'bin.native-addon', 'bin.wasm',
  // browser.*
  'browser.cookie-api', 'browser.cookies-read', 'browser.load-extension',
  // clip.*
  'clip.read', 'clip.write',
  // code.*
  'code.computed-require', 'code.computed-require-sensitive', 'code.escape-run', 'code.eval', 'code.eval-decoded',
  'code.eval-decrypted', 'code.eval-file-data', 'code.eval-remote', 'code.hidden-whitespace',
  'code.indirect-module-load', 'code.obfuscated', 'code.unparseable',
  // cred.*
  'cred.browser', 'cred.browser-stores', 'cred.chat', 'cred.cloud', 'cred.git', 'cred.keychain', 'cred.multi',
  'cred.npm', 'cred.openclaw', 'cred.path', 'cred.read-config-secret', 'cred.read-secret', 'cred.ssh',
  'cred.token-command', 'cred.wallet',
  // decode.*
  'decode.payload',
  // destroy.*
  'destroy.command', 'destroy.locale-gate', 'destroy.overwrite-walk',
  // drain.*
  'drain.address-regex', 'drain.fetch-patch', 'drain.wallet-provider',
  // env.*
  'env.bulk', 'env.enumerate',
  // file.*
  'file.archive', 'file.padded', 'file.symlink', 'file.too-large', 'file.uninspected-code', 'file.unreadable',
  // fs.*
  'fs.chmod', 'fs.delete-recursive', 'fs.read', 'fs.read-image', 'fs.write', 'fs.write-executable',
  'fs.write-foreign-app', 'fs.write-npmrc',
  // gate.*
  'gate.locale', 'gate.sandbox-evasion',
  // host.*
  'host.info',
  // miner.*
  'miner.name', 'miner.pool',
  // net.*
  'net.built-in-credential', 'net.covert-exfil', 'net.dns', 'net.dns-exfil', 'net.dns-txt', 'net.exfil-host', 'net.geo-lookup', 'net.icmp-exfil',
  'net.paste-host', 'net.patch-core', 'net.patch-core-credentials', 'net.raw-ip-url', 'net.request',
  'net.socket-connect',
  // openclaw.*
  'openclaw.allowlist-key', 'openclaw.config-path', 'openclaw.foreign-write', 'openclaw.guard-key', 'openclaw.guard-weakened',
  'openclaw.memory-file', 'openclaw.plugin-roots',
  // persist.*
  'persist.authorized-keys', 'persist.location',
  // pkg.*
  'pkg.bin-shadow', 'pkg.binding-gyp', 'pkg.dependency-raw-ip', 'pkg.dependency-url', 'pkg.lifecycle-script',
  'pkg.manifest-confusion', 'pkg.manifest-confusion-scripts', 'pkg.manifest-invalid', 'pkg.npmrc',
  // proc.*
  'proc.find-by-cmdline', 'proc.mem-read', 'proc.run-script', 'proc.spawn', 'proc.spawn-hidden', 'proc.spawn-shell',
  // shell.*
  'shell.authorized-keys-write', 'shell.base64-exec', 'shell.chmod-exec', 'shell.download', 'shell.download-exec',
  'shell.download-exec-untrusted', 'shell.inline-code', 'shell.password-prompt', 'shell.powershell-encoded',
  'shell.private-target', 'shell.quarantine-bypass', 'shell.reverse-shell', 'shell.secret-upload', 'shell.untrusted-index',
  // skill.*
  'skill.agent-send', 'skill.archive-download', 'skill.concealment', 'skill.config-tamper', 'skill.deception',
  'skill.defensive-context', 'skill.exe-download', 'skill.exfil-instruction', 'skill.extension-sideload',
  'skill.frontmatter-invalid', 'skill.fund-transfer', 'skill.helper-required', 'skill.hidden-text',
  'skill.hidden-unicode', 'skill.html-comment-instruction', 'skill.install-download', 'skill.install-target-escape',
  'skill.install-untrusted-url', 'skill.mcp-add', 'skill.memory-write', 'skill.mfa-bypass', 'skill.no-confirm',
  'skill.override-user', 'skill.password-archive', 'skill.prompt-injection', 'skill.remote-instructions',
  'skill.secret-harvest', 'skill.security-bypass', 'skill.setup-section', 'skill.terminal-paste',
  'skill.warning-bypass',
  // worm.*
  'worm.publish', 'worm.secret-scanner', 'worm.token-probe', 'worm.workflow',
]);

interface SignalRefs {
  id: string;
  match?: { all?: string[]; any?: string[]; none?: string[] };
  escalate?: Array<{ all?: string[]; any?: string[] }>;
  downgrade?: Array<{ all?: string[]; any?: string[] }>;
}

/** The signal references of a rule (`match` all/any/none, `escalate`, `downgrade`), as written. */
export function signalRefsOf(rule: SignalRefs): string[] {
  const out = [...(rule.match?.all ?? []), ...(rule.match?.any ?? []), ...(rule.match?.none ?? [])];
  for (const c of [...(rule.escalate ?? []), ...(rule.downgrade ?? [])]) out.push(...(c.all ?? []), ...(c.any ?? []));
  return out;
}

/** True when an analyzer can emit a signal this reference matches (`id`, `prefix.*`, with `@decoded`/`@install`). */
export function isKnownSignalRef(ref: string): boolean {
  const base = ref.replace(/@(decoded|install)$/, '');
  if (base.endsWith('.*')) {
    const prefix = base.slice(0, -1);
    for (const id of SIGNAL_IDS) if (id.startsWith(prefix)) return true;
    return false;
  }
  return SIGNAL_IDS.has(base);
}

/** Load-time check: every signal a rule names is one an analyzer can emit; else bad input naming the file. */
export function checkRuleSignals(rule: SignalRefs, file: string): void {
  const unknown = [...new Set(signalRefsOf(rule).filter((r) => !isKnownSignalRef(r)))];
  if (unknown.length)
    throw inputError('ERULEFILE', `rule file ${file} names signal${unknown.length === 1 ? '' : 's'} no analyzer emits: ${unknown.join(', ')}`, {
      hint: 'use a signal id listed in src/inspect/signal-ids.ts (docs/reports-and-rules.md, "Writing a rule"), or fix the spelling',
    });
}
