/**
 * Classes, not strings: which secret a path or an environment name is, which kind of host a URL points at,
 * which kind of location a write lands in. Every translator (prose, shell, JS, Python, PowerShell, the
 * emulator) asks these functions, so one table decides for every language.
 */
import { EXFIL_HOST, PASTE_HOST } from '../analyzers/patterns.js';
import { compileOnFirstUse } from '../analyzers/regex-tier.js';
import type { HostClass, LocationClass, PersistMechanism, SecretClass } from './types.js';
import { domainToUnicode } from 'node:url';

const SECRET_PATHS: Array<[RegExp, SecretClass]> = [
  [/(?:^|[\\/~])\.ssh(?:[\\/]|$)|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\bauthorized_keys\b|\bknown_hosts\b/i, 'ssh-keys'],
  [/\.aws(?:[\\/]|$)|\.config[\\/]gcloud|application_default_credentials|\.azure(?:[\\/]|$)|\.kube[\\/]config|\.docker[\\/]config\.json|\bcredentials\.json\b|service[-_]?account.*\.json|(?:169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal|100\.100\.100\.200)\S*?(?:security-credentials|service-accounts|identity\/oauth2\/token|\/v2\/credentials)/i, 'cloud-credentials'],
  [/\.npmrc\b|\.pypirc\b|\.git-credentials\b|\.netrc\b|\.config[\\/]gh[\\/]hosts|\.gem[\\/]credentials|\.cargo[\\/]credentials|\.yarnrc/i, 'package-tokens'],
  [/wallet\.dat|\bexodus\b|electrum[\\/]|ethereum[\\/]keystore|\bkeystore[\\/]|solana[\\/]id\.json|\.config[\\/]solana|metamask|phantom|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|\bseed(?:[-_ ]?phrase)?\.txt|mnemonic/i, 'wallet'],
  [/Login Data|Web Data|Local State\b|key[34]\.db|logins\.json|cookies\.sqlite|\bCookies\b|Google[\\/]+Chrome|Chromium[\\/]|BraveSoftware|Opera Software|Firefox[\\/]+Profiles|\.mozilla[\\/]firefox|Microsoft[\\/]+Edge[\\/]+User Data|Safari[\\/]+Cookies/i, 'browser-profile'],
  [/\.keychain(?:-db)?\b|Keychains[\\/]|\bkwallet|gnome-keyring|\.password-store|\.gnupg(?:[\\/]|$)|1Password|Bitwarden|KeePass|\.kdbx\b|\.pgpass\b|\bpgpass\.conf\b|\.my\.cnf\b|\.mylogin\.cnf\b/i, 'keychain'],
  [/discord(?:canary|ptb)?[\\/]+Local Storage|Local Storage[\\/]+leveldb|Telegram Desktop[\\/]+tdata|\btdata\b|Slack[\\/]+(?:storage|Cookies)|Signal[\\/]+(?:config\.json|sql)/i, 'chat-tokens'],
  [/(?:\.openclaw|\.clawdbot|\.moltbot)[\\/]+(?:credentials|agents[\\/][^\\/]+[\\/]agent[\\/]auth)|auth-profiles\.json|\b(?:openclaw|clawdbot|moltbot)\.json\b|gateway\.auth\.token|OPENCLAW_GATEWAY_TOKEN/i, 'openclaw-token'],
  // (an AI client's own MCP settings, not a project's: each server's env block and headers hold its API keys and tokens)
  [/(?:^|[\\/])(?:claude_desktop_config\.json|\.claude\.json)$|\.cursor[\\/]+mcp\.json|\.codeium[\\/]+windsurf[\\/]+mcp_config\.json|(?:Code|Code - Insiders|VSCodium|Cursor|Windsurf)[\\/]+User[\\/]+mcp\.json|\.gemini[\\/]+settings\.json|\.codex[\\/]+config\.toml/i, 'env-secrets'],
  [/\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS)\.md\b|(?:\.openclaw|\.clawdbot)[\\/]+(?:workspace|memory|sessions|agents)|[\\/]sessions[\\/][^\\/]*\.jsonl|\.claude[\\/]|chat[_-]?history|transcripts?[\\/]/i, 'agent-memory'],
  [/(?:^|[\\/])\.env(?:\.[\w.-]+)?$|(?:^|[\\/\s'"`])\.env(?:\.[\w-]+)?\b(?![\w-]*\.(?:example|sample|template)\b)/i, 'dotenv'],
  [/\/etc\/(?:shadow|sudoers|passwd|gshadow)|\bSAM\b.*\bSYSTEM\b|\\config\\SAM|lsass/i, 'system-auth'],
  [/Documents[\\/]|Desktop[\\/]|Pictures[\\/]|Downloads[\\/]|\.bash_history|\.zsh_history|\.psql_history|\.mysql_history/i, 'user-files'],
];

/** The secret class a path names, or undefined for an ordinary path. */
const compileSecretPaths = compileOnFirstUse(() => SECRET_PATHS.map(([re]) => re));

export function classifySecretPath(p: string): SecretClass | undefined {
  if (!p) return undefined;
  compileSecretPaths(p);
  if (/\.env\.(?:example|sample|template|dist)\b/i.test(p)) return undefined;
  for (const [re, cls] of SECRET_PATHS) if (re.test(p)) return cls;
  return undefined;
}

/**
 * The secret class of a folder of the user's keys right under the home (`~/.ssh`, `$HOME/.gnupg`, `~/.aws`, a wallet's
 * folder): deleting one destroys what cannot be fetched again. Undefined for any other path (`~/.aws/sso/cache`,
 * `~/.cache`).
 */
/**
 * A command that destroys the system's own recovery copies: Volume Shadow Copies (`vssadmin delete shadows`, `wmic
 * shadowcopy delete`), Windows backups (`wbadmin delete catalog`), boot recovery (`bcdedit … recoveryenabled no`),
 * Time Machine snapshots (`tmutil deletelocalsnapshots`). Ransomware's first step; no installer or skill needs it.
 */
export function destroysRecovery(program: string, args: readonly string[]): boolean {
  const n = program.toLowerCase().replace(/\.exe$/, '');
  const a = args.join(' ').toLowerCase();
  return (
    (n === 'vssadmin' && /\bdelete\s+shadows\b|\bresize\s+shadowstorage\b/.test(a)) ||
    (n === 'wmic' && /\bshadowcopy\b[^|;&]*\bdelete\b/.test(a)) ||
    (n === 'wbadmin' && /\bdelete\s+(?:catalog|systemstatebackup|backup)\b/.test(a)) ||
    (n === 'bcdedit' && /\brecoveryenabled\s+no\b/.test(a)) ||
    (n === 'tmutil' && /\b(?:deletelocalsnapshots|delete|disable)\b/.test(a))
  );
}

export function keyFolderOf(p: string): SecretClass | undefined {
  const m = /^(?:~|\$\{?HOME\}?|\$env:USERPROFILE|%USERPROFILE%)[\\/]+(\.?[\w.-]+)[\\/]*$/i.exec(p.replace(/["']/g, ''));
  const cls = m ? classifySecretPath(`~/${m[1]}/`) : undefined;
  return cls === 'ssh-keys' || cls === 'keychain' || cls === 'cloud-credentials' || cls === 'wallet' ? cls : undefined;
}

const SECRETISH_ENV = /(?:TOKEN|SECRET|PASSW(?:OR)?D|PASSPHRASE|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH|CREDENTIALS?|SESSION|COOKIE|MNEMONIC|SEED|WEBHOOK|_PAT$|_KEY$)/i;
/** Names no secret is kept in; git's commit identity (`GIT_AUTHOR_NAME`) among them, though it holds `AUTH`. */
const BENIGN_ENV = /^(?:PATH|HOME|USER|USERNAME|LOGNAME|SHELL|PWD|OLDPWD|LANG|LC_\w+|TERM|TMPDIR|TEMP|TMP|NODE_ENV|DEBUG|CI|HOSTNAME|EDITOR|PAGER|TZ|XDG_\w+|APPDATA|LOCALAPPDATA|USERPROFILE|PROGRAMFILES|SYSTEMROOT|NODE_OPTIONS|npm_\w+|PORT|HOST|LOG_LEVEL|VERBOSE|NO_COLOR|FORCE_COLOR|GIT_(?:AUTHOR|COMMITTER)_(?:NAME|EMAIL|DATE))$/i;
const compileEnvPatterns = compileOnFirstUse(() => [SECRETISH_ENV, BENIGN_ENV]);

/**
 * A command that prints a stored credential: the same secret as reading the file behind it. Git's credential
 * helpers (`git credential fill`, `git credential-manager get`, `git-credential-osxkeychain get`) hand out the
 * tokens `.git-credentials` holds; the OS stores (`security find-generic-password`, `secret-tool lookup`,
 * `cmdkey /list`, `Get-StoredCredential`) hold keychain items, and so do password managers' CLIs (`op read`, `bw get`,
 * `lpass show`, `pass show`); `gh auth token`, `gcloud auth print-access-token`, `aws configure export-credentials` and
 * `az account get-access-token` print the tokens they hold, as do cluster and cloud secret stores (`kubectl config view
 * --raw`, `aws secretsmanager get-secret-value`, `vault kv get`). `words` is one simple command, program first.
 * Asking the user (`Get-Credential`, a password prompt) is not a stored credential and is not one of these.
 */
export function credentialStoreOf(words: readonly string[]): SecretClass | undefined {
  const prog = (words[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  const args = words.slice(1);
  if (prog === 'git') {
    const verbs = args.filter((a) => !a.startsWith('-'));
    if (verbs[0] === 'credential' && /^(?:fill|get)$/.test(verbs[1] ?? '')) return 'package-tokens';
    if (/^credential-[\w-]+$/.test(verbs[0] ?? '') && verbs[1] === 'get') return 'package-tokens';
    return undefined;
  }
  if (/^git-credential-[\w-]+$/.test(prog) && args.includes('get')) return 'package-tokens';
  if (prog === 'security' && args.some((a) => /^(?:find-generic-password|find-internet-password|dump-keychain)$/.test(a))) return 'keychain';
  if (prog === 'secret-tool' && args[0] === 'lookup') return 'keychain';
  if (prog === 'cmdkey' && args.some((a) => /^\/list\b/i.test(a))) return 'keychain';
  if (prog === 'get-storedcredential') return 'keychain';
  // Password managers' CLIs: an entry's secret, or the whole vault.
  const verbs = args.filter((a) => !a.startsWith('-'));
  const [v0, v1] = [verbs[0] ?? '', verbs[1] ?? ''];
  if (prog === 'op' && (v0 === 'read' || v0 === 'inject' || (v0 === 'item' && v1 === 'get') || (v0 === 'document' && v1 === 'get'))) return 'keychain';
  if (prog === 'bw' && (v0 === 'get' || v0 === 'export' || (v0 === 'list' && v1 === 'items'))) return 'keychain';
  if (prog === 'lpass' && (v0 === 'show' || v0 === 'export')) return 'keychain';
  if ((prog === 'pass' || prog === 'gopass') && (v0 === 'show' || v0 === 'cat' || (verbs.length === 1 && !/^(?:ls|list|init|insert|edit|generate|rm|mv|cp|git|grep|find|help|version|otp)$/.test(v0)))) return 'keychain';
  if (prog === 'keepassxc-cli' && /^(?:show|export)$/.test(v0)) return 'keychain';
  // CLIs that print the access token they hold.
  if (prog === 'gh' && v0 === 'auth' && v1 === 'token') return 'package-tokens';
  if (prog === 'glab' && v0 === 'auth' && v1 === 'status' && args.includes('--show-token')) return 'package-tokens';
  if (prog === 'gcloud' && verbs.includes('auth') && verbs.some((v) => /^print-(?:access|identity)-token$/.test(v))) return 'cloud-credentials';
  if (prog === 'aws' && v0 === 'configure' && (v1 === 'export-credentials' || (v1 === 'get' && /secret|session_token|access_key/i.test(verbs[2] ?? '')))) return 'cloud-credentials';
  if (prog === 'az' && v0 === 'account' && v1 === 'get-access-token') return 'cloud-credentials';
  // Cluster and cloud secret stores: a kubeconfig with its certificates and tokens (`kubectl config view --raw`), a
  // cluster's secrets as data, a service account's new token; a cloud's secret manager's values; Vault's.
  if (prog === 'kubectl' || prog === 'oc') {
    if (v0 === 'config' && v1 === 'view' && args.some((a) => /^--(?:raw|flatten)$/.test(a))) return 'cloud-credentials';
    if (v0 === 'get' && /^secrets?$/.test(v1) && args.some((a) => /^(?:-o|--output)(?:=?(?:json|yaml|jsonpath|go-template))?/.test(a))) return 'cloud-credentials';
    if (v0 === 'create' && v1 === 'token') return 'cloud-credentials';
  }
  if (prog === 'aws' && ((v0 === 'secretsmanager' && v1 === 'get-secret-value') || (v0 === 'ssm' && /^get-parameters?(?:-by-path)?$/.test(v1) && args.includes('--with-decryption')))) return 'cloud-credentials';
  if (prog === 'gcloud' && verbs.includes('secrets') && verbs.includes('access')) return 'cloud-credentials';
  if (prog === 'az' && v0 === 'keyvault' && v1 === 'secret' && (verbs[2] === 'show' || verbs[2] === 'download')) return 'cloud-credentials';
  if (prog === 'vault' && ((v0 === 'kv' && v1 === 'get') || v0 === 'read' || (v0 === 'print' && v1 === 'token'))) return 'keychain';
  if (/^docker-credential-[\w-]+$/.test(prog) && verbs.includes('get')) return 'package-tokens';
  return undefined;
}

/** An environment variable's class: a secret-looking name is env-secrets; identity names are host-identity. */
export function classifyEnvName(name: string): SecretClass | undefined {
  if (!name) return undefined;
  compileEnvPatterns(name);
  if (/^(?:USER|USERNAME|LOGNAME|HOSTNAME|COMPUTERNAME|USERDOMAIN|HOME|USERPROFILE|PWD)$/i.test(name)) return 'host-identity';
  if (/^OPENCLAW_(?:GATEWAY_)?TOKEN$|^OPENCLAW_.*(?:KEY|TOKEN)/i.test(name)) return 'openclaw-token';
  // (before the benign names: NPM_TOKEN is not one of npm's lifecycle variables, `npm_*`)
  if (/^(?:NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|GITLAB_TOKEN|PYPI_TOKEN|CARGO_REGISTRY_TOKEN)$/i.test(name)) return 'package-tokens';
  if (BENIGN_ENV.test(name)) return undefined;
  if (/^(?:AWS_|AZURE_|GOOGLE_APPLICATION|GCP_|GCLOUD)/i.test(name) && SECRETISH_ENV.test(name)) return 'cloud-credentials';
  if (SECRETISH_ENV.test(name)) return 'env-secrets';
  return undefined;
}

// ---- hosts ----

const REGISTRY_HOSTS = /(?:^|\.)(?:registry\.npmjs\.org|npmjs\.com|registry\.yarnpkg\.com|pypi\.org|files\.pythonhosted\.org|rubygems\.org|crates\.io|static\.crates\.io|proxy\.golang\.org|repo1\.maven\.org|nuget\.org|packagist\.org|deb\.debian\.org|archive\.ubuntu\.com|dl-cdn\.alpinelinux\.org|registry-1\.docker\.io|ghcr\.io|quay\.io)$/i;
const VENDOR_HOSTS =
  /(?:^|\.)(?:github\.com|githubusercontent\.com|dot\.net|gitlab\.com|bitbucket\.org|api\.openai\.com|openai\.com|anthropic\.com|googleapis\.com|google\.com|gstatic\.com|microsoft\.com|azure\.com|windows\.net|microsoftonline\.com|live\.com|office\.com|amazonaws\.com|aws\.amazon\.com|cloudflare\.com|apple\.com|slack\.com|notion\.so|notion\.com|stripe\.com|twilio\.com|sendgrid\.com|atlassian\.net|atlassian\.com|linear\.app|vercel\.com|netlify\.com|heroku\.com|digitalocean\.com|mozilla\.org|python\.org|nodejs\.org|docker\.com|brew\.sh|rust-lang\.org|rustup\.rs|deno\.land|bun\.sh|sentry\.io|datadoghq\.com|huggingface\.co|mistral\.ai|cohere\.com|groq\.com|openrouter\.ai|x\.ai|perplexity\.ai|wikipedia\.org|stackoverflow\.com|figma\.com|dropbox\.com|dropboxapi\.com|box\.com|zoom\.us|salesforce\.com|hubspot\.com|shopify\.com|twitter\.com|x\.com|reddit\.com|youtube\.com|spotify\.com|openclaw\.ai|clawhub\.ai|clawhub\.com|docs\.openclaw\.ai|telegram\.org|whatsapp\.com|whatsapp\.net|signal\.org|matrix\.org|jsdelivr\.net|unpkg\.com|esm\.sh|skypack\.dev|jspm\.io|cdnjs\.cloudflare\.com|sh\.rustup\.rs|get\.docker\.com|astral\.sh|nvm\.sh|fnm\.vercel\.app|scoop\.sh|chocolatey\.org|tailscale\.com|ollama\.com|pnpm\.io|yarnpkg\.com|volta\.sh|python-poetry\.org|getcomposer\.org|sdkman\.io|starship\.rs|ohmyz\.sh|helm\.sh|nixos\.org|golang\.org|go\.dev|kubernetes\.io|hashicorp\.com|terraform\.io|mongodb\.com|postgresql\.org|redis\.io|elastic\.co|grafana\.com|prometheus\.io|pagerduty\.com|okta\.com|auth0\.com|firebaseio\.com|firebase\.google\.com|supabase\.co|supabase\.com|openweathermap\.org|weather\.gov|discord\.com|discordapp\.com|api\.telegram\.org)$/i;
const TUNNEL_HOSTS = /(?:^|\.)(?:ngrok(?:-free)?\.(?:io|app|dev)|ngrok\.com|trycloudflare\.com|serveo\.net|localtunnel\.me|loca\.lt|localhost\.run|lhr\.life|pinggy\.(?:io|link)|bore\.pub|tunnelto\.dev|playit\.gg|telebit\.cloud|devtunnels\.ms|zrok\.io)$/i;
const SHORTENERS = /(?:^|\.)(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|is\.gd|v\.gd|ow\.ly|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|tiny\.cc|t\.ly|s\.id|short\.io|bl\.ink|lnkd\.in|shorturl\.asia|urlz\.fr|clck\.ru|qr\.ae)$/i;
const FREE_HOSTING =
  /(?:^|\.)(?:000webhostapp\.com|netlify\.app|vercel\.app|pages\.dev|workers\.dev|github\.io|gitlab\.io|herokuapp\.com|glitch\.me|repl\.co|replit\.app|onrender\.com|fly\.dev|railway\.app|surge\.sh|web\.app|firebaseapp\.com|weebly\.com|wixsite\.com|blogspot\.com|wordpress\.com|sites\.google\.com|duckdns\.org|no-ip\.(?:com|org|biz)|ddns\.net|hopto\.org|zapto\.org|sytes\.net|serveo\.net|freehostia\.com|infinityfreeapp\.com|epizy\.com|rf\.gd|mediafire\.com|mega\.nz|anonfiles\.com|gofile\.io|catbox\.moe|files\.catbox\.moe|filebin\.net|sendspace\.com|transfer\.sh|file\.io|0x0\.st|temp\.sh|bashupload\.com|tmpfiles\.org|dropmefiles\.com|drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|cdn\.discordapp\.com|media\.discordapp\.net|t\.me|telegra\.ph|ipfs\.io|dweb\.link|pinata\.cloud|arweave\.net)$/i;
// (and the shapes of their addresses on any host: a Slack webhook's /services/T…/B…/secret, a Discord webhook's
// /api/webhooks/id/token, a Telegram bot's /bot<id>:<token>/ name the channel whoever made them owns)
const AUTHOR_DROP = /^https?:\/\/(?:docs\.google\.com\/forms\/(?:u\/\d+\/)?d\/(?:e\/)?[\w-]{20,}\/formResponse|script\.google\.com\/macros\/s\/[\w-]{20,}\/exec)\b/i;
const WEBHOOK_URL = /discord(?:app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|hooks\.slack\.com\/services|webhook\.office\.com|outlook\.office\.com\/webhook|\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{12,}|\/api\/webhooks\/\d{6,}\/[\w-]{20,}|\/bot\d{6,}:[\w-]{25,}\//;

/** Host tables, compiled to machine code on first use (see regex-tier.ts). */
const compileHostPatterns = compileOnFirstUse(() => [WEBHOOK_URL, EXFIL_HOST, PASTE_HOST, TUNNEL_HOSTS, SHORTENERS, FREE_HOSTING, REGISTRY_HOSTS, VENDOR_HOSTS]);

function isIpv4(h: string): boolean {
  return /^(?:\d{1,3}\.){3}\d{1,3}$/.test(h) && h.split('.').every((p) => Number(p) <= 255);
}

/** Parse a URL or a bare host (`host:port`, `//host/path`, `user@host:path`) into its host name. */
export function hostOf(urlOrHost: string): string {
  let s = urlOrHost.trim().replace(/^['"`(<]+|['"`)>.,;]+$/g, '');
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]+)/i.exec(s);
  if (m) return m[1].toLowerCase();
  s = s.replace(/^\/\//, '').replace(/^[^@/]*@/, '');
  return s.split(/[/:?#\s]/)[0].toLowerCase();
}

/**
 * The label a host is registered under: `trello` of `api.trello.com`, of `api.trello.co.uk` (a country's second
 * level), and of `api.trello.example.com`, whose reserved suffix (RFC 2606: example.com) stands for a real one in
 * documentation and tests.
 */
/**
 * A storage address signed for uploads, written into the code (an S3 or Google Cloud Storage presigned URL, an Azure
 * SAS): whoever signed it owns the bucket, so what is put there goes to the author's account, not the user's.
 */
export const PRESIGNED_URL = /[?&](?:X-Amz-(?:Signature|Credential)|X-Goog-(?:Signature|Credential))=|[?&]sig=[^&#\s]{10,}[^#\s]*[?&]s[ev]=|[?&]s[ev]=[^#\s]*[?&]sig=[^&#\s]{10,}/i;

export function registrableLabel(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length;
  // how many labels the suffix takes (the registrable label is the one before them)
  let suffix = 1;
  if (n > 2 && labels[n - 2] === 'example' && /^(?:com|net|org)$/.test(labels[n - 1])) suffix = 2;
  else if (n > 2 && /^[a-z]{2}$/.test(labels[n - 1]) && /^(?:co|com|net|org|gov|ac|edu)$/.test(labels[n - 2])) suffix = 2;
  return labels[Math.max(0, n - 1 - suffix)] ?? '';
}

/** Latin letters and letters of a script that has look-alikes of them (Cyrillic, Greek, Armenian) in one label. */
const OTHER_SCRIPT = /[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F\u0530-\u058F]/;
/**
 * A host name that imitates another: a label that mixes Latin letters with look-alikes from another script, typed
 * in Unicode or as punycode (`xn--`). A name wholly in one script (a Cyrillic domain) is not an imitation.
 */
function isLookalike(host: string): boolean {
  if (/^[\x00-\x7f]*$/.test(host) && !host.includes('xn--')) return false;
  let shown = host;
  if (host.includes('xn--')) {
    try {
      shown = domainToUnicode(host) || host;
    } catch {
      return false;
    }
  }
  return shown.split('.').some((label) => /[a-z]/i.test(label) && OTHER_SCRIPT.test(label));
}

/**
 * A host's class. `configured` covers placeholders and variables (`$SERVER`, `${host}`, `<your-host>`,
 * `your-server.example`): the user decides where it goes, which is not exfiltration by the author.
 */
export function classifyHost(urlOrHost: string): { host: string; hostClass: HostClass } {
  compileHostPatterns(urlOrHost);
  const raw = urlOrHost.trim();
  // (not a literal domain under a variable's label, `$h.s.example.invalid`: the data travels in the name, the domain is fixed)
  const literal = raw.replace(/\$\{[^}]*\}|\$\w+/g, '');
  if (/^\$|\$\{|^<[^>]+>$|\{\{|%[A-Z_]+%|\byour[-_ ]?(?:server|host|domain|instance|endpoint|url)\b|YOUR_|<your/i.test(raw) && !/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]+@)?(?:\d|[a-z0-9-]+\.[a-z])/i.test(literal) && !/^\.(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(literal)) {
    return { host: raw.slice(0, 80), hostClass: 'configured' };
  }
  const host = hostOf(raw);
  // A bot or webhook URL built from the user's own token (`bot$TELEGRAM_BOT_TOKEN`, `${webhookUrl}`) is the
  // user's channel; a literal token in the code is someone else's.
  if (WEBHOOK_URL.test(raw)) return { host, hostClass: /(?:\/bot|\/webhooks\/|\/services\/)[^/\s]*(?:\$\{?[A-Za-z_]|\{\{|<[a-z_-]+>|%[A-Z_]+%)/i.test(raw) ? 'configured' : 'webhook' };
  // An issue, comment, file or release written through a code host's API into a repository the URL names outright
  // (`/repos/board/submissions/issues`): a public page its author reads. The user's own repository comes from their
  // remote or settings, not from a name written into the code.
  if (namedRepositoryOf(raw)) return { host, hostClass: 'paste' };
  // A Google Form's answer URL or an Apps Script web app the code names outright: a drop box whose sheet its author
  // reads, as a chat webhook is. An anonymous image upload (Imgur's API) is public: a paste site.
  if (AUTHOR_DROP.test(raw)) return { host, hostClass: 'webhook' };
  if (/^https?:\/\/api\.imgur\.com\/3\/(?:image|upload)\b/i.test(raw)) return { host, hostClass: 'paste' };
  if (EXFIL_HOST.test(raw) && !TUNNEL_HOSTS.test(host)) return { host, hostClass: /transfer\.sh|file\.io|0x0\.st|temp\.sh|bashupload|anonfiles/i.test(host) ? 'free-hosting' : 'webhook' };
  if (PASTE_HOST.test(raw) || /(?:^|\.)(?:pastebin\.com|paste\.ee|hastebin\.com|rentry\.co|rentry\.org|ghostbin\.|justpaste\.it|controlc\.com|dpaste\.|termbin\.com|ix\.io|sprunge\.us|privatebin\.|paste\.rs|gist\.githubusercontent\.com)$/i.test(host)) return { host, hostClass: 'paste' };
  if (host === 'localhost' || /^127\./.test(host) || host === '[::1]' || host === '::1' || host === '0.0.0.0') return { host, hostClass: 'loopback' };
  if (isIpv4(host)) {
    const [a, b] = host.split('.').map(Number);
    if (a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254)) return { host, hostClass: 'private' };
    return { host, hostClass: 'raw-ip' };
  }
  if (/^\[[0-9a-f:]+\]$/i.test(host)) return { host, hostClass: 'raw-ip' };
  if (isLookalike(host)) return { host, hostClass: 'lookalike' };
  if (TUNNEL_HOSTS.test(host)) return { host, hostClass: 'tunnel' };
  if (SHORTENERS.test(host)) return { host, hostClass: 'shortener' };
  // (a vendor's own site on a shared host, fnm's installer at fnm.vercel.app, is the vendor's)
  if (FREE_HOSTING.test(host) && !VENDOR_HOSTS.test(host)) return { host, hostClass: 'free-hosting' };
  if (REGISTRY_HOSTS.test(host)) return { host, hostClass: 'registry' };
  if (VENDOR_HOSTS.test(host)) return { host, hostClass: 'vendor' };
  if (/^(?:[a-z0-9-]+\.)*(?:example|test|invalid|localhost)$|(?:^|\.)example\.(?:com|net|org)$/i.test(host) && /^(?:api|www|docs|your|my)?\.?example\.(?:com|net|org)$/i.test(host)) return { host, hostClass: 'configured' };
  if (!/\./.test(host)) return { host, hostClass: 'configured' };
  return { host, hostClass: 'unknown' };
}

/** The repository (`owner/repo`, or GitLab's project) a code host's API URL writes an issue, comment, file or release into. */
export function namedRepositoryOf(url: string): string | undefined {
  const m = NAMED_REPOSITORY_POST.exec(url);
  return m ? m[1] ?? m[2] : undefined;
}
const NAMED_REPOSITORY_POST = /^[a-z]+:\/\/[^/\s]+(?:\/api\/v3)?\/repos\/(?!owner\/|OWNER\/|user\/|org\/)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(?:issues(?:\/\d+\/comments)?|pulls|discussions|contents\/[^\s?#]*|releases|dispatches|comments)\/?(?:[?#]|$)|^[a-z]+:\/\/[^/\s]+\/api\/v4\/projects\/(\d+|[A-Za-z0-9_.-]+%2F[A-Za-z0-9_.-]+)\/(?:issues|snippets|repository\/files)/;

/**
 * The repository (`owner/repo`) a git URL names on a public code host (`https://[user:token@]github.com/o/r.git`,
 * `git@gitlab.com:o/r.git`); undefined for other hosts and for a URL whose owner is a placeholder or a variable.
 */
export function pushedRepositoryOf(url: string): string | undefined {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/\s]+@)?|[\w.-]+@)((?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|git\.sr\.ht))[/:]~?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m && !/^(?:owner|user|org|your[-_]?\w*|username|you|me|example)$/i.test(m[2]) ? `${m[2]}/${m[3]}` : undefined;
}

/**
 * The repository (`owner/repo`) a code host's raw-file URL serves from (`raw.githubusercontent.com/o/r/…`,
 * `github.com/o/r/raw/…`, `gitlab.com/o/r/-/raw/…`, `bitbucket.org/o/r/raw/…`, `codeberg.org/o/r/raw/…`).
 */
export function rawRepositoryOf(url: string): string | undefined {
  const m = /^https?:\/\/(?:raw\.githubusercontent\.com\/([\w.-]+)\/([\w.-]+)\/|(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/([\w.-]+)\/([\w.-]+)\/(?:-\/)?raw\/)/i.exec(url);
  return m ? `${m[1] ?? m[3]}/${m[2] ?? m[4]}`.toLowerCase() : undefined;
}

/** Host classes data may go to without being exfiltration by the package's author. */
export const TRUSTED_HOST_CLASSES: readonly HostClass[] = ['vendor', 'registry', 'loopback', 'private', 'configured'];

/**
 * The run a rewrite of the user's package sources starts (tool-configs.ts `redirectedRegistries` gives the hosts it
 * names anew): every later install from the first host that is no registry, vendor or local one runs the install
 * scripts that host serves. The exec effect's fields, or undefined when every host is trusted. One reading for the
 * shell's writes, the languages' and the emulator's.
 */
export function registryRedirect(hosts: readonly string[]): { kind: 'exec'; origin: 'downloaded'; host: string; hostClass: HostClass; url: string; command: string } | undefined {
  for (const h of hosts) {
    const hc = classifyHost(h);
    if (!TRUSTED_HOST_CLASSES.includes(hc.hostClass)) return { kind: 'exec', origin: 'downloaded', host: hc.host, hostClass: hc.hostClass, url: h, command: `package installs (from ${hc.host})` };
  }
  return undefined;
}

/**
 * A file in a program folder (`…/bin/`), named as a program users run with their password or keys (sudo, su, ssh, git,
 * passwd, doas, gpg, op, bw): the kind of folder PATH lists, so the name is what the user types.
 */
export const PLANTED_PROGRAM = /\/bin\/(sudo|su|doas|passwd|ssh|scp|git|gpg|op|bw|kinit|pkexec)$/;

/**
 * Files Python runs at every start of the interpreter: `sitecustomize.py`, `usercustomize.py`, and a `.pth` file in a
 * site-packages folder (its `import` lines run).
 */
const PYTHON_STARTUP = /(?:^|[\\/])(?:site|user)customize\.py$|site-packages[\\/][^\\/]+\.pth$/i;

/** Other AI coding tools' own settings (their MCP servers, their permission lists), in the user's home. */
const AI_TOOL_CONFIG = /(?:^|[\\/])(?:\.claude\.json|\.claude[\\/]+settings(?:\.local)?\.json|\.cursor[\\/]+mcp\.json|\.gemini[\\/]+settings\.json|\.codex[\\/]+config\.toml|\.codeium[\\/]+windsurf[\\/]+mcp_config\.json|Claude[\\/]+claude_desktop_config\.json|(?:Code|Code - Insiders|VSCodium|Cursor|Windsurf)[\\/]+User[\\/]+mcp\.json|\.vscode[\\/]+mcp\.json)$/i;

/**
 * Files an agent reads as its instructions: a skill's SKILL.md, the workspace's AGENTS.md and memory files (the
 * `agent-memory` location below), other coding agents' rules. Text written into one is followed from then on.
 */
export const INSTRUCTION_FILE = /(?:^|[\\/"'$}])(?:SKILL|SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS|CLAUDE|GEMINI)\.md["']?$|\.cursorrules["']?$|copilot-instructions\.md["']?$/i;
/** A text file a target ships for its scripts to render or copy (a template, a document): its text is read where they read it. */
/** A mail address as code and prose write it (`ops@example.com`); its one group is the domain. */
const MAIL_ADDRESS_SOURCE = String.raw`[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})`;
/** Every mail address in a text (the domain is group 1). */
export const MAIL_ADDRESS = new RegExp(String.raw`\b${MAIL_ADDRESS_SOURCE}\b`, 'gi');
/** A mail address for embedding in a larger pattern: no groups of its own. */
export const MAIL_ADDRESS_TEXT = MAIL_ADDRESS_SOURCE.replace('@((?:', '@(?:(?:');
const ONE_MAIL_ADDRESS = new RegExp(`^${MAIL_ADDRESS_SOURCE}$`, 'i');

/** The domain of `text` when it is one mail address and nothing else. */
export function mailDomainOf(text: string): string | undefined {
  return ONE_MAIL_ADDRESS.exec(text.trim())?.[1].toLowerCase();
}

export const SHIPPED_TEXT_FILE = /\.(?:md|txt|tmpl|tpl|template|j2)$/i;

/**
 * A report, log or copy named after what it records (`$OUT/crontab.txt`, `launchagents.log`, `autostart.bak`): its
 * name says nothing of where it lands. A triage script saving `crontab -l` there schedules nothing.
 */
const REPORT_NAMED = /[^\\/]*\.(?:txt|log|csv|md|html?|out|bak|orig|old)$/i;

/** Where a write lands. */
export function classifyWriteLocation(p: string): LocationClass {
  // (and a session's transcript: the model reads it again when the session is resumed)
  if (/\b(?:SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER|TOOLS)\.md\b|[\\/]workspace[\\/]memory|(?:\.openclaw|\.clawdbot|\.moltbot)[\\/]+agents[\\/]+[^\\/]+[\\/]+sessions[\\/]+[^\\/]+\.jsonl$/i.test(p)) return 'agent-memory';
  // The live config: under the state dir (~/.openclaw, $OPENCLAW_STATE_DIR) or named by its variable; a copy
  // written elsewhere (a dated backup) is not it.
  // (the state dir in the home, or where a variable points: a `.openclaw` folder inside a backup is a copy)
  if (/(?:(?:^|^~[\\/]+|^\$\{?HOME\}?[\\/]+|^%USERPROFILE%[\\/]+|^\$env:(?:HOME|USERPROFILE)[\\/]+|^\/(?:home\/[^\\/]+|Users\/[^\\/]+|root)\/|^[A-Za-z]:[\\/]+Users[\\/]+[^\\/]+[\\/]+|\$\{?[A-Za-z_]\w*\}?[\\/]+)(?:\.openclaw|\.clawdbot|\.moltbot)|OPENCLAW_STATE_DIR\}?|OPENCLAW_CONFIG_PATH\}?)[\\/]+(?:[^\\/]+[\\/]+)?(?:openclaw|clawdbot|moltbot)\.json5?(?![\w.~-])|^\$\{?OPENCLAW_CONFIG(?:_PATH)?\}?$/i.test(p)) return 'openclaw-config';
  if (/(?:\.openclaw|\.clawdbot|\.moltbot)[\\/]+extensions\b|[\\/]extensions[\\/]+[@\w.-]+[\\/]/i.test(p)) return 'plugin-dir';
  if (/(?:\.openclaw|\.clawdbot|\.moltbot|\.agents)[\\/]+(?:workspace[\\/]+)?skills\b/i.test(p)) return 'skill-root';
  if (AI_TOOL_CONFIG.test(p)) return 'ai-tool-config';
  if (/\.(?:bashrc|zshrc|bash_profile|zprofile|profile|zshenv|bash_login|config[\\/]fish[\\/]config\.fish)\b|Microsoft\.PowerShell_profile\.ps1|\$PROFILE/i.test(p)) return 'shell-rc';
  if (/LaunchAgents|LaunchDaemons|\/etc\/systemd|\.config[\\/]systemd|\/etc\/cron|\/var\/spool\/cron|crontab|autostart|Start Menu[\\/]+Programs[\\/]+Startup|CurrentVersion[\\/]+Run|\/etc\/rc\.local|\/etc\/init\.d|\.git[\\/]hooks/i.test(p.replace(REPORT_NAMED, ''))) return 'autostart';
  if (PYTHON_STARTUP.test(p)) return 'autostart';
  if (/\.ssh[\\/](?:config|authorized_keys)/i.test(p)) return 'ssh-config';
  if (/\.npmrc\b|\.yarnrc|\.pip[\\/]pip\.conf|pip\.ini/i.test(p)) return 'npmrc';
  if (/\.github[\\/]workflows|\.gitlab-ci\.yml|\.circleci/i.test(p)) return 'ci-workflow';
  if (/^\/(?:etc|usr|bin|sbin|lib|boot|var\/lib)\/|^[A-Z]:\\(?:Windows|Program Files)/i.test(p)) return 'system';
  if (/^\/tmp\/|^\/var\/tmp\/|\$TMPDIR|%TEMP%|os\.tmpdir|tempfile|mktemp|\\Temp\\/i.test(p)) return 'temp';
  if (/^~|\$HOME|\$\{HOME\}|%USERPROFILE%|homedir|expanduser/i.test(p)) return 'home';
  return 'other';
}

/** The persistence mechanism a written location or a command implies. */
/**
 * Does setting `key` of OpenClaw's configuration to `value` switch off one of its guards? The sandbox, exec approvals,
 * the install policy, elevated execution, who may message the agent, which tools and plugins may run, the gateway's
 * auth. Returns what the setting does, or undefined for any other setting (a model, a key, a channel's token).
 */
export function weakenedGuard(key: string, value: string): string | undefined {
  const v = value.replace(/^["'`]+|["'`]+$/g, '').trim();
  for (const [k, w, what] of WEAKENING) if (k.test(key) && w.test(v)) return what;
  return undefined;
}
const OFF = /^(?:off|false|none|null|never|disabled?|0)$/i;
/** A guard's setting (one weakenedGuard knows) given a value that does not weaken it (`tools.exec.ask on-miss`). */
export function keepsGuard(key: string, value: string): boolean {
  return WEAKENING.some(([k]) => k.test(key)) && !weakenedGuard(key, value);
}
/**
 * The guards a settings file (JSON: OpenClaw's config, an editor's or an AI tool's settings) switches off as written
 * over what it held before: each key, flattened to its dotted path, that weakenedGuard names and whose value changed.
 */
export function weakenedSettings(before: string | undefined, after: string): string[] {
  const flat = (text: string | undefined): Map<string, string> => {
    const out = new Map<string, string>();
    if (!text) return out;
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/[^\n]*/g, '$1').replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return out;
    }
    const walk = (x: unknown, key: string, depth: number): void => {
      if (out.size > 400 || depth > 6) return;
      if (x && typeof x === 'object' && !Array.isArray(x)) for (const [k, v] of Object.entries(x)) walk(v, key ? `${key}.${k}` : k, depth + 1);
      // (a list of entries, an allowlist's patterns: each by its place)
      else if (Array.isArray(x) && x.some((v) => v && typeof v === 'object')) x.slice(0, 50).forEach((v, i) => walk(v, `${key}.${i}`, depth + 1));
      else if (key) out.set(key, Array.isArray(x) ? x.map(String).join(' ') : String(x));
    };
    walk(data, '', 0);
    return out;
  };
  const was = flat(before);
  const out: string[] = [];
  for (const [k, v] of flat(after)) {
    const what = weakenedGuard(k, v);
    if (what && was.get(k) !== v && !out.includes(what)) out.push(what);
  }
  return out;
}
const WEAKENING: Array<[RegExp, RegExp, string]> = [
  [/(?:^|\.)sandbox(?:\.mode|\.enabled)?$/i, OFF, 'switches the sandbox off'],
  [/(?:^|\.)exec\.ask$|(?:^|\.)approvals?(?:\.exec)?(?:\.mode|\.enabled)?$/i, OFF, 'switches exec approvals off'],
  [/(?:^|\.)exec\.(?:security|mode)$/i, /^full$/i, 'gives exec full host access without approval'],
  [/(?:^|\.)elevated\.(?:enabled|allowFrom)$/i, /^true$|\*/, 'allows elevated execution'],
  [/(?:^|\.)(?:dm|group)Policy$/i, /^open$/i, 'lets anyone message the agent'],
  // a channel's sender allowlist given anyone, or a number the code itself names (the user's own comes from them)
  [/(?:^|\.)channels\.[\w-]+\.(?:groupA|a)llowFrom$/i, /(?:^|[\s"'\\[,])(?:\*|\+?\d[\d -]{6,}\d)(?=[\s"'\\\],]|$)/, 'lets a sender the code names message the agent'],
  [/(?:^|\.)installPolicy(?:\.enabled)?$/i, OFF, 'switches the install policy off'],
  [/(?:^|\.)(?:plugins|tools)\.allow$/i, /\*/, 'allows every plugin or tool'],
  [/(?:^|\.)gateway\.auth\.mode$/i, /^none$/i, 'opens the gateway without auth'],
  // exec-approvals.json: every agent's commands run unasked, or a pattern that allows any command
  [/^(?:defaults|agents\.[^.]+)\.ask$/i, OFF, 'switches exec approvals off'],
  [/^(?:defaults|agents\.[^.]+)\.security$/i, /^full$/i, 'gives exec full host access without approval'],
  [/^agents\.[^.]+\.allowlist\.\d+\.pattern$/i, /^\*{1,2}$/, 'allows every command without approval'],
  // an editor's assistant and its folders: tool calls approved unasked, workspace trust off, a folder's tasks run on open;
  // Claude Code's permission prompts skipped
  [/^chat\.tools\.(?:global\.|edits\.|terminal\.)?autoApprove$/i, /^true$/i, "approves the editor assistant's tool calls unasked"],
  [/^security\.workspace\.trust\.enabled$/i, /^false$/i, "switches the editor's workspace trust off"],
  [/^task\.allowAutomaticTasks$/i, /^on$/i, "runs a folder's tasks when it is opened"],
  [/(?:^|\.)permissions\.defaultMode$/i, /^bypassPermissions$/i, "skips Claude Code's permission prompts"],
  [/^enableAllProjectMcpServers$/i, /^true$/i, "starts every project's MCP servers without asking"],
];

export function persistenceOf(given: string): PersistMechanism | undefined {
  const textOrPath = given.replace(REPORT_NAMED, '');
  // (OpenClaw's own scheduler: the jobs in its store run agent turns on schedule)
  if (/\bcrontab\b|\/etc\/cron|\/var\/spool\/cron|(?:\.openclaw|\.clawdbot|\.moltbot|OPENCLAW_STATE_DIR\}?)[\\/]+cron[\\/]+jobs\.json$/i.test(textOrPath)) return 'cron';
  // (a variable launchd hands every program the user starts from then on: a preload)
  if (/launchctl\s+setenv\s+(?:DYLD_INSERT_LIBRARIES|NODE_OPTIONS\s+["']?[^\n]*?(?:--require|--import|--loader|-r)[=\s])/i.test(textOrPath)) return 'library-preload';
  if (/LaunchAgents|LaunchDaemons|launchctl\s+(?:load|bootstrap)/i.test(textOrPath)) return 'launchd';
  if (/systemctl\s+(?:--user\s+)?enable|\/etc\/systemd|\.config[\\/]systemd/i.test(textOrPath)) return 'systemd';
  if (/CurrentVersion[\\/]+Run|HKCU:?\\+Software\\+Microsoft\\+Windows\\+CurrentVersion\\+Run|reg\s+add\b.*\\Run\b/i.test(textOrPath)) return 'run-key';
  if (/schtasks(?:\.exe)?\s+\/create|Register-ScheduledTask|New-ScheduledTask/i.test(textOrPath)) return 'scheduled-task';
  if (/\.git[\\/]hooks/i.test(textOrPath)) return 'git-hook';
  // a git hook by its name, in a hooks folder or in one the program computed (`os.path.join(hooks_dir(repo), "post-commit")`)
  // (or husky's: `.husky/pre-commit`, the folder `husky install` points git's hooksPath at)
  if (/(?:^|[\\/])(?:hooks|\.husky|\.githooks|\$\{[^}]*\})[\\/]+(?:pre-commit|post-commit|pre-push|post-checkout|post-merge|prepare-commit-msg|commit-msg|post-rewrite|pre-rebase|pre-applypatch|post-applypatch|pre-auto-gc|reference-transaction)$/i.test(textOrPath)) return 'git-hook';
  if (/\.github[\\/]workflows|\.gitlab-ci\.yml/i.test(textOrPath)) return 'ci-workflow';
  // (not a report, a copy or a file being prepared named after one: authorized_keys.txt, .bak, .new)
  if (/authorized_keys2?(?![\w-]|\.(?:txt|log|json|csv|md|html?|out|bak|orig|old|new|tmp|temp)\b)/i.test(textOrPath)) return 'authorized-keys';
  if (/\/etc\/ld\.so\.preload\b/.test(textOrPath)) return 'library-preload';
  if (PYTHON_STARTUP.test(textOrPath)) return 'python-startup';
  if (/\.(?:bashrc|zshrc|bash_profile|zprofile|profile|zshenv)\b|PowerShell_profile|\$PROFILE\b|[\\/]\.config[\\/]+fish[\\/]+config\.fish$|[\\/]\.config[\\/]+environment\.d[\\/]+[^\\/]+\.conf$|[\\/]\.pam_environment$/i.test(textOrPath)) return 'shell-rc';
  // (a project's .envrc: direnv runs it in the user's shell at every cd into the folder, once allowed)
  if (/(?:^|[\\/])\.envrc$/.test(textOrPath)) return 'shell-rc';
  return undefined;
}

const PLATFORM_NAME = /\b(?:open[-_ ]?claw|claw[-_ ]?hub|clawd(?:bot)?|molt[-_ ]?bot|claw[-_ ]?cli)\b/i;
const OFFICIAL_PLATFORM_HOST = /(?:^|\.)(?:openclaw\.ai|clawhub\.ai|clawhub\.com|npmjs\.com|registry\.npmjs\.org)$|^github\.com$/i;

/** Does a tool name claim to be part of the host platform (OpenClaw, ClawHub, clawdbot, moltbot)? */
export function namesPlatform(name: string): boolean {
  return PLATFORM_NAME.test(name);
}
/** Is `url` one of the platform's official distribution points? (github.com/openclaw/... counts.) */
export function isOfficialPlatformSource(url: string): boolean {
  const host = hostOf(url);
  if (host === 'github.com' || host === 'raw.githubusercontent.com' || host === 'objects.githubusercontent.com') return /github(?:usercontent)?\.com\/openclaw\//i.test(url);
  return OFFICIAL_PLATFORM_HOST.test(host);
}

/**
 * What a start-up file's new text makes of it: a shell rc or environment file that sets `LD_PRELOAD` or
 * `DYLD_INSERT_LIBRARIES` loads that library into every program started from then on (`library-preload`).
 */
export function startupOf(mechanism: PersistMechanism, text: string | undefined): PersistMechanism {
  if ((mechanism !== 'shell-rc' && mechanism !== 'systemd') || text === undefined) return mechanism;
  if (mechanism === 'shell-rc') for (const m of text.matchAll(PRELOAD_SET)) if (!SYSTEM_LIBRARY.test(m[1])) return 'library-preload';
  // (Node's own: NODE_OPTIONS preloading a module file, in a shell's, a session's or a service's environment: every node
  // program started from then on, the gateway and npm among them, runs it first)
  for (const m of text.matchAll(NODE_PRELOAD_SET)) if (MODULE_FILE.test(m[1])) return 'library-preload';
  return mechanism;
}
const NODE_PRELOAD_SET = /\bNODE_OPTIONS\b[^\n]{0,200}?(?:--require|--import|--loader|--experimental-loader|-r)[=\s]+["']?([^\s"';]+)/g;
/** A module given as a file (`/home/u/.cache/x/hook.js`, `./hook.cjs`, `$HOME/…`), not a package's name (`ts-node/register`). */
const MODULE_FILE = /^(?:[/~.$]|[A-Za-z]:[\\/])|\.[cm]?js$/;
const PRELOAD_SET = /(?:^|[\s;'"])(?:export\s+|setenv\s+|set\s+-gx\s+)?(?:LD_PRELOAD|DYLD_INSERT_LIBRARIES)(?:=|\s+)["']?([^\s"':;]*)/gm;
/** A library the system's package manager installed (jemalloc or tcmalloc by name or under /usr, /lib, Homebrew): tuning, not a plant. */
const SYSTEM_LIBRARY = /^(?:\/usr\/|\/lib(?:32|64)?\/|\/opt\/homebrew\/|lib[\w.+-]+\.(?:so|dylib)\b)/;

/**
 * A write to a persistence location that starts nothing: text that only sets environment variables (`export
 * PATH="$HOME/.npm-global/bin:$PATH"`, `NAME=value`; no command, no substitution) written into a shell rc file
 * configures the shell. Unknown text is not known to be that.
 */
export function startsNothing(mechanism: string, text: string | undefined): boolean {
  return mechanism === 'shell-rc' && text !== undefined && onlySetsVariables(text);
}
function onlySetsVariables(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => /^(?:export\s+)?[A-Za-z_]\w*=(?:"[^"`]*"|'[^']*'|[^\s;&|`'"]*)$/.test(l) && !/\$\(/.test(l));
}

/**
 * A Defender exclusion that stops it scanning what malware uses: a whole drive, the user's profile or temp folders,
 * every file of a kind (`-ExclusionExtension`), or an interpreter's process. A project folder excluded for build
 * speed (what Microsoft's own guidance suggests) is not one.
 */
export function broadDefenderExclusion(text: string): boolean {
  return /-ExclusionExtension\b|-ExclusionProcess\b[^\n]*\b(?:node|powershell|pwsh|cmd|wscript|cscript|mshta|python\w*|rundll32|regsvr32)(?:\.exe)?\b|-ExclusionPath\b[^\n]*?(?:['"\s,(@]|^)(?:[A-Za-z]:\\?['"]?(?=\s*(?:[,)]|$))|\$env:(?:USERPROFILE|TEMP|TMP|APPDATA|LOCALAPPDATA|ProgramData|SystemDrive|windir)\b|\$HOME\b|%(?:USERPROFILE|TEMP|TMP|APPDATA|SystemDrive)%)/im.test(text);
}

/**
 * A WMI event subscription's consumer (`Set-WmiInstance -Class CommandLineEventConsumer -Arguments
 * @{CommandLineTemplate='…'}`): Windows runs its command on every event of its filter, boot after boot. The command
 * line it runs ('' when it names none), or undefined when `text` creates no such consumer.
 */
export function wmiConsumerCommand(text: string): string | undefined {
  if (!/\b(?:Set-WmiInstance|New-CimInstance)\b/i.test(text) || !/\b(?:CommandLineEventConsumer|ActiveScriptEventConsumer)\b/i.test(text)) return undefined;
  return /\bCommandLineTemplate\s*=\s*(['"])(.*?)\1/i.exec(text)?.[2] ?? '';
}
