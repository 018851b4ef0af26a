/**
 * Which files are worth emulating. Emulation costs a few milliseconds per run, so it is kept for files
 * with a reason: install-time and plugin/load entries always; any other JavaScript only when it shows what
 * static folding cannot follow (computed requires, home-made decoders, eval / Function / vm / Module's _compile, big
 * high-entropy string tables). A cheap test over the text: regexes and one entropy pass, no parse.
 */

const JS_FILE = /\.(?:c|m)?js$|\.(?:c|m)?ts$/i;

/**
 * What makes a package an MCP server, the one test of it: it uses the SDK, or its own code answers the protocol's
 * methods (`case "tools/list"`). A client (the agent) lists and calls its tools; persona.ts runs it as its client does.
 */
export const MCP_SDK = '@modelcontextprotocol/sdk';
export const MCP_METHODS = /["'`]tools\/(?:list|call)["'`]/;

const REASONS: RegExp[] = [
  /\brequire\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))[^)\s]/, // require(<computed>)
  /\bimport\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))[^)\s]/, // import(<computed>)
  /\bfromCharCode\b/,
  /\bcharCodeAt\s*\([^)]*\)\s*(?:\^|[-+]\s*\w|%)/, // char-code arithmetic
  /\^\s*(?:\w+\.charCodeAt|\w+\[\s*\w+\s*%\s*\w+(?:\.length)?\s*\])/, // XOR against a key
  /\batob\s*\(/,
  /Buffer\.from\s*\((?:[^()]|\([^()]*\))*,\s*['"](?:base64|hex|base64url)['"]\s*\)/, // (its text may be a call: TABLE.join(''))
  /\bReflect\.get\s*\(\s*(?:globalThis|global|window|self)\b|\b(?:globalThis|global)\s*\[\s*(?!['"`])/, // a global reached by a computed name
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*['"`\w]/,
  /\bvm\.(?:runIn\w+Context|Script|compileFunction)|\brequire\s*\(\s*['"](?:node:)?vm['"]\s*\)/,
  /\._compile\s*\(|\bModule\._load\s*\(/, // a module compiled from text by hand
  /\\x[0-9a-f]{2}(?:\\x[0-9a-f]{2}){15,}/i, // long hex-escape runs
  /createDecipheriv|zlib\.(?:inflate|gunzip|brotliDecompress)Sync/,
  /\\x[0-9a-f]{2}\\x[0-9a-f]{2}\\x/i, // hex-escaped strings
  /_0x[0-9a-f]{4}/, // an obfuscator's identifiers
  // code that reaches the network or runs programs: what it sends, and where, is often computed
  /\bprocess\.env\b[^;\n]{0,80}\b(?:https?|fetch|request|post)\b/i,
  /\brequire\s*\(\s*['"](?:node:)?(?:https?|net|dns|tls|child_process|dgram)['"]\s*\)|\bfrom\s+['"](?:node:)?(?:https?|net|dns|tls|child_process|dgram)['"]/,
  // (or through an HTTP client library: undici, axios, got, node-fetch …)
  /\brequire\s*\(\s*['"](?:undici|axios|got|node-fetch|superagent|needle|phin|centra|cross-fetch|ofetch|ky)['"]\s*\)|\bfrom\s+['"](?:undici|axios|got|node-fetch|superagent|needle|phin|centra|cross-fetch|ofetch|ky)['"]/,
  /\bfetch\s*\(\s*['"`]https?:|\b(?:globalThis|window|self|global)\.fetch\b|\bXMLHttpRequest\b|\bsendBeacon\b|\bnew\s+WebSocket\s*\(/,
  // a page's clipboard or wallet: what the user copies or pays can be swapped (the browser run copies and pays)
  // (an injected provider by any name the page's window goes by, an EIP-6963 announcement, a wallet request's method)
  /\bclipboardData\.setData\b|\bclipboard\.writeText\b|addEventListener\(\s*['"]copy['"]|[\w$\]]\.(?:ethereum|phantom|tronWeb|tronLink)\b|['"]eth_(?:sendTransaction|signTypedData\w*|requestAccounts|sign)['"]|['"]eip6963:/,
  // an MCP server: the descriptions of its tools are text the model reads, and may change after weeks of use
  new RegExp(`['"]${MCP_SDK.replace(/\//g, '\\/')}\\b`),
  MCP_METHODS, // an MCP server answering the protocol itself: the agent uses its tools
  // code that names where a machine starts things (shell start-up files, login keys, schedulers): what it writes there runs later
  /['"`/\\](?:\.bashrc|\.zshrc|\.bash_profile|\.zprofile|\.profile|authorized_keys|crontab)\b|\bLaunchAgents\b|[/\\]autostart[/\\'"`]|CurrentVersion\\\\Run\b/,
  // code that hands data to another thread or process of its own: where it goes is in a file no import names
  /\bnew\s+Worker\s*\(|\bworker_threads\b/,
];

/**
 * Code that names the settings of the user's agents (OpenClaw's state, other AI tools' MCP server lists and permission
 * settings, the files an agent reads as instructions): what it writes there is run or followed by them later. A reason
 * in a package that is no OpenClaw plugin (a plugin names its own gateway's settings as a matter of course).
 */
const AGENT_SETTINGS = /['"`/\\]\.(?:openclaw|clawdbot|claude|cursor|gemini|codex|codeium|windsurf)\b|\.claude\.json\b|\bclaude_desktop_config\b|\bmcp_?[sS]ervers\b|\bexec-approvals\b|\bopenclaw\.json\b|\b(?:AGENTS|SOUL|MEMORY|TOOLS|HEARTBEAT)\.md\b|\bchat\.(?:tools|mcp)\.|\bsecurity\.workspace\.trust\b|\bbypassPermissions\b/;

/**
 * Code that looks up where the user is (the time zone or locale, the language variables) and writes or removes files:
 * what it does to them may happen only in one country, which the emulator's run on another region shows.
 */
const REGION_READ = /resolvedOptions\s*\(\s*\)\s*\.\s*(?:timeZone|locale)\b|\bprocess\.env\.(?:LANG|LC_ALL|LC_MESSAGES|LANGUAGE|TZ)\b|\bgetTimezoneOffset\s*\(/;
const FILE_CHANGE = /\b(?:writeFile|appendFile|truncate|unlink|rm|rmdir)(?:Sync)?\s*\(/;

/**
 * A bundler's plugin (Vite's or Rollup's build hooks, esbuild's setup(build)) that reaches the network or runs
 * programs: its hooks run in every production build of each project that uses it, with the project's files and CI
 * environment, and what a late hook sends may be what an early one gathered.
 */
const BUILD_HOOK = /\b(?:configResolved|buildStart|closeBundle|generateBundle|writeBundle|renderChunk|transformIndexHtml)\s*\(|\bsetup\s*\(\s*build\s*\)/;
const REACHES_OUT = /\bfetch\s*\(|\brequest\s*\(|\bexec(?:Sync|File)?\s*\(|\bspawn(?:Sync)?\s*\(/;
/** A fetch to an address built from one the code names (`https://edge.example/r/${host}`): where it goes is computed. */
const FETCH_CALL = /\bfetch\s*\(/;
const URL_LITERAL = /['"`]https?:\/\/[\w-]/;

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A long string literal (or a table of many) that looks like encoded data rather than prose or code. */
function hasEntropyTable(text: string): boolean {
  const long = text.match(/(['"`])[A-Za-z0-9+/=_\-\\x%]{200,}\1/g);
  if (long?.some((s) => entropy(s.slice(1, -1).slice(0, 4000)) > 4.6)) return true;
  const arr = text.match(/\[\s*(?:(['"])[^'"\n]{6,}\1\s*,\s*){40,}/);
  if (arr && entropy(arr[0].slice(0, 4000)) > 4.8) return true;
  return false;
}

/**
 * Whether code shows a reason to run it rather than read it: what static folding cannot follow (computed requires,
 * home-made decoders, eval / Function / vm, obfuscated or high-entropy tables) or a reach to the network or to
 * programs. The one test of the engine (a package's load-time files, src/inspect/effects/collect.ts, and
 * `shouldEmulate`).
 */
export function emulationReason(text: string, opts: { plugin?: boolean } = {}): boolean {
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  return REASONS.some((re) => re.test(sample)) || (!opts.plugin && AGENT_SETTINGS.test(sample)) || (FETCH_CALL.test(sample) && URL_LITERAL.test(sample)) || (REGION_READ.test(sample) && FILE_CHANGE.test(sample)) || (BUILD_HOOK.test(sample) && REACHES_OUT.test(sample)) || hasEntropyTable(sample);
}

/** Should this file be emulated? `reach` is the file's reachability ('install', 'load', 'bin', 'agent', …). */
export function shouldEmulate(path: string, text: string, reach: string): boolean {
  if (!JS_FILE.test(path) && !/^#!.*\bnode\b/.test(text)) return false;
  if (reach === 'install' || reach === 'load' || reach === 'bin') return true;
  if (reach === 'never') return false;
  return emulationReason(text);
}

/**
 * The file a skill's command is given where its text names the user's file by a placeholder (`<file.vcf>`: effects/
 * collect.ts), without its extension: persona.ts puts it in the project folder, empty.
 */
export const USER_INPUT = '~/project/input';
