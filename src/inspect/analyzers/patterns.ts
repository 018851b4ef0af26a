/**
 * Content patterns shared by every analyzer: what a string, a shell line or decoded text refers to. Each
 * pattern names the behaviour it evidences; the rules decide what a combination means.
 */
import type { SignalSink } from '../signals.js';
import { containsWord, escapeRegExp, lowerCased } from './regex-tier.js';

export interface ContentPattern {
  id: string;
  /** Lower-case substrings of which at least one must occur before the regex is worth running (speed). */
  needles?: string[];
  re: RegExp;
  /** Optional post-filter on the match (e.g. drop private IP ranges). */
  accept?: (m: RegExpExecArray) => boolean;
}

const PUBLIC_IP = (m: RegExpExecArray): boolean => {
  const ip = m[2] ?? m[1];
  const parts = ip.split('.').map(Number);
  if (parts.some((p) => p > 255)) return false;
  const [a, b] = parts;
  // Loopback, private and link-local addresses are local services, not attacker infrastructure.
  if (a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254)) return false;
  return true;
};

/**
 * A credential path written as a regular expression (`'(\.aws/credentials|\.npmrc)'`, `/\.ssh\/id_/`): a
 * detector's or a grep's pattern, not a path a program opens. The escaped dot follows a group, an alternation, a
 * quote or a regex literal's slash; a Windows path's backslash follows a name (`%USERPROFILE%\.aws`), and a shell's
 * `~/\.npmrc` is still the file (the shell lowering reads it as such either way).
 */
const NOT_A_REGEX = (m: RegExpExecArray): boolean => {
  const t = m.input;
  const i = m.index;
  // (an alternative of a regular expression, `|id_rsa|`, `(exodus|`: a pattern a scanner matches, not a path)
  const after = t[i + m[0].length];
  if ((t[i - 1] === '|' && /^[|)"'/]$/.test(after ?? '')) || (/^[("'/]$/.test(t[i - 1] ?? '') && after === '|')) return false;
  if (t[i] !== '.' || t[i - 1] !== '\\') return true;
  const before = i >= 2 ? t[i - 2] : '';
  if (before === '' || before === '(' || before === '|' || before === "'" || before === '"' || before === '`') return false;
  return !(before === '/' && (i < 3 || /[\s(=,:!&|?;[]/.test(t[i - 3])));
};

/**
 * An authorized_keys write inside the command ssh hands a remote host (`ssh "$target" '… >> ~/.ssh/authorized_keys'`)
 * adds a login to that host, not this one; with no key written out on the line, the key is the user's own (a file or
 * an argument they give), as a deploy-key helper adds it. A key the line holds is planted there.
 */
/** A public key written out (`ssh-ed25519 AAAAC3…`): a key the text itself holds. */
export const LITERAL_PUBLIC_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+)\s+AAAA[0-9A-Za-z+/]{20,}/;
const notRemoteUsersKey = (m: RegExpExecArray): boolean => {
  const start = m.input.lastIndexOf('\n', m.index) + 1;
  const end = m.input.indexOf('\n', m.index);
  const line = m.input.slice(start, end < 0 ? undefined : end);
  const at = m.index - start;
  const ssh = /\bssh\s+(?:-\S+\s+(?:\S+\s+)?)*["']?[\w.@${}:-]+["']?\s+(['"])/.exec(line);
  if (!ssh || ssh.index + ssh[0].length > at) return true;
  const close = line.indexOf(ssh[1], ssh.index + ssh[0].length);
  if (close !== -1 && close < at) return true;
  return LITERAL_PUBLIC_KEY.test(line);
};

/**
 * A JavaScript string literal on one line, of any length (quotes pair from the line's start: a minimum length would
 * pair one string's closing quote with the next one's opening quote).
 */
export const JS_LINE_STRINGS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`/g;

/**
 * A key whose value is a specimen, not a command: the examples a detector's rule table or a test table quotes, to be
 * matched, never run (`examples:`, `test_cases`, `ioc`, `should_match`). `payload` is no such key. One list for the
 * data files' keys (analyze-file.ts) and JavaScript's (js.ts); each reads it in its own syntax.
 */
export const SPECIMEN_WORD = String.raw`(?:examples?|samples?|specimens?|tests?|test_?cases?|test_?vectors?|vectors?|fixtures?|iocs?|indicators?|signatures?|positives?|negatives?|matches|should_?match|must_?match)`;

/** Request catchers, chat webhooks and anonymous file drops: where stolen data is sent. */
export const EXFIL_HOST =
  /(discord(?:app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|webhook\.site|requestbin\.|pipedream\.net|burpcollaborator\.net|oastify\.com|interact\.sh|\boast\.(?:pro|live|site|online|fun|me)\b|canarytokens\.|ngrok(?:-free)?\.(?:io|app|dev)|hookbin\.com|beeceptor\.com|requestcatcher\.com|dnslog\.cn|ceye\.io|transfer\.sh\b|\bfile\.io\b|0x0\.st\b|bashupload\.com|anonfiles\.|temp\.sh\b|ptpb\.pw\b|hooks\.slack\.com\/services)/i;

/** Paste and snippet hosts: where malicious skills keep the script they tell the user to run. */
export const PASTE_HOST = /\b(pastebin\.com|paste\.ee|hastebin\.|rentry\.(?:co|org)|ghostbin\.|glot\.io|controlc\.com|justpaste\.it|privatebin\.|dpaste\.(?:com|org)|pastes\.io|paste\.c-net\.org|termbin\.com|ix\.io|sprunge\.us|gist\.githubusercontent\.com)\b/i;

/**
 * A chat service's bot or webhook address whose credential is left for the user's settings to fill
 * (`api.telegram.org/bot{token}/…` with `token = os.environ["TELEGRAM_BOT_TOKEN"]`): the user's own bot, not a drop box.
 * The placeholder's name must be assigned from the environment or settings, and never from a string the text holds (a
 * drop box keeps its credential in the text, `_T = "…"[::-1]`); a text holding a bot token or webhook key outright
 * still counts, and so does any other service of the list.
 */
const BOT_ADDRESS = /^(?:api\.telegram\.org\/bot|discord(?:app)?\.com\/api\/webhooks|hooks\.slack\.com\/services)$/i;
const LITERAL_BOT_CREDENTIAL = /\b\d{8,10}:[A-Za-z0-9_-]{30,}|\/api\/webhooks\/\d{15,20}\/[A-Za-z0-9_-]{20,}|hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}/;
const PLACEHOLDER_NAME = /^\/?(?:\{\{?\s*|\$\{?|["'`]\s*\+\s*)([A-Za-z_]\w*)/;
/** A name assigned a value (`name = …`, `name: str = …`): one pattern for every placeholder, not one per
 * match. Its value is looked ahead at, so `a = 1; token = …` finds both. */
const ASSIGNMENT = /(?:^|[^\w.])([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=(?!=)\s*(?=([^\n]{1,80}))/g;
const USER_SETTING = /^(?:os\.environ|os\.getenv|getenv|process\.env|ENV\[|\$env:|\$\{?[A-Z]|(?:api\.)?pluginConfig|config\b|settings\b|cfg\b|args\b|opts\b|options\b)/;
function notUsersOwnBot(m: RegExpExecArray): boolean {
  if (!BOT_ADDRESS.test(m[0]) || LITERAL_BOT_CREDENTIAL.test(m.input)) return true;
  const name = PLACEHOLDER_NAME.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 48))?.[1];
  if (!name) return true;
  // (an environment variable's own name, `${TELEGRAM_BOT_TOKEN}`, is a setting)
  if (/^[A-Z][A-Z0-9]*_(?:[A-Z0-9_]*_)?(?:TOKEN|WEBHOOK|WEBHOOK_URL|HOOK_URL|KEY)$/.test(name)) return false;
  const rhs = [...m.input.matchAll(ASSIGNMENT)].filter((a) => a[1] === name).map((a) => a[2]!.trim());
  return !(rhs.some((r) => USER_SETTING.test(r)) && !rhs.some((r) => /^(?:[rbfu]?["'`]|\[)/.test(r)));
}

export const CONTENT_PATTERNS: ContentPattern[] = [
  { id: 'net.raw-ip-url', needles: ["://"], re: /\b(https?|ftp|tcp|udp|wss?|stratum\+tcp):\/\/((?:\d{1,3}\.){3}\d{1,3})\b/gi, accept: PUBLIC_IP },
  { id: 'net.exfil-host', needles: ["discord", "telegram", "webhook", "requestbin", "pipedream", "burpcollab", "oastify", "interact.sh", "oast.", "canarytoken", "ngrok", "hookbin", "beeceptor", "requestcatcher", "dnslog", "ceye", "transfer.sh", "file.io", "0x0.st", "bashupload", "anonfiles", "temp.sh", "ptpb", "hooks.slack"], re: new RegExp(EXFIL_HOST.source, 'gi'), accept: notUsersOwnBot },
  { id: 'net.paste-host', needles: ["pastebin", "paste.", "hastebin", "rentry", "ghostbin", "glot.io", "controlc", "justpaste", "privatebin", "dpaste", "pastes.io", "termbin", "ix.io", "sprunge", "gist.githubusercontent"], re: new RegExp(PASTE_HOST.source, 'gi') },
  // the well-known services, and any host or endpoint named for IP geolocation (`geoip.host`, `/ipgeo?`, `/geolocate`)
  { id: 'net.geo-lookup', needles: ["ip-api", "ipapi", "ipinfo", "ipwho", "ipgeolocation", "geolocation-db", "ipify", "ifconfig.me", "icanhazip", "geo"], re: /\b(ip-api\.com|ipapi\.co|ipinfo\.io|ipwho\.is|ipgeolocation\.io|geolocation-db\.com|api\.ipify\.org|ifconfig\.me|icanhazip\.com)\b|https?:\/\/(?:[\w-]+\.)*[\w-]*(?:ip-?geo|geo-?ip|geolocat)[\w-]*\.[a-z]{2,}\b|https?:\/\/[^\s'"`/]+\/(?:[^\s'"`?]*\/)?(?:ip-?geo|geo-?ip|geolocat\w*)\b/gi },
  // Credential stores of developer tools, browsers, chat apps and wallets.
  // (cred.*: NOT_A_REGEX, below)
  { id: 'cred.npm', needles: [".npmrc", "npm_token", "node_auth_token", "_authtoken"], re: /\.npmrc\b|\bNPM_TOKEN\b|\bNODE_AUTH_TOKEN\b|_authToken/g, accept: NOT_A_REGEX },
  { id: 'cred.ssh', needles: [".ssh", "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa"], re: /\.ssh[\\/](id_|authorized_keys|known_hosts|config)|\bid_(rsa|ed25519|ecdsa|dsa)\b/g, accept: NOT_A_REGEX },
  { id: 'cred.cloud', needles: [".aws", "gcloud", "application_default", ".azure", ".kube", ".docker"], re: /\.aws[\\/]credentials|\.config[\\/]gcloud|application_default_credentials|\.azure[\\/]|\.kube[\\/]config|\.docker[\\/]config\.json/g, accept: NOT_A_REGEX },
  { id: 'cred.git', needles: ["git-credentials", "github_token", "gh_token", "hosts"], re: /\.git-credentials|\bGITHUB_TOKEN\b|\bGH_TOKEN\b|\.config[\\/]gh[\\/]hosts/g, accept: NOT_A_REGEX },
  { id: 'cred.browser', needles: ["login data", "web data", "local state", "key3.db", "key4.db", "logins.json", "cookies.sqlite", "user data", "bravesoftware", "opera software", "firefox"], re: /\b(Login Data|Web Data|Local State)\b|\bkey[34]\.db\b|\blogins\.json\b|\bcookies\.sqlite\b|Google[\\/]+Chrome[\\/]+User Data|BraveSoftware|Opera Software|Mozilla[\\/]+Firefox[\\/]+Profiles/g },
  { id: 'cred.chat', needles: ["local storage", "tdata"], re: /discord(?:canary|ptb)?[\\/]+Local Storage|Local Storage[\\/]+leveldb|Telegram Desktop[\\/]+tdata|\btdata[\\/]/gi },
  { id: 'cred.wallet', needles: ["wallet", "exodus", "electrum", "ethereum", "atomic", "nkbihf", "bfnael", "ejbalb", "solana"], re: /\b(wallet\.dat|Exodus[\\/]|exodus\.wallet|Electrum[\\/]+wallets|Ethereum[\\/]+keystore|atomic[\\/]+Local Storage|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|ejbalbakoplchlghecdalmeeeajnimhm|solana[\\/]id\.json|\.config[\\/]solana)/gi, accept: NOT_A_REGEX },
  { id: 'cred.keychain', needles: ["keychain", "/etc/shadow", "find-generic-password"], re: /login\.keychain|\/etc\/shadow|security\s+find-generic-password|\bdump-keychain\b/g },
  { id: 'cred.openclaw', needles: ["auth-profiles", "credentials"], re: /auth-profiles\.json|(\.openclaw|\.clawdbot)[\\/]+credentials\b|[\\/]credentials[\\/]+(whatsapp|telegram|discord|slack|signal)\b/g, accept: NOT_A_REGEX },
  { id: 'openclaw.config-path', needles: ["openclaw.json", "clawdbot.json"], re: /\b(openclaw|clawdbot)\.json\b/g },
  { id: 'openclaw.allowlist-key', needles: ["plugins"], re: /\bplugins\.allow\b|\bplugins\s*\[\s*["']allow["']\s*\]/g },
  { id: 'openclaw.guard-key', needles: ["installpolicy", "clawguard", "plugins.deny"], re: /\binstallPolicy\b|\bclawguard\b|\bplugins\.deny\b/g },
  // the guard switched off, emptied, deleted, pointed elsewhere or moved away (a config helper that enables the install
  // policy or adds to the denylist strengthens it: the key alone is not this)
  { id: 'openclaw.guard-weakened', needles: ["installpolicy", "plugins.deny", "clawguard"], re: /\binstallPolicy["'\]]?\s*(?:\.|\[\s*["'])enabled["']?\]?\s*=\s*(?:false|0|!1|null|undefined)\b|\binstallPolicy["']?\s*:\s*\{[^{}]{0,80}\benabled["']?\s*:\s*(?:false|0)\b|\bdelete\s+[\w$.[\]'"]*installPolicy\b|\binstallPolicy\s*=\s*(?:undefined|null|false|\{\s*\})|\binstallPolicy(?:\.exec)?(?:\.command|\.exec)\s*=(?!=)|\bplugins\.deny\s*=\s*(?:\[\s*\]|undefined|null|[^;\n]{0,60}\.filter\s*\()|\bdelete\s+[\w$.]*plugins\.deny\b|\bclawguard\b[^\n;]{0,80}\b(?:renameSync|rename|unlinkSync|rmSync|rmdirSync|\.disabled)\b/gi },
  { id: 'openclaw.plugin-roots', needles: [".openclaw", ".clawdbot", ".agents", "extensions"], re: /(\.openclaw|\.clawdbot)[\\/]+(extensions|skills)|\.agents[\\/]+skills|[\\/]extensions[\\/]+@?[\w.-]+[\\/]+(dist|index)/g },
  { id: 'openclaw.memory-file', needles: [".md"], re: /\b(SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md\b/g },
  // Miners: pool protocols and the usual binaries.
  { id: 'miner.pool', needles: ["stratum", "minexmr", "supportxmr", "moneroocean", "nanopool", "hashvault", "2miners", "xmrpool", "c3pool", "herominers", "unmineable"], re: /stratum\+(tcp|ssl|tls):\/\/|\b(minexmr|supportxmr|moneroocean|nanopool\.org|hashvault\.pro|2miners\.com|xmrpool|c3pool|herominers|unmineable)\b/gi },
  { id: 'miner.name', needles: ["xmrig", "cpuminer", "cryptonight", "coinhive", "nicehash", "donate-level", "randomx"], re: /\b(xmrig|cpuminer|cryptonight|coinhive|nicehash|--donate-level|randomx)\b/gi },
  // Persistence locations.
  { id: 'persist.location', needles: ["crontab", "/etc/cron", "spool/cron", "launchagents", "launchdaemons", "systemd", "systemctl", "bashrc", "zshrc", "bash_profile", "zprofile", ".profile", "currentversion", "schtasks", "startup", "rc.local", "init.d"], re: /\bcrontab\b|\/etc\/cron|\/var\/spool\/cron|LaunchAgents|LaunchDaemons|\/etc\/systemd\/system|\.config\/systemd\/user|systemctl\s+(--user\s+)?enable|["'`/]\.(bashrc|zshrc|bash_profile|zprofile|profile)\b|CurrentVersion\\+Run|schtasks(\.exe)?\s+\/create|Start Menu\\+Programs\\+Startup|\/etc\/rc\.local|\/etc\/init\.d/g },
  // Worm building blocks.
  { id: 'worm.publish', needles: ["publish"], re: /\bnpm\s+publish\b|\bnpm-publish\b|libnpmpublish/g },
  { id: 'worm.token-probe', needles: ["whoami", "token", "api.github.com/user"], re: /\bnpm\s+(whoami|token\s+(list|create))\b|registry\.npmjs\.org\/-\/(npm\/v1\/tokens|whoami)|api\.github\.com\/user\b/g },
  { id: 'worm.workflow', needles: [".github"], re: /\.github[\\/]workflows[\\/]/g },
  { id: 'worm.secret-scanner', needles: ["trufflehog", "gitleaks"], re: /\btrufflehog\b|\bgitleaks\b/gi },
  // Drainers patch the page's network and wallet APIs and swap addresses.
  { id: 'drain.fetch-patch', needles: ["fetch", "xmlhttprequest.prototype"], re: /\b(window|globalThis|self)\.fetch\s*=(?!=)|XMLHttpRequest\.prototype\.(open|send)\s*=(?!=)/g },
  { id: 'drain.wallet-provider', needles: ["ethereum", "solana", "phantom", "eth_sendtransaction"], re: /\bwindow\.ethereum\b|\bethereum\.request\b|\bsolana\.(signTransaction|signAndSendTransaction)\b|\beth_sendTransaction\b|\bwindow\.(solana|phantom)\b/g },
  { id: 'drain.address-regex', needles: ["0x[", "[13][", "bc1[", "[1-9a-hj"], re: /0x\[a-fA-F0-9\]\{40\}|0x\[0-9a-fA-F\]\{40\}|\[13\]\[a-km-zA-HJ-NP-Z1-9\]\{2[0-9],3[0-9]\}|bc1\[a-z0-9\]|\[1-9A-HJ-NP-Za-km-z\]\{3[0-9],4[0-9]\}/g },
  // Clipboard access through OS tools (a clipper reads, rewrites and writes back the clipboard).
  { id: 'clip.read', needles: ["pbpaste", "xclip", "xsel", "get-clipboard", "clipboardy", "getclipboarddata"], re: /\bpbpaste\b|\bxclip\b[^\n"'`]*\s-o\b|\bxsel\b[^\n"'`]*\s(-o|--output)\b|\bGet-Clipboard\b|\bclipboardy\.(read|readSync)\b|\bGetClipboardData\b/gi },
  { id: 'clip.write', needles: ["pbcopy", "xclip", "xsel", "set-clipboard", "clip", "clipboardy", "setclipboarddata"], re: /\bpbcopy\b|\bxclip\b[^\n"'`]*-selection\b(?![^\n"'`]*\s-o\b)|\bxsel\b[^\n"'`]*\s(-i|--input)\b|\bSet-Clipboard\b|["'`]clip(\.exe)?["'`]|\bclipboardy\.(write|writeSync)\b|\bSetClipboardData\b/gi },
  // Locale, time-zone and country checks in code (the gate of protestware and region-targeted payloads).
  { id: 'gate.locale', needles: ["timezone", "country", "lang", "lc_all"], re: /resolvedOptions\(\)\.timeZone|\.country(?:_name|_code|Code|Name)?\b\s*(?:===?|!==?|\.match\(|\.test\(|\.includes\(|\|\|)|process\.env\.(?:LANG|LC_ALL)\b/g },
  // Browser-extension APIs that read every site's cookies or request headers (session theft from inside the browser).
  { id: 'browser.cookie-api', needles: ["cookies.getall", "cookies.get(", "onbeforesendheaders"], re: /\b(?:chrome|browser)\.cookies\.(?:getAll|get)\s*\(|\b(?:chrome|browser)\.webRequest\.onBeforeSendHeaders\b/g },
  // Asking the user's own CLIs and keychains to print stored tokens.
  { id: 'cred.token-command', needles: ["auth token", "credential fill", "find-internet-password", "print-access-token", "export-credentials"], re: /\bgh\s+auth\s+token\b|\bgit\s+credential\s+fill\b|\bsecurity\s+find-internet-password\b|\bgcloud\s+auth\s+(?:application-default\s+)?print-access-token\b|\baws\s+configure\s+export-credentials\b/g },
  // An SSH key appended to authorized_keys from a shell line.
  { id: 'persist.authorized-keys', needles: ["authorized_keys"], re: />>?\s*["']?(?:~|\$HOME|\$\{HOME\}|\/root|\/home\/[\w.-]+)\/\.ssh\/authorized_keys2?(?![\w-]|\.(?:new|tmp|temp|bak|old|orig|txt|log|json|csv|md|html?|out)\b)|\btee\s+(-a\s+)?["']?(?:~|\$HOME)\/\.ssh\/authorized_keys2?(?![\w-]|\.(?:new|tmp|temp|bak|old|orig|txt|log|json|csv|md|html?|out)\b)/g, accept: notRemoteUsersKey },
  // A browser started with an unpacked extension from disk (sideloading around the web store).
  // The flag with its value (`=dir`, a quoted or `$`/path argument, the next element of an argv array): naming
  // the flag in a sentence ("similar to --load-extension CLI flags", a protocol's docs) loads nothing.
  { id: 'browser.load-extension', needles: ["load-extension"], re: /--load-extension(?:=|\s+["'$%~/\\]|\s+[A-Za-z]:\\|["'`]\s*,)/g },
  // Destructive payloads and the locale/geo gates they hide behind.
  { id: 'destroy.command', needles: ["rm ", "rm\t", "del ", "format ", "rd ", "mkfs", "dd "], re: /\brm\s+-(rf|fr|r\s+-f)\s+(?:--no-preserve-root\s+)?(?:\/\*?|~\/?\*?|\$HOME\/?\*?|\$\{HOME\}\/?\*?|\*)(?=\s|$|["'`;&|])|\bdel\s+\/[sfq]\s+\/[sfq]|\bformat\s+c:|\brd\s+\/s\s+\/q\s+[a-z]:\\|\bmkfs\.|\bdd\s+if=\/dev\/(zero|random)\s+of=\/dev\/sd/gi },
  { id: 'destroy.locale-gate', needles: ["europe/", "ru-", "ru_", "be-", "be_", "uk-", "uk_", "countrycode", "'ru'", "\"ru\"", "'by'", "\"by\"", "'ua'", "\"ua\"", "country"], re: /Europe\/(Moscow|Minsk|Kiev|Kyiv)|\b(ru|be|uk)[-_](RU|BY|UA)\b|countryCode\s*===?\s*["'](RU|BY|UA|IR|CN)["']|["'](RU|BY|UA)["']\s*===?\s*\w*country/gi },
];

/** Run every content pattern over `text`; `lineAt(offset)` maps a match to a line (constant for one string). */
/** One pass over big texts finds which needles occur (short texts look each needle up); patterns none of whose needles occur are skipped. */
const NEEDLE_RE = new RegExp([...new Set(CONTENT_PATTERNS.flatMap((p) => p.needles ?? []))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
const PREFILTER_MIN_LENGTH = 4096;
/** A match of a long needle also proves every needle inside it (`npm_token` contains `token`). */
const ALL_NEEDLES = [...new Set(CONTENT_PATTERNS.flatMap((p) => p.needles ?? []))];
const CONTAINED = new Map(ALL_NEEDLES.map((n) => [n, ALL_NEEDLES.filter((m) => n.includes(m))]));
/**
 * Data cut into DNS labels, in any language: a name built from data (its leading labels a variable), in code that
 * also encodes the data and slices it into label-sized pieces. The behaviour and its gate are one; each language
 * names its three constructs. Returns the match of the name, or undefined. (Shell applies the same three to each
 * command line it splits, in shell.ts, since there the name and the lookup are one command.)
 */
export interface DnsLabelExfil {
  name: RegExp;
  encode: RegExp;
  chunk: RegExp;
}

export function dnsLabelExfil(text: string, p: DnsLabelExfil): RegExpExecArray | undefined {
  const name = p.name.exec(text);
  return name && p.encode.test(text) && p.chunk.test(text) ? name : undefined;
}

/**
 * Code that checks whether it runs in an analysis environment before acting: resource thresholds a sandbox fails
 * (uptime, memory, one CPU), the host or user name tested for analysis words, CI variables. Any one of these has
 * ordinary uses; a resource or name test together with another is evasion, which legitimate code has no use for.
 * Returns the offset of the first test, or undefined.
 */
const EVASION_RESOURCES = /\buptime\(\)\s*[<>]=?\s*\d|\btotalmem\(\)\s*[<>]=?\s*\d|\bcpus\(\)\.length\s*<=?\s*[1-4]\b|\bcpu_count\(\)\s*(?:<=?\s*[1-4]\b|in\s*\(\s*None)|\bvirtual_memory\(\)\.total\s*<|\bboot_time\(\)/;
const EVASION_NAMES = /\b(?:hostname|gethostname|userInfo|getuser|getlogin|USERNAME|COMPUTERNAME)\b[\s\S]{0,300}?\b(?:sandbox|cuckoo|malware|virus|analysis|analyst)/i;
const EVASION_CI = /\b(?:process\.env|os\.environ|env)\b[\s\S]{0,60}?\b(?:CI|GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|JENKINS_URL|VITEST|JEST_WORKER_ID)\b|["'](?:GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|JENKINS_URL|CIRCLECI|TRAVIS)["']/;

export function sandboxEvasion(text: string): number | undefined {
  const res = EVASION_RESOURCES.exec(text);
  const name = EVASION_NAMES.exec(text);
  if (!res && !name) return undefined;
  const ci = EVASION_CI.exec(text);
  if ([res, name, ci].filter(Boolean).length < 2) return undefined;
  return Math.min(...[res, name, ci].filter((m): m is RegExpExecArray => !!m).map((m) => m.index));
}

/** `mention(offset)`: whether a match there is only quoted (a specimen in a detector's table): it is then not a signal. */
export function scanContent(text: string, sink: SignalSink, lineAt: (offset: number) => number, mention?: (offset: number) => boolean): void {
  const lower = lowerCased(text);
  let has: (needle: string) => boolean;
  if (text.length >= PREFILTER_MIN_LENGTH) {
    const present = new Set<string>();
    NEEDLE_RE.lastIndex = 0;
    // Case-sensitive matching over a lower-cased copy is several times faster than a case-insensitive regex.
    for (const m of lower.matchAll(NEEDLE_RE)) for (const n of CONTAINED.get(m[0]) ?? [m[0]]) present.add(n);
    has = (n) => present.has(n);
  } else {
    // Short texts are looked up directly: a pattern that cannot match is then never run, so never compiled (the
    // first run of each of these patterns costs more than a short text's whole scan; see regex-tier.ts). The
    // lookup goes through the text's three-character index (containsWord): a needle with a sequence the text
    // lacks is absent without searching for it, the others are searched; the answer is `lower.includes(needle)`.
    has = (n) => containsWord(lower, n);
  }
  for (const p of CONTENT_PATTERNS) {
    if (p.needles && !p.needles.some(has)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = p.re.exec(text)) && count < 20) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      if (p.accept && !p.accept(m)) continue;
      if (mention?.(m.index)) continue;
      count++;
      sink.add(p.id, lineAt(m.index), excerpt(text, m.index, m[0].length));
      // (a token's environment variable, `GITHUB_TOKEN`, names no store on disk: where its value goes is the behaviour
      // model's to judge, and a token sent to its own service is no theft)
      if (p.id.startsWith('cred.') && !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(m[0].trim())) sink.add('cred.path', lineAt(m.index), `${p.id.slice(5)}: ${m[0].trim()}`);
    }
  }
}

/** A short window around a match, on one line. */
export function excerpt(text: string, index: number, length: number, radius = 50): string {
  let start = Math.max(0, index - radius);
  let end = Math.min(text.length, index + length + radius);
  const nlBefore = text.lastIndexOf('\n', index);
  if (nlBefore >= start) start = nlBefore + 1;
  const nlAfter = text.indexOf('\n', index + length);
  if (nlAfter !== -1 && nlAfter < end) end = nlAfter;
  return text.slice(start, end);
}
