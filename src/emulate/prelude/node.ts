/**
 * Prelude, part 2: the recording built-ins. Every function that would touch the outside world records a
 * trace event (`rec`) and returns something plausible: a virtual file system seeded with canary secrets,
 * an execSync that returns empty output, sockets that accept writes, HTTP responses whose body is an
 * inert marker (so "downloaded then eval'd" is recognisable), a platform() of the persona.
 *
 * Evaluated inside the QuickJS sandbox only (see ./base.ts for why this is a string).
 */
/**
 * A text shaped as a wallet address (Ethereum, Bitcoin, Tron, Solana): what the sandbox's clipboard check looks for,
 * and what the host's lowering takes for a recipient (../lower.ts).
 */
export const WALLET_ADDRESS = /(?:0x[0-9a-zA-Z]{38,42}|bc1[0-9a-z]{20,60}|\b[13][1-9A-HJ-NP-Za-km-z]{25,34}|\bT[1-9A-HJ-NP-Za-km-z]{33}|\b[1-9A-HJ-NP-Za-km-z]{32,44})(?![0-9A-Za-z])/;

const NODE_HEAD = String.raw`
// ---------------------------------------------------------------- persona and process
var __persona = cfg.persona, __isWin = __persona === 'win32';
var path = __isWin ? win32 : posix;
function __posixCwd() { return __isWin ? '/' : __cwd; }
function __winCwd() { return __isWin ? __cwd : 'C:\\'; }
var __cwd = cfg.cwd || cfg.root;
// Once a node child runs in this sandbox beside its parent (__followNode), an exit ends one of them, not the run: the
// other keeps going (a detached child outlives its parent; a hook's process exits on its own).
// (so does an exit in a call the harness makes as another process would: a validator's run on a machine set up halfway)
var __exited = false, __EXIT = { __exit: true }, __ONE_EXIT = { __exit: true }, __apart = 0;
function __uncaught(e) {
  if (e === __ONE_EXIT) return;
  var msg = e && e.stack ? String(e.message) : String(e);
  rec({ k: 'uncaught', msg: __trunc(msg, 300) });
}

/** The first look at the platform: a library entry that never looks runs as linux only (see engine.ts). */
var __probed = false;
function __probe(api) { if (!__probed) { __probed = true; rec({ k: 'platform', api: api }); } }
/** The first look at the region (locale, time zone): an entry that looks runs again on the other region (see engine.ts). */
var __regionSeen = false;
function __regionRead(api) { if (!__regionSeen) { __regionSeen = true; rec({ k: 'region', api: api }); } }
var __REGION_ENV = { LANG: 1, LANGUAGE: 1, LC_ALL: 1, LC_MESSAGES: 1, LC_CTYPE: 1, LC_TIME: 1, TZ: 1 };
var __PLATFORM_ENV = { HOME: 1, USERPROFILE: 1, APPDATA: 1, LOCALAPPDATA: 1, ComSpec: 1, COMSPEC: 1, OS: 1, windir: 1, WINDIR: 1, SystemRoot: 1, SYSTEMROOT: 1, TMPDIR: 1, TEMP: 1, SHELL: 1, HOMEDRIVE: 1, PROGRAMFILES: 1, XDG_CONFIG_HOME: 1 };
// A look for a CI variable the machine lacks (a developer's machine has none): the entry runs again as a CI runner;
// a look for NODE_ENV, which a developer's shell leaves unset: again as a production server (persona.ts Deployment).
var __CI_ENV = { CI: 1, CONTINUOUS_INTEGRATION: 1, GITHUB_ACTIONS: 1, GITHUB_WORKFLOW: 1, GITHUB_RUN_ID: 1, GITHUB_REPOSITORY: 1, RUNNER_OS: 1, GITLAB_CI: 1, CI_JOB_TOKEN: 1, CIRCLECI: 1, TRAVIS: 1, BUILDKITE: 1, JENKINS_URL: 1, BUILD_NUMBER: 1, TF_BUILD: 1, BITBUCKET_BUILD_NUMBER: 1, TEAMCITY_VERSION: 1, CODEBUILD_BUILD_ID: 1, DRONE: 1 };
// and a look for the variables an editor's integrated terminal sets: again inside VS Code's terminal
// and a look for what a supervisor sets: again as the gateway run as a service
var __SERVICE_ENV = { INVOCATION_ID: 1, JOURNAL_STREAM: 1, XPC_SERVICE_NAME: 1, LAUNCH_JOB_LABEL: 1, pm_id: 1, PM2_HOME: 1, NOTIFY_SOCKET: 1 };
var __EDITOR_ENV = { TERM_PROGRAM: 1, TERM_PROGRAM_VERSION: 1, VSCODE_PID: 1, VSCODE_IPC_HOOK_CLI: 1, VSCODE_GIT_IPC_HANDLE: 1, VSCODE_INJECTION: 1, VSCODE_CWD: 1 };
var __deploySeen = {};
function __deploymentLook(t, k) {
  if (typeof k !== 'string') return;
  // (a library asking whether npm started the process: the gateway a supervisor starts has no npm variables)
  if (/^npm_(?:lifecycle_event|lifecycle_script|command|execpath)$/.test(k) && cfg.reach !== 'install' && Object.prototype.hasOwnProperty.call(t, k)) { if (!__deploySeen.service) { __deploySeen.service = true; rec({ k: 'deployment', place: 'service', api: 'process.env.' + k }); } return; }
  if (Object.prototype.hasOwnProperty.call(t, k)) return;
  var place = __CI_ENV[k] === 1 ? 'ci' : k === 'NODE_ENV' ? 'production' : __SERVICE_ENV[k] === 1 ? 'service' : __EDITOR_ENV[k] === 1 ? 'editor' : '';
  if (place && !__deploySeen[place]) { __deploySeen[place] = true; rec({ k: 'deployment', place: place, api: 'process.env.' + k }); }
}
var __envBase = cfg.env, __envSecret = cfg.envCanary, __envAllSeen = false;
var __envTarget = {}, __envSweep = null, __envSweepAt = 0;
Object.keys(__envBase).forEach(function (k) { __envTarget[k] = __envBase[k]; });
var __env = new Proxy(__envTarget, {
  get: function (t, k) {
    if (typeof k === 'string' && __PLATFORM_ENV[k] === 1) __probe('process.env.' + k);
    __deploymentLook(t, k);
    // (a copy of the whole environment, key after key in the order ownKeys gave, does not look at the region)
    if (__envSweep && __envSweep[__envSweepAt] === k) __envSweepAt++;
    else if (typeof k === 'string' && __REGION_ENV[k] === 1) __regionRead('process.env.' + k);
    if (typeof k === 'string' && Object.prototype.hasOwnProperty.call(__envSecret, k) && t[k] === __envBase[k]) rec({ k: 'env', name: k, id: __envSecret[k] });
    return t[k];
  },
  has: function (t, k) { __deploymentLook(t, k); return k in t; },
  ownKeys: function (t) { if (!__envAllSeen) { __envAllSeen = true; rec({ k: 'envall' }); } __envSweep = Reflect.ownKeys(t); __envSweepAt = 0; return __envSweep.slice(); },
  set: function (t, k, v) { t[k] = String(v); return true; },
  deleteProperty: function (t, k) { delete t[k]; return true; },
});

var process = new EventEmitter();
Object.defineProperty(process, 'platform', { get: function () { __probe('process.platform'); return __persona; }, enumerable: true, configurable: true });
process.arch = cfg.arch; process.version = 'v20.18.1';
process.versions = { node: '20.18.1', v8: '11.3.244.8-node.23', uv: '1.46.0', modules: '115', openssl: '3.0.15+quic' };
process.release = { name: 'node', lts: 'Iron' };
process.env = __env;
process.argv = (cfg.inline ? [cfg.execPath] : [cfg.execPath, cfg.entryAbs]).concat(cfg.entryArgs || []);
process.argv0 = 'node'; process.execArgv = []; process.execPath = cfg.execPath;
process.pid = 4242; process.ppid = 4241; process.title = 'node'; process.exitCode = undefined;
// (in the gateway run as a service: its command line and title, started by the supervisor)
if (cfg.service) { process.argv = [cfg.execPath, path.join(cfg.home, '.npm-global', 'lib', 'node_modules', 'openclaw', 'openclaw.mjs'), 'gateway', 'run']; process.title = 'openclaw-gateway'; process.ppid = 1; }
process.cwd = function () { return __cwd; };
process.chdir = function (d) { __cwd = path.resolve(String(d)); };
process.exit = function (c) { process.exitCode = c; if (__follow > 0 || __apart > 0) throw __ONE_EXIT; __exited = true; throw __EXIT; };
process.reallyExit = process.exit;
process.abort = process.exit;
process.kill = function (pid, sig) { rec({ k: 'kill', pid: String(pid), sig: String(sig || '') }); return true; };
process.nextTick = function (fn) { var a = __sl.call(arguments, 1); Promise.resolve().then(function () { fn.apply(undefined, a); }); };
process.hrtime = function (prev) { var t = __now(); var s = Math.floor(t / 1000), ns = (t % 1000) * 1e6; if (prev) { s -= prev[0]; ns -= prev[1]; if (ns < 0) { s--; ns += 1e9; } } return [s, ns]; };
process.hrtime.bigint = function () { return BigInt(__now()) * 1000000n; };
process.uptime = function () { return (__clock + __drift) / 1000 + 0.05; };
process.memoryUsage = function () { return { rss: 5e7, heapTotal: 2e7, heapUsed: 1e7, external: 1e6, arrayBuffers: 1e4 }; };
process.cpuUsage = function () { return { user: 1000, system: 500 }; };
process.resourceUsage = function () { return {}; };
process.getuid = process.geteuid = function () { return __isWin ? undefined : 1000; };
process.getgid = process.getegid = function () { return __isWin ? undefined : 1000; };
if (__isWin) { delete process.getuid; delete process.geteuid; delete process.getgid; delete process.getegid; }
process.umask = function () { return 18; };
process.emitWarning = function () {};
process.binding = function (n) { throw new Error('No such module: ' + n); };
process.config = { variables: {} };
process.features = {};
// A bin is run by its user at a terminal; install scripts and libraries write to a pipe (npm's, the program's).
// (a command the user runs has their terminal; a library that looks for one and finds none runs again with one, as
// when a command the user runs loads it: persona.ts Deployment 'terminal')
var __tty = cfg.reach === 'bin' || cfg.tty === true;
function __ttyLook() { if (!__tty && !__deploySeen.terminal) { __deploySeen.terminal = true; rec({ k: 'deployment', place: 'terminal', api: 'process.stdout.isTTY' }); } return __tty; }
// A command run with no words that prints how to run it (usage: md-toc <file.md>): the host runs it again so.
var __usageSeen = cfg.reach !== 'bin' || (cfg.entryArgs || []).length > 0;
// A prompt on the terminal for the machine's own password (sudo's, the login's, an administrator's): what the user
// types next is that password. A tool's prompt for its own service's password (a registry login) is answered with
// nothing, as before: that password goes to that service.
var __PASSWORD_PROMPT = /\[sudo\]|\bsudo\b[^\n]{0,20}\bpassword\b|\bpassword\s+for\s+[\w.-]+\s*:|\b(?:login|account|system|admin(?:istrator)?|root|mac(?:os)?|computer|keychain|user)\s+password\b|\bpasswort\s+f\u00fcr\b|\bmot de passe (?:de session|administrateur)\b|\bcontrase\u00f1a (?:de|del) (?:usuario|administrador|sistema)\b/i, __pwPrompt = false;
/** What the program prints (console, standard output and error, the terminal): a usage line, a password prompt. */
function __outputLook(args) { if (__pwPrompt && __usageSeen) return; for (var i = 0; i < args.length; i++) { var t = typeof args[i] === 'string' ? args[i] : args[i] instanceof Uint8Array ? Buffer.from(args[i]).toString('utf8') : ''; if (!__pwPrompt && __PASSWORD_PROMPT.test(t)) __pwPrompt = true; if (__usageSeen) continue; var m = /\busage:?\s+\S+[^\n]{0,200}/i.exec(t); if (m) { __usageSeen = true; rec({ k: 'usage', text: m[0] }); } } }
/** A terminal input stream (tty.ReadStream, process.stdin read raw): after a password prompt, the user types the password. */
function __typesPassword(s) { var on = s.on; s.on = s.addListener = function (ev, fn) { on.call(s, ev, fn); if (ev === 'data' && __pwPrompt && !s.__typed) { s.__typed = true; setImmediate(function () { s.emit('data', Buffer.from(cfg.storeAnswers['user-credentials'] + '\r')); }); } return s; }; return s; }
function __TtyReadStream(fd) { var s = new EventEmitter(); s.fd = fd; s.isTTY = true; s.isRaw = false; s.setRawMode = function (m) { s.isRaw = !!m; return s; }; s.destroy = s.pause = s.resume = s.setEncoding = s.ref = s.unref = function () { return s; }; return __typesPassword(s); }
process.stdout = Object.defineProperty(Object.assign(new EventEmitter(), { write: function (d) { __outputLook(arguments); if (__stdoutTap) __stdoutTap(d); return true; }, columns: 80, fd: 1, end: function () {} }), 'isTTY', { get: __ttyLook, enumerable: true, configurable: true });
process.stderr = Object.defineProperty(Object.assign(new EventEmitter(), { write: function () { __outputLook(arguments); return true; }, columns: 80, fd: 2, end: function () {} }), 'isTTY', { get: __ttyLook, enumerable: true, configurable: true });
process.stdin = Object.assign(new EventEmitter(), { isTTY: __tty, fd: 0, setEncoding: function () {}, resume: function () {}, pause: function () {}, setRawMode: function () {}, read: function () { return null; } });
// (a server speaking MCP's JSON-RPC over stdin reads its client's requests as they come)
(function (on) { process.stdin.on = process.stdin.addListener = function (ev, fn) { on.call(process.stdin, ev, fn); if (ev === 'data' && cfg.mcpStdio) __mcpStdio(function (l) { process.stdin.emit('data', Buffer.from(l + '\n')); }); return process.stdin; }; })(process.stdin.on);
/**
 * A client of a server that speaks MCP's JSON-RPC on stdin and stdout (cfg.mcpStdio): it initializes (the
 * instructions the server answers with go into the model's prompt), lists the tools and uses them as __mcpUse does,
 * each call a request whose answer the server writes to stdout.
 */
var __stdoutTap = null, __mcpStdioOn = false;
function __mcpStdio(deliver) {
  if (__mcpStdioOn) return;
  __mcpStdioOn = true;
  var next = 1, waiting = {}, buf = '';
  __stdoutTap = function (d) {
    buf += typeof d === 'string' ? d : d instanceof Uint8Array ? Buffer.from(d).toString('utf8') : '';
    var lines = buf.split('\n'); buf = lines.pop() || '';
    lines.forEach(function (l) { var m; if (!/^\s*\{/.test(l)) return; try { m = JSON.parse(l); } catch (e) { return; } if (m && m.id != null && waiting[m.id]) { var w = waiting[m.id]; delete waiting[m.id]; w(m.result); } });
  };
  // (a request the server never answers is given up after a client's timeout, on the emulated clock)
  function req(method, params) { var id = next++; return new Promise(function (res) { waiting[id] = res; setTimeout(function () { if (waiting[id]) { delete waiting[id]; res(undefined); } }, 60000); deliver(JSON.stringify({ jsonrpc: '2.0', id: id, method: method, params: params || {} })); }); }
  setImmediate(function () {
    req('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'claude-desktop', version: '1.0.0' } }).then(function (r) {
      if (r && typeof r.instructions === 'string') __hookReturn('description of server instructions', { description: r.instructions });
      deliver(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
      __mcpUse(function () { return req('tools/list').then(function (r) { return __mcpListed(r, function (name, p) { return req('tools/call', { name: name, arguments: p }); }); }); }, null);
    });
  });
}
// (read to its end, for await (const c of process.stdin): it is empty, as standard input is when nothing is piped)
process.stdin[Symbol.asyncIterator] = function () { return { next: function () { return Promise.resolve({ done: true, value: undefined }); }, return: function () { return Promise.resolve({ done: true, value: undefined }); } }; };
process.send = undefined; process.connected = false;
process.mainModule = undefined;

// ---------------------------------------------------------------- virtual file system
// Keys are absolute, '/'-separated, lower-cased on win32. Package files are read lazily through the host
// (__readPkgFile, a map the engine pre-read); home canaries come from cfg.vfs; writes stay in this map.
var __vfs = {}, __gone = {}, __pkgRootKey = '', __pkgSet = {};
// The folders the virtual files are in (every ancestor of a key __put wrote) and the package's own folders: a stat or
// an existsSync during module resolution asks these, not a walk of every file.
var __vfsDirs = {}, __pkgDirs = null;
function __addDirs(k, into) { var i = k.lastIndexOf('/'); while (i > 0) { var d = k.slice(0, i); if (into[d]) return; into[d] = true; i = d.lastIndexOf('/'); } }
function __put(k, v) { __vfs[k] = v; __addDirs(k, __vfsDirs); return v; }
function __key(p) {
  var s = String(p);
  if (s.slice(0, 7) === 'file://') { s = decodeURIComponent(s.slice(7)); if (__isWin) s = s.replace(/^\/([a-zA-Z]:)/, '$1'); }
  s = path.resolve(s).replace(/\\/g, '/');
  return __isWin ? s.toLowerCase() : s;
}
function __abs(p) { var s = String(p); if (s.slice(0, 7) === 'file://') { s = decodeURIComponent(s.slice(7)); if (__isWin) s = s.replace(/^\/([a-zA-Z]:)/, '$1'); } return path.resolve(s); }
__pkgRootKey = __key(cfg.root);
cfg.files.forEach(function (f) { __pkgSet[__isWin ? f.toLowerCase() : f] = f; });
/** Package-relative path for a key inside the package, or null. */
function __relOf(k) { if (k.slice(0, __pkgRootKey.length + 1) !== __pkgRootKey + '/') return null; var r = k.slice(__pkgRootKey.length + 1); return Object.prototype.hasOwnProperty.call(__pkgSet, r) ? __pkgSet[r] : null; }
Object.keys(cfg.vfs).forEach(function (p) { var f = cfg.vfs[p]; __put(__key(p), { p: p, b: Buffer.from(f.c, 'utf8'), id: f.id, w: false, dl: false, mode: 384 }); });
function __hasResp(s) { return s.indexOf(cfg.respMark) >= 0; }
function __getFile(k) {
  if (__gone[k]) return null;
  var v = __vfs[k]; if (v) { __projectFile(k, v); return v; }
  var rel = __relOf(k);
  if (rel !== null) { var t = __readPkg(rel); if (t === null || t === undefined) return null; v = { p: k, b: t.slice(0, 8) === '\ufffebase64\ufffe' ? Buffer.from(t.slice(8), 'base64') : Buffer.from(t, 'utf8'), pkg: rel, w: false, dl: false, mode: 420 }; __put(k, v); return v; }
  return __neighbour(k) || __systemTool(k);
}
/** The machine's usual programs are installed (git, node, curl …): a wrapper that looks for the real one on PATH finds it. */
var __SYSTEM_TOOLS = /^(?:\/usr\/bin|\/bin|\/usr\/local\/bin|\/opt\/homebrew\/bin)\/(?:git|node|npm|npx|python3?|curl|wget|ssh|scp|bash|sh|zsh|tar|gzip|openssl|docker|kubectl|aws|gcloud|gh|pnpm|yarn|make|cc|gcc|security|crontab|sudo)$|^c:\/program files\/(?:git\/cmd\/git\.exe|nodejs\/(?:node\.exe|npm\.cmd|npx\.cmd))$/;
function __systemTool(k) {
  if (!__SYSTEM_TOOLS.test(k)) return null;
  var v = { p: k, b: Buffer.from(__isWin ? 'MZ' : '\x7fELF', 'latin1'), w: false, dl: false, mode: 493, system: true };
  __put(k, v);
  return v;
}
/**
 * The project this package is installed into has other packages beside it ('<project>/node_modules/<name>/'): a
 * package's manifest or a code file there exists when looked for, as it would in the user's project, so code that
 * finds and patches an installed library (its provider, its config loader) goes on to do it. Not the package itself.
 */
var __neighbourDir = __pkgRootKey.lastIndexOf('/node_modules/') >= 0 ? __pkgRootKey.slice(0, __pkgRootKey.lastIndexOf('/node_modules/') + 14) : null;
function __neighbour(k) {
  if (!__neighbourDir || k.slice(0, __neighbourDir.length) !== __neighbourDir || k.slice(0, __pkgRootKey.length + 1) === __pkgRootKey + '/') return null;
  var m = /^((?:@[^/]+\/)?[^/.][^/]*)\/(.+)$/.exec(k.slice(__neighbourDir.length));
  if (!m || !/^package\.json$|\.(?:c|m)?js$/.test(m[2])) return null;
  var body = m[2] === 'package.json' ? JSON.stringify({ name: m[1], version: '6.4.0', main: 'index.js' }) : "'use strict';\n" + __NB_MARK + '\nmodule.exports = {};\n';
  var v = { p: path.join(__neighbourDir, k.slice(__neighbourDir.length)), b: Buffer.from(body, 'utf8'), w: false, dl: false, mode: 420, neighbour: m[1] };
  if (m[2] !== 'package.json') __nbCode = true;
  __put(k, v);
  return v;
}
/**
 * The project's own code files (outside node_modules) as a neighbour's: a write over one that was there is a change to
 * the user's sources, named as the project.
 */
function __projectFile(k, v) {
  if (!__neighbourDir || !v || v.written || v.neighbour || !/\.(?:c|m)?[jt]sx?$/.test(k)) return;
  var proj = __neighbourDir.slice(0, -13);
  if (k.slice(0, proj.length) === proj && k.slice(0, __neighbourDir.length) !== __neighbourDir) v.neighbour = "the project's " + k.slice(proj.length);
}
/**
 * A neighbour's code holds what code patching it looks for: the emulated file is a stub, so a replace whose pattern
 * does not match a neighbour's text (the mark below is in every such text, and only there) first puts a text the
 * pattern matches where the mark stands, and the patch goes on as it would on the real library. Nothing else changes:
 * a pattern that already matches, or any other string, is replaced as always.
 */
var __NB_MARK = '/*\u2060*/', __nbCode = false;
var __origReplace = String.prototype.replace, __origReplaceAll = String.prototype.replaceAll;
function __withFound(text, pat) {
  if (!__nbCode || typeof text !== 'string' || text.indexOf(__NB_MARK) < 0) return text;
  var sample = null;
  if (pat instanceof RegExp) {
    var once = new RegExp(pat.source, pat.flags.replace(/[gy]/g, ''));
    if (once.test(text)) return text;
    sample = __sampleOf(once);
  } else if (typeof pat === 'string' && pat && text.indexOf(pat) < 0) sample = pat;
  if (sample === null) return text;
  var at = text.indexOf(__NB_MARK);
  return text.slice(0, at) + sample + '\n' + text.slice(at);
}
String.prototype.replace = function replace(pat, to) { return __origReplace.call(__withFound(String(this), pat), pat, to); };
/**
 * And a search of a neighbour's text ('re.exec(src)', then the patch spliced in at the match) finds what it looks for
 * at the mark, once the code read a neighbour's code file as text (the wrapper is installed then, not when a module
 * resolver only probes for one: every other run's expressions go on unwrapped, at their own speed).
 */
var __origExec = RegExp.prototype.exec, __nbExec = false;
function __nbMatching() {
  if (__nbExec) return;
  __nbExec = true;
  RegExp.prototype.exec = function exec(s) {
    var r = __origExec.call(this, s);
    if (r || typeof s !== 'string' || s.indexOf(__NB_MARK) < 0) return r;
    var sample = __sampleOf(new RegExp(this.source, this.flags.replace(/[gy]/g, '')));
    if (sample === null) return r;
    var m = [sample]; m.index = s.indexOf(__NB_MARK); m.input = s; m.groups = undefined;
    return m;
  };
}
String.prototype.replaceAll = function replaceAll(pat, to) { return __origReplaceAll.call(__withFound(String(this), pat), pat, to); };
/**
 * A text the regular expression matches, built from its source: each choice's first branch, the fewest repeats a
 * quantifier allows, a class's first member (or, negated, a character it leaves out). Null when the pattern is
 * beyond that (back-references, unbalanced groups) or the text built does not match after all.
 */
function __sampleOf(re) {
  var s = re.source, i = 0, bad = false;
  var ESC = { s: ' ', S: 'a', d: '0', D: 'a', w: 'a', W: ' ', n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '', B: '' };
  function esc() {
    var c = s[i++];
    if (c === undefined) { bad = true; return ''; }
    if (Object.prototype.hasOwnProperty.call(ESC, c)) return ESC[c];
    if (c === 'x') { var hx = s.slice(i, i + 2); i += 2; return String.fromCharCode(parseInt(hx, 16)); }
    if (c === 'u') { var u = s.slice(i, i + 4); i += 4; return String.fromCharCode(parseInt(u, 16)); }
    if (/[1-9k]/.test(c)) { bad = true; return ''; }
    return c;
  }
  function klass() {
    var start = i, body = '';
    while (i < s.length && s[i] !== ']') { if (s[i] === '\\') i++; i++; }
    body = s.slice(start, i); i++;
    var probe = new RegExp('[' + body + ']', re.flags.replace(/[gy]/g, ''));
    var tries = body[0] === '^' ? ['a', 'x', ' ', '0', '_', '.'] : [];
    if (body[0] !== '^') {
      var c = body[0] === '\\' ? (ESC[body[1]] !== undefined && ESC[body[1]] !== '' ? ESC[body[1]] : body[1]) : body[0];
      tries.push(c, 'a', ' ', '0');
    }
    for (var t = 0; t < tries.length; t++) if (tries[t] && probe.test(tries[t])) return tries[t];
    bad = true;
    return '';
  }
  function atom() {
    var c = s[i++];
    if (c === '\\') return esc();
    if (c === '[') return klass();
    if (c === '.') return 'a';
    if (c === '^' || c === '$') return '';
    if (c === '(') {
      var look = false;
      if (s[i] === '?') {
        if (s[i + 1] === ':') i += 2;
        else if (s[i + 1] === '=' || s[i + 1] === '!') { i += 2; look = true; }
        else if (s[i + 1] === '<' && (s[i + 2] === '=' || s[i + 2] === '!')) { i += 3; look = true; }
        else if (s[i + 1] === '<') { var close = s.indexOf('>', i); if (close < 0) { bad = true; return ''; } i = close + 1; }
      }
      var inner = choice();
      if (s[i] !== ')') { bad = true; return ''; }
      i++;
      return look ? '' : inner;
    }
    return c;
  }
  function times() {
    var c = s[i], n = 1;
    if (c === '*' || c === '?') { n = 0; i++; }
    else if (c === '+') i++;
    else if (c === '{') { var m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(i)); if (m) { n = Number(m[1]); i += m[0].length; } }
    if (n !== 1 || c === '+') { if (s[i] === '?') i++; }
    return n;
  }
  function sequence() {
    var out = '';
    while (i < s.length && s[i] !== '|' && s[i] !== ')' && !bad) { var a = atom(); var n = times(); for (var k = 0; k < n; k++) out += a; }
    return out;
  }
  function choice() {
    var first = sequence();
    while (s[i] === '|' && !bad) { i++; sequence(); }
    return first;
  }
  var text = choice();
  if (bad || i < s.length) return null;
  try { return re.test(text) ? text : null; } catch (e) { return null; }
}
var __knownDirs = {};
function __dirsOf(k) { var out = []; var i = k.lastIndexOf('/'); while (i > 0) { k = k.slice(0, i); out.push(k); i = k.lastIndexOf('/'); } return out; }
function __isDir(k) {
  if (__gone[k]) return false;
  if (k === '/' || /^[a-z]:\/?$/i.test(k) || __knownDirs[k]) return true;
  if (k === __pkgRootKey) return true;
  var pre = k + '/';
  if (__vfsDirs[k]) {
    // (a folder whose files were all removed is not there: only then are its files walked)
    var anyGone = false; for (var g in __gone) if (__gone[g]) { anyGone = true; break; }
    if (!anyGone) return true;
    for (var x in __vfs) if (x.slice(0, pre.length) === pre && !__gone[x]) return true;
  }
  if (pre.slice(0, __pkgRootKey.length + 1) === __pkgRootKey + '/' || __pkgRootKey.slice(0, pre.length) === pre) {
    if (__pkgRootKey.slice(0, pre.length) === pre) return true;
    if (!__pkgDirs) { __pkgDirs = {}; for (var f in __pkgSet) __addDirs(f, __pkgDirs); }
    return !!__pkgDirs[pre.slice(__pkgRootKey.length + 1, -1)];
  }
  return false;
}
[cfg.home, cfg.tmp, cfg.root].forEach(function (d) { __dirsOf(__key(d) + '/x').forEach(function (x) { __knownDirs[x] = true; }); });
// (the project is a git repository: its .git folder and hooks folder are there, as tools that install hooks expect)
if (__neighbourDir) [__neighbourDir + '.git', __neighbourDir + '.git/hooks'].forEach(function (d) { __knownDirs[d.replace('/node_modules/.git', '/.git')] = true; });
// The project's usual libraries (a server's, its sign-in's) are folders in its node_modules: a listing finds them, as code
// that patches a project's auth looks for them. (Listed only: a module resolver that asks whether the folder is there
// still finds none, and a library requiring "dotenv" gets the recording stub it got before.)
var __listedDirs = {};
if (__neighbourDir) ['express', 'jsonwebtoken', 'bcryptjs', 'dotenv'].forEach(function (n) { if (__neighbourDir + n !== __pkgRootKey) __listedDirs[__neighbourDir + n] = true; });
function __list(k) {
  var pre = k === '/' ? '/' : k + '/', names = {};
  function add(full) { if (full.slice(0, pre.length) !== pre) return; var rest = full.slice(pre.length); var n = rest.split('/')[0]; if (n) names[n] = true; }
  for (var x in __vfs) if (!__gone[x]) add(x);
  for (var f in __pkgSet) add(__pkgRootKey + '/' + f);
  add(__pkgRootKey);
  for (var d in __knownDirs) add(d);
  for (var ld in __listedDirs) add(ld);
  return Object.keys(names).map(function (n) {
    var v = __vfs[pre + n]; if (v) return path.basename(v.p);
    var pf = __pkgSet[(pre + n).slice(__pkgRootKey.length + 1)]; if (pf) return path.basename(pf);
    return n;
  }).filter(function (n) { return !__gone[pre + (__isWin ? n.toLowerCase() : n)]; });
}
function __fsErr(code, syscall, p) { var e = new Error(code + ': ' + (code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'illegal operation on a directory' : 'operation failed') + ', ' + syscall + " '" + p + "'"); e.code = code; e.errno = code === 'ENOENT' ? -2 : -21; e.syscall = syscall; e.path = String(p); return e; }
function __encOf(o) { return typeof o === 'string' ? o : o && o.encoding ? o.encoding : null; }
function __readRec(api, p, k, f) {
  if (f && f.pkg) return;
  // (a neighbour's code read as text: code that searches it may patch it; see __nbMatching)
  if (f && f.neighbour && !f.written && !/package\.json$/.test(k)) __nbMatching();
  rec({ k: 'read', api: api, path: __abs(p), id: f ? f.id : undefined, missing: !f, w: f ? f.w : false });
}
function readFileSync(p, o) {
  // standard input: nothing waiting on it (a hook or a command run with no input piped in reads an empty stream)
  if (p === 0 || p === '/dev/stdin') return __encOf(o) ? '' : Buffer.alloc(0);
  if (typeof p === 'number') { var fd = __fds[p]; if (!fd) throw __fsErr('EBADF', 'read', p); p = fd.p; }
  var k = __key(p), f = __getFile(k);
  __readRec('readFileSync', p, k, f);
  if (!f) { if (__isDir(k)) throw __fsErr('EISDIR', 'read', p); throw __fsErr('ENOENT', 'open', p); }
  var enc = __encOf(o); var b = Buffer.from(f.b);
  return enc ? b.toString(enc) : b;
}
/** Its own traces: package.json, or a module this run loaded (the install script deleting or swapping itself). */
function __ownTrace(k, f) { return !!(f && f.pkg) && (/(?:^|\/)package\.json$/.test(f.pkg) || !!(typeof __modCache !== 'undefined' && __modCache[k])); }
function __writeRec(api, p, data, append) {
  var k = __key(p), before = __getFile(k), bytes = toBytes(data), prev = before && append ? before.b : null;
  var all = prev ? Buffer.concat([prev, bytes]) : Buffer.from(bytes);
  // An append is looked at from the last bytes before it (a mark may straddle the two): a log a hook appends to at
  // every turn is not decoded whole again each time.
  var text = latin1dec((prev ? all.subarray(Math.max(0, prev.length - 32)) : all).subarray(0, 65536));
  var dl = __hasResp(text) || !!(before && before.dl && append);
  rec({ k: 'write', api: api, path: __abs(p), data: __trunc(asText(bytes.subarray(0, 65536)), 65536), dl: dl, own: __ownTrace(k, before), append: !!append, over: !!(before && !before.written && !append), neighbour: before && before.neighbour && !before.written ? before.neighbour : undefined });
  delete __gone[k];
  __put(k, { p: __abs(p), b: all, w: true, dl: dl, mode: 420, pkg: before && before.pkg ? before.pkg : undefined, written: true });
  __hookLater(p, text);
  __startupLater(p, text);
}
// A startup entry the run installs (a systemd unit's ExecStart, a LaunchAgent's ProgramArguments, an autostart
// entry's Exec) runs at the user's next login (an hour later here): the node program it names runs then.
var __started = {};
function __startupLater(p, text) {
  var k = String(p), line = '';
  if (/[\/]systemd[\/](?:user[\/])?[^\/]+\.service$/.test(k)) line = (/^\s*ExecStart=(.*)$/m.exec(String(text)) || [])[1] || '';
  else if (/[\/]LaunchAgents[\/][^\/]+\.plist$|[\/]LaunchDaemons[\/][^\/]+\.plist$/.test(k)) { var args = /<key>\s*ProgramArguments\s*<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(String(text)); line = args ? (args[1].match(/<string>([^<]*)<\/string>/g) || []).map(function (x) { return '"' + x.replace(/<\/?string>/g, '') + '"'; }).join(' ') : ''; }
  else if (/[\/]autostart[\/][^\/]+\.desktop$/.test(k)) line = (/^\s*Exec=(.*)$/m.exec(String(text)) || [])[1] || '';
  // (Bun's global bunfig: every Bun process the user starts loads its preload files first, as node loads a program)
  else if (/(?:^|[\/])\.?bunfig\.toml$/.test(k) && !__relOf(__key(p))) { var pre = /^\s*preload\s*=\s*\[([^\]]*)\]/m.exec(String(text)) || /^\s*preload\s*=\s*("[^"]+"|'[^']+')/m.exec(String(text)); line = pre ? (pre[1].match(/"[^"]+"|'[^']+'/g) || []).slice(0, 2).map(function (x) { return 'node ' + x; }).join('; ') : ''; }
  if (!line || __started[k] || !/(?:^|[\s;&|"'\/])node(?:\.exe)?"?\s/.test(line)) return;
  __started[k] = true;
  var bun = /bunfig\.toml$/.test(k);
  setTimeout(function () { rec({ k: 'call', name: bun ? 'preload it configured, in the next Bun process' : 'startup entry it installed, at the next login' }); if (bun && typeof G.Bun === 'undefined') Object.defineProperty(G, 'Bun', { value: __bunApi(), writable: true, configurable: true, enumerable: false }); (bun ? line.split('; ') : [line]).forEach(function (l) { __followNode(l); }); }, 3600000);
}
// A git hook the run installs runs at the user's next commit (an hour later here): a node command in it runs too.
var __hooked = {};
function __hookLater(p, text) {
  var m = /[\\/]\.(?:git[\\/]hooks|husky)[\\/]([\w-]+)$/.exec(String(p));
  if (!m || __hooked[m[1]]) return;
  var line = String(text).split('\n').filter(function (l) { return /(?:^|[\s;&|"'\/])node(?:\.exe)?"?\s/.test(l); })[0];
  if (!line) return;
  __hooked[m[1]] = true;
  setTimeout(function () { rec({ k: 'call', name: 'git hook ' + m[1] + ' at a commit' }); __followNode(line); }, 3600000);
}
function writeFileSync(p, d, o) { if (typeof p === 'number') { var fd = __fds[p]; p = fd ? fd.p : String(p); } __writeRec('writeFileSync', p, typeof d === 'string' ? Buffer.from(d, __encOf(o) || 'utf8') : d, o && o.flag && /a/.test(o.flag)); }
function appendFileSync(p, d, o) { __writeRec('appendFileSync', p, typeof d === 'string' ? Buffer.from(d, __encOf(o) || 'utf8') : d, true); }
// A file looked for and not there, outside the package: if the run writes it later, it is the run's state (a usage
// counter, a first-run stamp), and the engine runs the entry again with it kept (engine.ts keptState).
var __looked = {};
function __lookedFor(k, p) { if (__looked[k] || __relOf(k) !== null) return; __looked[k] = true; rec({ k: 'probe', path: __abs(p) }); }
function existsSync(p) { try { var k = __key(p); var there = !!__getFile(k) || __isDir(k); if (!there) __lookedFor(k, p); return there; } catch (e) { return false; } }
function __mkStat(k, f) {
  // (a month old, but an agent's session transcripts: the conversation in progress was written an hour ago, whenever asked)
  var isD = !f; var size = f ? f.b.length : 4096; var d = new FakeDate(/[\\/]sessions[\\/][^\\/]+\.jsonl$/.test(k) ? __t0 + __clock - 3600000 : __t0 - 86400000 * 30);
  return { dev: 2049, ino: 1000 + k.length, mode: isD ? 16877 : (f.mode | 32768), nlink: 1, uid: 1000, gid: 1000, rdev: 0, size: size, blksize: 4096, blocks: Math.ceil(size / 512), atimeMs: +d, mtimeMs: +d, ctimeMs: +d, birthtimeMs: +d, atime: d, mtime: d, ctime: d, birthtime: d,
    isFile: function () { return !isD; }, isDirectory: function () { return isD; }, isSymbolicLink: function () { return false; }, isFIFO: function () { return false; }, isSocket: function () { return false; }, isBlockDevice: function () { return false; }, isCharacterDevice: function () { return false; } };
}
function statSync(p, o) { var k = __key(p), f = __getFile(k); if (f) return __mkStat(k, f); if (__isDir(k)) return __mkStat(k, null); __lookedFor(k, p); if (o && o.throwIfNoEntry === false) return undefined; throw __fsErr('ENOENT', 'stat', p); }
function readdirSync(p, o) {
  var k = __key(p); if (!__isDir(k)) { if (__getFile(k)) throw __fsErr('ENOTDIR', 'scandir', p); throw __fsErr('ENOENT', 'scandir', p); }
  if (k !== __pkgRootKey && k.slice(0, __pkgRootKey.length + 1) !== __pkgRootKey + '/') rec({ k: 'readdir', path: __abs(p) });
  var names = __list(k).sort();
  if (o && o.withFileTypes) return names.map(function (n) { var ck = k.replace(/\/$/, '') + '/' + (__isWin ? n.toLowerCase() : n); var isD = !__getFile(ck); return { name: n, parentPath: String(p), path: String(p), isFile: function () { return !isD; }, isDirectory: function () { return isD; }, isSymbolicLink: function () { return false; } }; });
  return names;
}
function mkdirSync(p, o) { var k = __key(p); __knownDirs[k] = true; __dirsOf(k + '/x').forEach(function (x) { __knownDirs[x] = true; }); delete __gone[k]; rec({ k: 'mkdir', path: __abs(p) }); return o && o.recursive ? __abs(p) : undefined; }
function __remove(api, p, o) {
  var k = __key(p), f = __getFile(k), isD = !f && __isDir(k);
  // (its own folder, or the scope folder it alone is in: not the home or a drive its folder happens to be under)
  var pkgHit = __ownTrace(k, f) || k === __pkgRootKey || (isD && /\/@[^\/]+$/.test(k) && __pkgRootKey.slice(0, k.length + 1) === k + '/' && __pkgRootKey.indexOf('/', k.length + 1) < 0);
  rec({ k: 'remove', api: api, path: __abs(p), own: !!pkgHit, dir: isD, recursive: !!(o && o.recursive) });
  if (!f && !isD) { if (o && o.force) return; throw __fsErr('ENOENT', 'unlink', p); }
  __gone[k] = true;
  if (isD) { var pre = k + '/'; for (var x in __vfs) if (x.slice(0, pre.length) === pre) __gone[x] = true; for (var r in __pkgSet) __gone[__pkgRootKey + '/' + r] = __gone[__pkgRootKey + '/' + r] || (__pkgRootKey + '/' + r).slice(0, pre.length) === pre; }
}
function unlinkSync(p) { __remove('unlinkSync', p); }
function rmSync(p, o) { __remove('rmSync', p, o); }
function rmdirSync(p, o) { __remove('rmdirSync', p, o || { recursive: false }); }
function renameSync(a, b) {
  var ka = __key(a), f = __getFile(ka); if (!f) throw __fsErr('ENOENT', 'rename', a);
  rec({ k: 'rename', from: __abs(a), to: __abs(b), own: __ownTrace(ka, f) });
  __gone[ka] = true; var kb = __key(b); delete __gone[kb];
  // a file the run wrote, moved into its place (an atomic write: x.tmp, then rename): what lands there is written there
  if (f.written) { __writeRec('renameSync', b, f.b, false); return; }
  __put(kb, { p: __abs(b), b: f.b, w: true, dl: f.dl, mode: f.mode, written: true });
}
// fs.cp: a folder is copied file by file (what it holds, under the destination), a file as copyFileSync does
function cpSync(a, b, o) {
  var k = __key(a), filter = o && typeof o.filter === 'function' ? o.filter : null, n = 0;
  if (__getFile(k) || !__isDir(k)) { if (!filter || filter(String(a), String(b))) copyFileSync(a, b); return; }
  (function walk(src, dst, depth) {
    if (depth > 6) return;
    var names; try { names = readdirSync(src); } catch (e) { return; }
    names.forEach(function (nm) {
      if (++n > 200) return;
      var s = path.join(String(src), nm), d = path.join(String(dst), nm);
      if (filter && !filter(s, d)) return;
      if (__getFile(__key(s))) copyFileSync(s, d); else { mkdirSync(d, { recursive: true }); walk(s, d, depth + 1); }
    });
  })(a, b, 0);
}
function copyFileSync(a, b) { var d = readFileSync(a); __writeRec('copyFileSync', b, d, false); var s = __vfs[__key(a)]; if (s && s.dl) __vfs[__key(b)].dl = true; }
function chmodSync(p, m) { var f = __getFile(__key(p)); if (f) f.mode = typeof m === 'string' ? parseInt(m, 8) : m; rec({ k: 'chmod', path: __abs(p), mode: String(m) }); }
function symlinkSync(t, p) { rec({ k: 'write', api: 'symlinkSync', path: __abs(p), data: 'symlink -> ' + String(t), dl: false, own: false }); }
function accessSync(p) { if (!existsSync(p)) throw __fsErr('ENOENT', 'access', p); }
function realpathSync(p) { return __abs(p); }
realpathSync.native = realpathSync;
function mkdtempSync(prefix) { var p = String(prefix) + Math.random().toString(36).slice(2, 8); mkdirSync(p); return p; }
var __fds = {}, __fdn = 20;
function openSync(p, flags) { var fd = __fdn++; __fds[fd] = { p: __abs(p), flags: String(flags || 'r'), pos: 0 }; if (/[wa]/.test(String(flags || ''))) __writeRec('openSync', p, '', /a/.test(String(flags))); return fd; }
function closeSync(fd) { delete __fds[fd]; }
function writeSync(fd, d) { var f = __fds[fd]; if (fd === 1 || fd === 2 || (f && f.p === '/dev/tty')) __outputLook([d]); if (fd === 1 || fd === 2) return String(d).length; if (!f) throw __fsErr('EBADF', 'write', fd); __writeRec('writeSync', f.p, d, true); return toBytes(d).length; }
function readSync(fd, buf, off, len, pos) { if (fd === 0) return 0; var f = __fds[fd]; if (!f) throw __fsErr('EBADF', 'read', fd); var data = readFileSync(f.p); var start = typeof pos === 'number' ? pos : f.pos; var n = Math.min(len === undefined ? buf.length : len, data.length - start); if (n <= 0) return 0; buf.set(data.subarray(start, start + n), off | 0); f.pos = start + n; return n; }
function fstatSync(fd) { var f = __fds[fd]; return statSync(f ? f.p : '/'); }

function __cbify(fn) {
  return function () {
    var a = __sl.call(arguments); var cb = typeof a[a.length - 1] === 'function' ? a.pop() : null;
    var r, err = null; try { r = fn.apply(null, a); } catch (e) { if (e === __EXIT) throw e; err = e; }
    if (cb) setImmediate(function () { err ? cb(err) : cb(null, r); });
  };
}
function __promisify(fn) { return function () { var a = arguments; return new Promise(function (res, rej) { try { res(fn.apply(null, a)); } catch (e) { if (e === __EXIT) throw e; rej(e); } }); }; }
function __WriteStream(p, o) {
  EventEmitter.call(this); var self = this; this.path = __abs(p); this.bytesWritten = 0; this.writable = true;
  var first = !(o && o.flags && /a/.test(o.flags));
  this.write = function (chunk, enc, cb) { __writeRec('createWriteStream', p, typeof chunk === 'string' ? Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8') : chunk, !first); first = false; self.bytesWritten += toBytes(chunk).length; var c = typeof enc === 'function' ? enc : cb; if (c) setImmediate(c); return true; };
  this.end = function (chunk, enc, cb) { if (chunk && typeof chunk !== 'function') self.write(chunk, enc); if (first) { __writeRec('createWriteStream', p, '', false); first = false; } var c = typeof chunk === 'function' ? chunk : typeof enc === 'function' ? enc : cb; setImmediate(function () { self.emit('finish'); self.emit('close'); if (c) c(); }); return self; };
  this.close = function (cb) { self.end(); if (cb) setImmediate(cb); };
  this.destroy = function () { return self; };
  this.cork = this.uncork = function () {};
  setImmediate(function () { self.emit('open', 3); self.emit('ready'); });
}
__inherits(__WriteStream, EventEmitter);
function __ReadStream(p, o) {
  EventEmitter.call(this); var self = this; this.path = __abs(p); this.readable = true; var enc = __encOf(o);
  this.setEncoding = function (e) { enc = e; return self; };
  this.pipe = function (dest) { self.on('data', function (c) { dest.write(c); }); self.on('end', function () { if (dest.end && dest !== process.stdout && dest !== process.stderr) dest.end(); }); return dest; };
  this.resume = this.pause = function () { return self; };
  this.destroy = this.close = function () { return self; };
  this[Symbol.asyncIterator] = function () { var done = false; return { next: function () { if (done) return Promise.resolve({ done: true }); done = true; try { var d = readFileSync(p); return Promise.resolve({ value: enc ? d.toString(enc) : d, done: false }); } catch (e) { return Promise.reject(e); } } }; };
  setImmediate(function () { try { var d = readFileSync(p); self.emit('open', 3); self.emit('data', enc ? d.toString(enc) : d); self.emit('end'); self.emit('close'); } catch (e) { self.emit('error', e); } });
}
__inherits(__ReadStream, EventEmitter);

var fsPromises = {
  readFile: __promisify(readFileSync), writeFile: __promisify(writeFileSync), appendFile: __promisify(appendFileSync),
  readdir: __promisify(readdirSync), stat: __promisify(statSync), lstat: __promisify(statSync), mkdir: __promisify(mkdirSync),
  unlink: __promisify(function (p) { __remove('fs.promises.unlink', p); }), rm: __promisify(function (p, o) { __remove('fs.promises.rm', p, o); }), rmdir: __promisify(function (p, o) { __remove('fs.promises.rmdir', p, o); }),
  rename: __promisify(renameSync), copyFile: __promisify(copyFileSync), chmod: __promisify(chmodSync), access: __promisify(accessSync),
  realpath: __promisify(realpathSync), mkdtemp: __promisify(mkdtempSync), symlink: __promisify(symlinkSync), cp: __promisify(cpSync),
  open: __promisify(function (p, f) { var fd = openSync(p, f); return { fd: fd, writeFile: function (d) { return Promise.resolve(writeSync(fd, d)); }, write: function (d) { return Promise.resolve(writeSync(fd, d)); }, readFile: function (o) { return Promise.resolve(readFileSync(p, o)); }, close: function () { return Promise.resolve(closeSync(fd)); } }; }),
};
var fs = {
  readFileSync: readFileSync, writeFileSync: writeFileSync, appendFileSync: appendFileSync, existsSync: existsSync, statSync: statSync, lstatSync: statSync,
  readdirSync: readdirSync, mkdirSync: mkdirSync, unlinkSync: unlinkSync, rmSync: rmSync, rmdirSync: rmdirSync, renameSync: renameSync, copyFileSync: copyFileSync,
  cpSync: cpSync, chmodSync: chmodSync, chownSync: function () {}, utimesSync: function () {}, symlinkSync: symlinkSync, linkSync: symlinkSync, accessSync: accessSync, realpathSync: realpathSync,
  mkdtempSync: mkdtempSync, openSync: openSync, closeSync: closeSync, writeSync: writeSync, readSync: readSync, fstatSync: fstatSync, fsyncSync: function () {}, ftruncateSync: function () {}, truncateSync: function () {},
  readlinkSync: function (p) { throw __fsErr('EINVAL', 'readlink', p); },
  readFile: __cbify(readFileSync), writeFile: __cbify(writeFileSync), appendFile: __cbify(appendFileSync), stat: __cbify(statSync), lstat: __cbify(statSync), readdir: __cbify(readdirSync),
  mkdir: __cbify(mkdirSync), unlink: __cbify(unlinkSync), rm: __cbify(rmSync), rmdir: __cbify(rmdirSync), rename: __cbify(renameSync), copyFile: __cbify(copyFileSync), chmod: __cbify(chmodSync),
  chown: __cbify(function () {}), access: __cbify(accessSync), realpath: __cbify(realpathSync), mkdtemp: __cbify(mkdtempSync), open: __cbify(openSync), close: __cbify(closeSync), write: __cbify(writeSync), read: __cbify(readSync), fstat: __cbify(fstatSync), symlink: __cbify(symlinkSync),
  exists: function (p, cb) { var r = existsSync(p); setImmediate(function () { cb(r); }); },
  createWriteStream: function (p, o) { return new __WriteStream(p, o); }, createReadStream: function (p, o) { return new __ReadStream(p, o); },
  watch: function () { var w = new EventEmitter(); w.close = function () {}; return w; }, watchFile: function () {}, unwatchFile: function () {},
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_APPEND: 1024, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384 },
  promises: fsPromises, Stats: function Stats() {}, Dirent: function Dirent() {},
};
fs.realpath.native = fs.realpath;
fs.F_OK = 0; fs.R_OK = 4; fs.W_OK = 2; fs.X_OK = 1;
fsPromises.constants = fs.constants;

// ---------------------------------------------------------------- child_process
function __quoteArg(a) { a = String(a); return /^[\w@%+=:,./\\-]+$/.test(a) ? a : '"' + a.replace(/(["\\$` + '`' + String.raw`])/g, '\\$1') + '"'; }
function __ChildProcess(cmd) {
  EventEmitter.call(this); var self = this; this.pid = 5000 + (++__tseq); this.exitCode = null; this.killed = false; this.spawnfile = cmd;
  this.stdout = new EventEmitter(); this.stderr = new EventEmitter(); this.stdin = Object.assign(new EventEmitter(), { write: function (d) { rec({ k: 'stdin', pid: self.pid, data: __trunc(asText(d), 65536) }); __clipWrite(self.__cmd || cmd, asText(d)); return true; }, end: function (d) { if (d) self.stdin.write(d); } });
  [this.stdout, this.stderr].forEach(function (s) { s.setEncoding = function () { return s; }; s.pipe = function (d) { return d; }; s.resume = function () { return s; }; s[Symbol.asyncIterator] = function () { return { next: function () { return Promise.resolve({ done: true }); } }; }; });
  this.unref = function () { rec({ k: 'unref', pid: self.pid }); return self; }; this.ref = function () { return self; };
  this.kill = function () { self.killed = true; return true; }; this.disconnect = function () {}; this.send = function () { return true; };
  setImmediate(function () { self.emit('spawn'); var clip = __clipOut(self.__cmd || cmd); if (clip) self.stdout.emit('data', Buffer.from(clip)); self.stdout.emit('end'); self.stderr.emit('end'); self.exitCode = 0; self.emit('exit', 0, null); self.emit('close', 0, null); });
}
__inherits(__ChildProcess, EventEmitter);
/**
 * A screenshot tool run with a file to save to (screencapture, gnome-screenshot -f, scrot, import -window root, grim,
 * maim, spectacle -o) saves the user's screen there: a PNG holding the screen's canary, as it would hold their open
 * windows.
 */
var __SCREENSHOT = /^\s*(?:\S*\/)?(?:screencapture|gnome-screenshot|scrot|import|grim|maim|spectacle|xfce4-screenshooter|flameshot)\b([^|;&]*)/;
function __screenshot(cmd, cwd) {
  var m = __SCREENSHOT.exec(String(cmd));
  if (!m || (/^\s*(?:\S*\/)?import\b/.test(cmd) && !/-window\s+root/.test(m[1]))) return;
  var words = m[1].trim().split(/\s+/).map(function (w) { return w.replace(/^["']|["']$/g, ''); }).filter(Boolean);
  var file = null;
  for (var i = 0; i < words.length; i++) {
    var kv = /^--(?:file|output)=(.+)$/.exec(words[i]);
    if (kv) { file = kv[1]; break; }
    if (/^-(?:f|o|-file|-output)$/.test(words[i]) && words[i + 1]) { file = words[i + 1]; break; }
  }
  if (!file) { var last = words[words.length - 1]; if (last && !/^-/.test(last) && /\.(?:png|jpe?g|bmp|tiff?|webp)$/i.test(last)) file = last; }
  if (!file) return;
  var abs = path.resolve(cwd || __cwd, file), k = __key(abs);
  __put(k, { p: abs, b: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('tEXtScreen\u0000' + cfg.storeAnswers['user-files'], 'latin1')]), id: 'screen', w: false, dl: false, mode: 420 });
}
function __execRec(api, file, args, opts, shell) {
  var cmd = args && args.length ? [String(file)].concat(args.map(__quoteArg)).join(' ') : String(file);
  opts = opts && typeof opts === 'object' ? opts : {};
  var stdio = opts.stdio; if (Array.isArray(stdio)) stdio = stdio.join(',');
  rec({ k: 'exec', api: api, cmd: __trunc(cmd, 8192), detached: !!opts.detached, hide: !!opts.windowsHide, stdio: stdio === undefined ? '' : String(stdio), shell: !!(shell || opts.shell), cwd: opts.cwd === undefined ? __cwd : String(opts.cwd), input: opts.input === undefined ? '' : __trunc(asText(opts.input), 8192), registry: opts.env && typeof opts.env === 'object' ? __trunc(String(opts.env.npm_config_registry || opts.env.NPM_CONFIG_REGISTRY || ''), 300) : '' });
  __followNode(cmd, opts);
  __toolFiles(cmd, opts.cwd === undefined ? __cwd : String(opts.cwd));
  __screenshot(cmd, opts.cwd === undefined ? __cwd : String(opts.cwd));
  __publishLater(cmd, opts.cwd === undefined ? __cwd : String(opts.cwd));
  return cmd;
}
// A package the run publishes after writing its package.json: the install script that package.json names runs at
// every install of the release, on its users' machines (an hour later here), so what it runs is what the run set going
// (a release tool that slips a "stats" postinstall into the user's package for the publish, a worm spreading itself).
var __published = {};
function __publishLater(cmd, cwd) {
  var m = /^\s*(?:npm|pnpm|yarn(?:\s+npm)?)(?:\.cmd)?\s+(?:--?\S+\s+)*publish\b(.*)$/.exec(String(cmd));
  if (!m) return;
  var dirArg = (m[1].match(/"[^"]+"|'[^']+'|\S+/g) || []).filter(function (w, i, all) { return !/^-/.test(w) && !/^--?(?:access|tag|otp|registry|workspace|userconfig|cache|loglevel|provenance-file|prefix)$/.test(all[i - 1] || ''); })[0];
  var dir = path.resolve(cwd, dirArg && !/\.tgz$/.test(dirArg) ? dirArg.replace(/^["']|["']$/g, '') : '.');
  var f = __getFile(__key(path.join(dir, 'package.json')));
  if (!f || !f.written || __published[dir]) return;
  var scripts; try { scripts = JSON.parse(f.b.toString('utf8')).scripts; } catch (e) { return; }
  var line = scripts && typeof scripts === 'object' ? ['preinstall', 'install', 'postinstall'].map(function (k) { return typeof scripts[k] === 'string' ? scripts[k] : ''; }).filter(Boolean).join(' && ') : '';
  if (!line) return;
  __published[dir] = true;
  // the files the script names, as they were packed (a tool that puts the package back after publishing removes them)
  var packed = {};
  (line.match(/[^\s;&|"']+/g) || []).forEach(function (w) { var k = __key(path.resolve(dir, w)), e = __getFile(k); if (e && !/package\.json$/.test(k)) packed[k] = e; });
  setTimeout(function () {
    Object.keys(packed).forEach(function (k) { if (!__getFile(k)) { __put(k, packed[k]); delete __gone[k]; } });
    rec({ k: 'call', name: 'install script of the package it published' });
    __followNode(line, { cwd: dir });
  }, 3600000);
}
// What a developer's tools leave behind where they run: "npm pack NAME" a tarball, "tar xzf" of one npm packed its
// "package/" folder (a package.json and an entry), so code that repacks the maintainer's packages goes on to its next
// step (what it then writes there and publishes is the run's own).
function __toolFiles(cmd, cwd) {
  var c = String(cmd).trim(), m = __NPM_PACK.exec(c);
  // A download a program saves (curl -o, wget -O, bitsadmin /transfer, certutil -urlcache, Invoke-WebRequest -OutFile,
  // Start-BitsTransfer -Destination): the file is there afterwards, holding what was fetched, as code that checks for it
  // before running it expects (a placeholder executable: its bytes are never the point).
  var dl = __downloadedTo(c);
  if (dl) { var at = path.resolve(cwd, dl); __put(__key(at), { p: __abs(at), b: Buffer.from(__isWin ? 'MZ' : '\x7fELF', 'latin1'), w: false, dl: true, mode: 493, written: true }); return; }
  // ssh-keygen making a key pair at -f P: P holds the new private key (the user's, as their other keys are), P.pub its
  // public half (not when it only reads a key: -l, -y, -e, -F, -R, -H)
  var kg = /^(?:\S*\/)?ssh-keygen(?:\.exe)?\s(?![\s\S]*\s-[lyeFRHDQ]\b)[\s\S]*\s-f\s+("[^"]+"|'[^']+'|\S+)/.exec(c);
  if (kg) {
    var key = path.resolve(cwd, kg[1].replace(/^["']|["']$/g, '')), own = Object.keys(cfg.vfs).filter(function (x) { return cfg.vfs[x].id === 'ssh-key'; })[0];
    if (own) __put(__key(key), { p: __abs(key), b: Buffer.from(cfg.vfs[own].c, 'utf8'), id: 'ssh-key', w: false, dl: false, mode: 384, written: true });
    __put(__key(key + '.pub'), { p: __abs(key + '.pub'), b: Buffer.from('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9vJm3pWq2sTtXyZ0aBcDeFgHiJkLmNoPqRsTuVwXyZ dev@workstation\n'), w: false, dl: false, mode: 420, written: true });
    return;
  }
  if (m && !/^\.{1,2}$/.test(m[1])) { var f = path.join(cwd, __packedName(m[1])); __put(__key(f), { p: __abs(f), b: Buffer.from([31, 139, 8, 0]), w: false, dl: false, mode: 420, tool: m[1] }); return; }
  var t = /^tar\s+(?:-?x\w*f|-?\w*x\w*\s+-f)\s+("[^"]+"|'[^']+'|\S+)/.exec(c), src = t && __getFile(__key(path.resolve(cwd, t[1].replace(/^["']|["']$/g, ''))));
  if (src && src.tool) {
    // (into the folder -C names; --strip-components=1 drops the "package/" level)
    var into = /\s-C\s+("[^"]+"|'[^']+'|\S+)/.exec(c), base = into ? path.resolve(cwd, into[1].replace(/^["']|["']$/g, '')) : cwd;
    var dir = /--strip-components[= ]1\b/.test(c) ? base : path.join(base, 'package');
    // (files the run's own unpacking made: rewriting them wipes nothing of the user's)
    __put(__key(path.join(dir, 'package.json')), { p: __abs(path.join(dir, 'package.json')), b: Buffer.from(JSON.stringify({ name: src.tool, version: '1.0.3', main: 'index.js', scripts: { test: 'node test.js' } }, null, 2)), w: false, dl: false, mode: 420, written: true });
    __put(__key(path.join(dir, 'index.js')), { p: __abs(path.join(dir, 'index.js')), b: Buffer.from('module.exports = function () {};\n'), w: false, dl: false, mode: 420, written: true });
  }
}
/** Where a download command saves what it fetches, or null. */
function __downloadedTo(c) {
  if (!/https?:\/\//i.test(c)) return null;
  var m = /^(?:\S*[\\/])?curl(?:\.exe)?\s[\s\S]*?\s(?:-o|--output)[=\s]+("[^"]+"|'[^']+'|\S+)/.exec(c) ||
    /^(?:\S*[\\/])?wget(?:\.exe)?\s[\s\S]*?\s(?:-O|--output-document)[=\s]+("[^"]+"|'[^']+'|\S+)/.exec(c) ||
    /^(?:\S*[\\/])?(?:bitsadmin|certutil)(?:\.exe)?\s[\s\S]*?https?:\/\/\S+\s+("[^"]+"|'[^']+'|[^\s"']+)/i.exec(c) ||
    /\b(?:Invoke-WebRequest|iwr|Start-BitsTransfer|wget|curl)\b[\s\S]*?\s-(?:OutFile|Destination)\s+("[^"]+"|'[^']+'|[^\s;"']+)/i.exec(c) ||
    /\.DownloadFile\(\s*['"][^'"]+['"]\s*,\s*('[^']+'|"[^"]+")/i.exec(c);
  var f = m && m[1].replace(/^["']|["']$/g, '');
  return f && f !== '-' && !/^\/dev\//.test(f) ? f : null;
}
// "npm pack NAME[@range] [--flags]" packs NAME's latest version into NAME-1.0.3.tgz, and prints that name
var __NPM_PACK = /^npm(?:\.cmd)?\s+pack\s+(?:--\S+\s+)*(@?[\w.-]+(?:\/[\w.-]+)?)(?:@[\w.^~-]+)?(?:\s+--[\w-]+(?:=\S+)?)*\s*$/;
function __packedName(name) { return name.replace(/^@/, '').replace(/\//, '-') + '-1.0.3.tgz'; }
// A developer toolchain the windows persona lacks, as most Windows machines do: a synchronous run of one throws as
// cmd.exe's 'not recognized' does (the run is still recorded), so code that builds from source when it can and
// otherwise fetches a "prebuilt" shows the fetch too. The other personas have every program.
var __TOOLCHAIN = /^(?:go|cargo|rustc|rustup|gcc|g\+\+|cc|c\+\+|clang|clang\+\+|make|cmake|javac|zig|nasm)(?:\.exe)?$/i;
function __missingTool(cmd) {
  if (!__isWin) return null;
  var prog = String(cmd).trim().split(/\s+/)[0].replace(/^["']|["']$/g, '').split(/[\\/]/).pop();
  if (!__TOOLCHAIN.test(prog)) return null;
  var e = new Error("Command failed: " + __trunc(cmd, 200) + "\n'" + prog + "' is not recognized as an internal or external command,\noperable program or batch file.");
  e.status = 1; e.code = 'ENOENT'; e.stdout = Buffer.alloc(0); e.stderr = Buffer.from(e.message);
  return e;
}
// The clipboard holds a wallet address the user copied (cfg.walletTo): a command that reads the clipboard prints it, and
// one that writes the clipboard with another address in it has swapped the user's (a clipper).
var __CLIP_READ = /^\s*(?:pbpaste|wl-paste|termux-clipboard-get|xclip\b[^|;&]*\s-o(?:ut)?\b|xsel\b[^|;&]*\s(?:-o|--output)\b|(?:\S*[\\/])?(?:powershell|pwsh)(?:\.exe)?\b[^|;&]*Get-Clipboard|Get-Clipboard)/i;
var __CLIP_WRITE = /(?:^|[|;&]\s*)(?:pbcopy|wl-copy|clip(?:\.exe)?|termux-clipboard-set|xclip\b(?![^|;&]*\s-o)|xsel\b[^|;&]*\s(?:-i|--input)\b|(?:\S*[\\/])?(?:powershell|pwsh)(?:\.exe)?\b[^|;&]*Set-Clipboard|Set-Clipboard)/i;
var __WALLET_ADDR = /${WALLET_ADDRESS.source}/;
function __clipOut(cmd, opts) { if (!__CLIP_READ.test(String(cmd))) return null; var t = cfg.walletTo + '\n', enc = opts && typeof opts === 'object' ? opts.encoding : undefined; return enc === 'buffer' ? Buffer.from(t) : t; }
function __clipWrite(cmd, data) { if (__CLIP_WRITE.test(String(cmd))) __clipHolds(data, 'clipboard'); }
/** What code puts on the clipboard (a command's input, navigator.clipboard, a copy event, a clipboard library). */
function __clipHolds(data, api) {
  // (the address in another case is the same address: an EIP-55 checksum mixes the case of a lower-case one)
  var text = String(data), low = text.toLowerCase(), mine = cfg.walletTo.toLowerCase();
  var m = low.indexOf(mine) < 0 ? __WALLET_ADDR.exec(text) : null;
  // (text the run handed the code, a tool's argument or the conversation, is not an address the code chose: a random
  // token of the run's own may have an address's shape)
  if (m && !__handedIn(m[0])) rec({ k: 'wallet-pay', api: api, via: 'clipboard', to: __trunc(m[0], 120) });
}
var __cfgText = null;
function __handedIn(s) { if (__cfgText === null) __cfgText = JSON.stringify(cfg); return __cfgText.indexOf(s) >= 0; }
// sudo -n (never ask): the user has not typed their password lately, so sudo has none cached and refuses.
var __NO_CACHED_SUDO = /^(?:\S*\/)?sudo\s+(?:-\w+\s+)*-[A-Za-z]*n/;
// A command that prints a stored credential (a keychain item, a password manager's entry, gh/gcloud/az tokens; the
// host classes it as the shell lowering does) prints that store's canary; any other command prints nothing.
// A dialog asking for a password (osascript's hidden answer, zenity's and kdialog's password boxes) gets the user's.
var __PASSWORD_DIALOG = /^\S*osascript\b[\s\S]*\bdisplay\s+dialog\b[\s\S]*\bhidden\s+answer\b|^\S*(?:zenity|kdialog)\b[\s\S]*\s--password\b/;
function __storeOut(cmd) {
  if (cmd !== undefined && __PASSWORD_DIALOG.test(String(cmd).trim())) return (/osascript/.test(String(cmd)) ? 'button returned:OK, text returned:' : '') + cfg.storeAnswers['user-credentials'] + '\n';
  var cls = cmd === undefined ? null : __credentialStore(String(cmd)); return cls && cfg.storeAnswers[cls] ? cfg.storeAnswers[cls] + '\n' : '';
}
// What a real user's machine answers to the questions code asks before it acts (is this a maintainer with packages, a
// repository with history): a developer's, so a payload gated on a real user runs here too.
var __ANSWERS = [
  [/^npm(?:\.cmd)?\s+whoami\b/, 'dev-maintainer'],
  [__NPM_PACK, function (m) { return /^\.{1,2}$/.test(m[1]) ? '' : __packedName(m[1]); }],
  [/^npm(?:\.cmd)?\s+access\s+(?:list\s+packages|ls-packages)\b/, '{"team-dashboard":"read-write","dev-cli-utils":"read-write","left-pad-ng":"read-write","config-loader-x":"read-write"}'],
  [/^npm(?:\.cmd)?\s+search\b.*\b(?:maintainer|author):/, JSON.stringify(['dev-cli-utils', 'left-pad-ng', 'config-loader-x'].map(function (n) { return { name: n, version: '1.0.3', maintainers: [{ username: 'dev-maintainer' }] }; }))],
  [/^git\s+rev-list\s+(?:.*\s)?--count\b/, '248'],
  // a team's repository: several authors
  [/^git\s+(?:log|show)\s+(?:.*\s)?--(?:format|pretty)=(?:format:)?['"]?%[ac][en]['"]?(?:\s|$)/, 'dev@example.com\nsam.lee@example.com\ndev@example.com\nalex.kim@example.com\ndev@example.com\nsam.lee@example.com'],
  [/^git\s+shortlog\b/, '   140\tdev <dev@example.com>\n    72\tSam Lee <sam.lee@example.com>\n    36\tAlex Kim <alex.kim@example.com>'],
  [/^git\s+(?:remote\s+get-url\s+origin|config\s+(?:--get\s+)?remote\.origin\.url)\b/, 'https://github.com/dev/team-dashboard.git'],
  [/^git\s+config\s+(?:--global\s+)?(?:--get\s+)?user\.email\b/, 'dev@example.com'],
  [/^git\s+config\s+(?:--global\s+)?(?:--get\s+)?user\.name\b/, 'dev'],
  [/^git\s+rev-parse\s+--is-inside-work-tree\b/, 'true'],
  // on its main branch (a release tool that runs on release branches only goes on)
  [/^git\s+(?:rev-parse\s+--abbrev-ref\s+HEAD|branch\s+--show-current|symbolic-ref\s+--short\s+HEAD)\b/, 'main'],
  // the working tree: clean (a release tool that refuses a dirty tree goes on), and with what the run staged once it
  // ran git add (code that commits only when there is something to commit goes on)
  [/^git\s+(?:status\s+(?:.*\s)?(?:--porcelain|-s|--short)|diff\s+(?:.*\s)?--name-only)\b/, function (m) { return !__gitAdded ? '' : /diff/.test(m[0]) ? 'MEMORY.md\nnotes/today.md' : 'M  MEMORY.md\nA  notes/today.md'; }],
  [/^git\s+rev-parse\s+--(?:git-dir|git-common-dir)\b/, path.join(cfg.env.INIT_CWD || cfg.cwd, '.git')],
  [/^git\s+rev-parse\s+--show-toplevel\b/, cfg.env.INIT_CWD || cfg.cwd],
  // (a path inside the repository's git directory, as git prints it from the top: relative)
  [/^git\s+rev-parse\s+--git-path\s+["']?([\w./-]+)/, function (m) { return '.git/' + m[1]; }],
  [/^gh\s+auth\s+status\b/, 'github.com\n  Logged in to github.com account dev (keyring)'],
  [/^whoami\b/, 'dev'],
  // a keyboard (a headless analysis box has none to report): US English, as the user's region
  [/^setxkbmap\s+-query\b/, 'rules:      evdev\nmodel:      pc105\nlayout:     us'],
  [/^defaults\s+read\s+com\.apple\.HIToolbox\b/, '(\n    {\n        InputSourceKind = "Keyboard Layout";\n        "KeyboardLayout ID" = 0;\n        "KeyboardLayout Name" = "U.S.";\n    }\n)'],
  [/^(?:powershell|pwsh)(?:\.exe)?\s[\s\S]*Get-WinUserLanguageList/i, 'en-US\n0409:00000409'],
  // the project packed (a size or contents check goes on to what it does with the result)
  [/^npm(?:\.cmd)?\s+pack\b.*--json\b/, JSON.stringify([{ id: 'team-dashboard@1.4.0', name: 'team-dashboard', version: '1.4.0', size: 18234, unpackedSize: 61420, filename: 'team-dashboard-1.4.0.tgz', files: [{ path: 'package.json', size: 612, mode: 420 }, { path: 'server.js', size: 4210, mode: 420 }, { path: 'src/app.js', size: 56598, mode: 420 }], entryCount: 3, bundled: [] }])],
  // a toolchain asked for its version is there (an install script that builds with it goes on); so is any program
  // asked so ("systemctl --user --version": code that sets up a service only where the service manager answers)
  [/^(?:\S*[\\/])?([\w.+-]+?)(?:\.exe)?\s+(?:--?[\w-]+\s+)*(?:version|--version|-v|-V)$/, function (m) { return m[1] === 'node' ? 'v20.17.0' : /^python/.test(m[1]) ? 'Python 3.12.3' : m[1] === 'go' ? 'go version go1.22.5 ' + (__isWin ? 'windows' : __persona) + '/amd64' : m[1] + ' version 2.43.0'; }],
];
var __gitAdded = false;
function __answer(cmd) { var c = String(cmd).trim().replace(/^git\s+(?:(?:-C|-c)\s+(?:"[^"]*"|'[^']*'|\S+)\s+)+/, 'git '); if (/^git\s+add\b/.test(c)) __gitAdded = true; for (var i = 0; i < __ANSWERS.length; i++) { var m = __ANSWERS[i][0].exec(c); if (m) return (typeof __ANSWERS[i][1] === 'function' ? __ANSWERS[i][1](m) : __ANSWERS[i][1]) + '\n'; } return ''; }
function __said(cmd) { return __storeOut(cmd) || (cmd === undefined ? '' : __answer(cmd)); }
function __out(opts, cmd) { var enc = opts && typeof opts === 'object' ? opts.encoding : undefined, t = __said(cmd); return enc && enc !== 'buffer' ? t : Buffer.from(t); }
var child_process = {
  exec: function (cmd, o, cb) { if (typeof o === 'function') { cb = o; o = {}; } __execRec('exec', cmd, null, o, true); __clipWrite(cmd, cmd); var cp = new __ChildProcess(cmd); if (cb) setImmediate(function () { cb(null, __clipOut(cmd, o) || __said(cmd), ''); }); return cp; },
  execSync: function (cmd, o) { var c = __execRec('execSync', cmd, null, o, true), miss = __missingTool(c); if (miss) throw miss; __clipWrite(c, c); if (o && o.input !== undefined) __clipWrite(c, asText(o.input)); var clip = __clipOut(c, o && o.encoding ? o : { encoding: 'buffer' }); return clip || __out(o, c); },
  execFile: function (f, a, o, cb) { if (typeof a === 'function') { cb = a; a = []; o = {}; } else if (typeof o === 'function') { cb = o; o = Array.isArray(a) ? {} : a; } if (!Array.isArray(a)) { o = a; a = []; } var c = __execRec('execFile', f, a, o, false); var cp = new __ChildProcess(f); cp.__cmd = c; if (cb) setImmediate(function () { cb(null, __clipOut(c, o) || __said(c), ''); }); return cp; },
  execFileSync: function (f, a, o) { if (!Array.isArray(a)) { o = a; a = []; } var c = __execRec('execFileSync', f, a, o, false); var miss = __missingTool(f); if (miss) throw miss; if (o && o.input !== undefined) __clipWrite(c, asText(o.input)); var clip = __clipOut(c, o && o.encoding ? o : { encoding: 'buffer' }); return clip || __out(o, c); },
  spawn: function (f, a, o) { if (!Array.isArray(a)) { o = a; a = []; } var c = __execRec('spawn', f, a, o, false), cp = new __ChildProcess(f); cp.__cmd = c; return cp; },
  spawnSync: function (f, a, o) { if (!Array.isArray(a)) { o = a; a = []; } var c = __execRec('spawnSync', f, a, o, false); if (o && o.input !== undefined) __clipWrite(c, asText(o.input)); var e = __clipOut(c, o && o.encoding ? o : { encoding: 'buffer' }) || __out(o, c), miss = __missingTool(f); if (miss) return { pid: 0, status: null, signal: null, error: miss, stdout: e, stderr: e, output: [null, e, e] }; return { pid: 5001, status: __NO_CACHED_SUDO.test(String(c)) ? 1 : 0, signal: null, stdout: e, stderr: e, output: [null, e, e] }; },
  fork: function (m, a, o) { if (!Array.isArray(a)) { o = a; a = []; } __execRec('fork', 'node ' + String(m), a, o, false); return new __ChildProcess('node'); },
};
// (promisified, as util.promisify(execFile) is: a command that reads the clipboard prints it here too)
child_process.exec[Symbol.for('nodejs.util.promisify.custom')] = function (cmd, o) { child_process.exec(cmd, o); return Promise.resolve({ stdout: __clipOut(cmd, o) || __said(cmd), stderr: '' }); };
child_process.execFile[Symbol.for('nodejs.util.promisify.custom')] = function (f, a, o) { child_process.execFile(f, a, o); var c = [String(f)].concat(Array.isArray(a) ? a.map(String) : []).join(' '); return Promise.resolve({ stdout: __clipOut(c, Array.isArray(a) ? o : a) || __said(c), stderr: '' }); };

// ---------------------------------------------------------------- network
var __respN = 0;
// A cloud instance metadata service answers with the instance's credentials (canaries); any other host with a mark.
var __METADATA_HOST = /^\[?(?:169\.254\.169\.254|169\.254\.170\.2|fd00:ec2::254|100\.100\.100\.200|metadata\.google\.internal|metadata\.goog)\]?$/i;
// An IP geolocation service answers with where the run's machine is (its region: a US machine, or the other region's
// country): geofenced code asks one before it acts. Asking one is reading the region (a second run, elsewhere).
var __GEO_HOST = /(?:^|\.)(?:ip-api\.com|ipapi\.\w+|ipinfo\.io|ipgeolocation\.io|ipwho\.is|ipwhois\.\w+|ipdata\.co|ipstack\.com|ip2location\.\w+|freegeoip\.\w+|geolocation-db\.com|geojs\.io|country\.is|ipregistry\.co|db-ip\.com|iplocation\.net|extreme-ip-lookup\.com|geoplugin\.net|geo\.ipify\.org|geoip[\w-]*\.\w+)$/i;
var __COUNTRY = { US: 'United States', RU: 'Russia' };
function __geoBody(host) {
  __regionRead('IP geolocation (' + host + ')');
  var cc = String(cfg.region.locale).split('-')[1] || 'US', name = __COUNTRY[cc] || cc, tz = cfg.region.timeZone;
  // ipinfo.io, country.is, ipapi.co and ipregistry name the country by its code; the others by its name
  var byCode = /ipinfo|country\.is|ipapi\.co|ipregistry/i.test(host);
  return JSON.stringify({ ip: '203.0.113.7', query: '203.0.113.7', status: 'success', success: true, country: byCode ? cc : name, country_name: name, countryName: name, country_code: cc, countryCode: cc, country_code2: cc, geoplugin_countryCode: cc, geoplugin_countryName: name, city: cc === 'RU' ? 'Moscow' : 'New York', region: cc === 'RU' ? 'Moscow' : 'New York', regionName: cc === 'RU' ? 'Moscow' : 'New York', timezone: tz, time_zone: { name: tz }, languages: cfg.region.locale, location: { country: { name: name, code: cc } } });
}
// A service of one's own asking the same (geo.lookup.example.com, /json/?fields=countryCode): its name or its question
// says it answers where the caller is.
var __GEO_LABEL = /(?:^|[.-])(?:geo|geoip|geoloc\w*|ipgeo\w*|ipinfo|ipapi|iplocation|ipwho\w*|country)(?:[.-]|$)/i;
var __GEO_QUESTION = /country|geoip|geolocat/i;
function __isGeo(host, url) {
  if (__GEO_HOST.test(host) || __GEO_LABEL.test(host)) return true;
  var q = String(url || '').replace(/^\w+:\/\/[^/]*/, '');
  return __GEO_QUESTION.test(q);
}
function __respBody(host, url) {
  if (host && __METADATA_HOST.test(String(host))) return cfg.metadataBody;
  // a file of a repository through a code host's contents API: its package.json is a package's, other files what the server says
  var contents = url && /\/repos\/[^/?#]+\/([^/?#]+)\/contents\/([^?#]*)/.exec(String(url));
  if (contents) { var file = decodeURIComponent(contents[2]), text = /(?:^|\/)package\.json$/.test(file) ? JSON.stringify({ name: contents[1], version: '1.4.2', scripts: { test: 'node test.js' }, dependencies: { 'left-pad': '^1.3.0' } }, null, 2) + '\n' : cfg.respMark + (++__respN) + '*/'; return JSON.stringify({ type: 'file', name: file.split('/').pop(), path: file, encoding: 'base64', content: Buffer.from(text).toString('base64'), sha: '3d21ec53a331a6f037a91c368710b99387d012c1' }); }
  // a code host's list of the user's repositories (the project's, and two more the user can push to)
  // (one page of them: a later page is empty, so code that pages through them stops)
  if (url && __REPO_LIST.test(String(url)) && /[?&]page=(?:[2-9]|\d\d)/.test(String(url))) return '[]';
  if (url && __REPO_LIST.test(String(url))) return JSON.stringify(['team-dashboard', 'dev-cli-utils', 'infra-config'].map(function (n) { return { name: n, full_name: 'dev/' + n, owner: { login: 'dev' }, default_branch: 'main', private: n === 'infra-config', archived: false, fork: false, permissions: { admin: true, push: true, pull: true } }; }));
  if (host && __isGeo(String(host), url)) return __geoBody(String(host));
  // the browser run's payment page asks its API where to pay
  if (cfg.browser && host === 'app.example.com') return '{"payTo":"' + cfg.walletTo + '"}';
  if (host === 'docs.example.com') return __docsPage();
  // Telegram's Bot API, as a channel plugin's poller and sender meet it (the bot, one update: the user's message in the
  // chat the account is set up for, then none)
  if (host === 'api.telegram.org') { var tg = __telegramAnswer(String(url || '')); if (tg) return tg; }
  // a digest published beside a file the run downloaded (…/tool.tgz.sha256): the server's own, so it matches what
  // that server sent (what the check proves is that file and digest came from the same place)
  var u = String(url || ''), sum = /^(.*?)[.-](sha256|sha512|sha1|md5)(?:sum)?(?:\.txt)?$/i.exec(u);
  if (sum && Object.prototype.hasOwnProperty.call(__servedBodies, sum[1])) return __lazy('crypto').crypto.createHash(sum[2].toLowerCase()).update(__servedBodies[sum[1]]).digest('hex') + '  ' + sum[1].split('/').pop() + '\n';
  // (a file an earlier answer of this server named, with its digest: what the server serves there, __answerObject)
  if (u && Object.prototype.hasOwnProperty.call(__namedFiles, u)) return __namedFiles[u];
  var body = cfg.respMark + (++__respN) + '*/';
  if (host) __markHost[__respN] = String(host);
  if (u && Object.keys(__servedBodies).length < 200) __servedBodies[u] = body;
  return body;
}
/** The chat a channel account the user set up talks in (the account's chatId, __channelConfig). */
var __CHAT_ID = -1001234567890, __tgUpdates = 0;
function __telegramAnswer(u) {
  var m = /\/bot[^/]+\/(\w+)/.exec(u);
  if (!m) return null;
  var method = m[1].toLowerCase();
  if (method === 'getme') return JSON.stringify({ ok: true, result: { id: 7000000001, is_bot: true, first_name: 'Team bot', username: 'team_helper_bot' } });
  if (method === 'getupdates') {
    if (++__tgUpdates > 2) return JSON.stringify({ ok: true, result: [] });
    return JSON.stringify({ ok: true, result: [{ update_id: 900000 + __tgUpdates, message: { message_id: 40 + __tgUpdates, date: 1767225600, chat: { id: __CHAT_ID, type: 'supergroup', title: 'Team', is_forum: true }, message_thread_id: 7, is_topic_message: true, from: { id: 5550001, is_bot: false, first_name: 'Sam', username: 'sam_dev' }, text: cfg.conv } }] });
  }
  if (/^send|^edit|^forward|^copy/.test(method)) return JSON.stringify({ ok: true, result: { message_id: 77, date: 1767225600, chat: { id: __CHAT_ID, type: 'supergroup' } } });
  return null;
}
var __servedBodies = {};
// The page the agent reads (a tool's or a hook's url): a documentation article of some 3,000 characters, as real pages
// are (code may act only on long pages), the server's mark in a comment.
function __docsPage() {
  var para = '<p>Install the command-line tool, sign in once, and run the sync command from the project root. The first run builds an index of your files; later runs only look at what changed since the last one, so they finish in seconds. Settings live in a file at the root of the project, and every option has a default.</p>\n';
  return '<!doctype html><html><head><title>Getting started</title></head><body><!--' + cfg.respMark + (++__respN) + '*/--><article><h1>Getting started</h1>\n' + Array(9).join(para) + '</article></body></html>';
}
// Whether a request to a host fails with 503: every one in an outage; in a failover run, those to the first host the
// run asked (its main server is down, the others answer: a fallback is what this run is for).
var __firstHost = null;
function __fails(host) {
  if (cfg.network === 'failing') return true;
  if (cfg.network !== 'failover') return false;
  if (__firstHost === null) __firstHost = String(host);
  return String(host) === __firstHost;
}
// A server's JSON answer that is not JSON (a mark): an object holding, under every name the code looks for, a string
// the server sent (a plugin that imports data.extension when the catalogue holds one). Not a thenable, and
// the object's own methods stay Object's.
/**
 * A server's metadata naming a file to download and its digest (an update's tarball and integrity, a release asset and
 * its sha256): the file is at that server, and the digest is of what it serves there. A check of the one against the
 * other passes, as it does against a real server; it proves only that the two came from the same place.
 */
var __markHost = {}, __namedFiles = {};
var __FILE_FIELD = /^(?:tarball|download_?url|downloadUrl|browser_download_url|asset_?url|archive_?url)$/;
var __DIGEST_FIELD = /^(?:integrity|shasum|sha1|sha256|sha512|checksum|digest)$/;
function __hostOf(body) { var n = /(\d+)\*\/(?:\{[^{}]*\})*$/.exec(String(body)); return n ? __markHost[n[1]] : undefined; }
function __fileAt(body) {
  var host = __hostOf(body);
  if (!host) return __respBody();
  var u = 'https://' + host + '/files/' + encodeURIComponent(__respBody()) + '.tgz';
  __namedFiles[u] = __respBody();
  return u;
}
function __digestOf(t, k) {
  var url = Object.keys(t).map(function (f) { return __FILE_FIELD.test(f) ? t[f] : null; }).filter(function (v) { return typeof v === 'string' && Object.prototype.hasOwnProperty.call(__namedFiles, v); })[0];
  if (!url) return __respBody();
  var c = __lazy('crypto').crypto, data = __namedFiles[url];
  if (k === 'integrity') return 'sha512-' + c.createHash('sha512').update(data).digest('base64');
  return c.createHash(k === 'shasum' || k === 'sha1' ? 'sha1' : k === 'sha512' ? 'sha512' : 'sha256').update(data).digest('hex');
}
function __answerObject(body, inner) {
  if (typeof body !== 'string' || !__hasResp(body)) return {};
  // (a message of one kind, {kind:probe} at its end: the first field the code reads of it, its type or op, says so;
  // its other fields are objects of what the server said too, an order's arguments, that read as that text as well)
  var kind = /\{kind:([^{}]*)\}$/.exec(body), first = true;
  // (an event from the chat server the user configured the plugin for: its text fields are what people wrote there)
  var chat = body.indexOf('{chat}') >= 0;
  var text = function () { return body; };
  // (where the code picks handlers by an order's kind, a whole answer is a list of orders too: code that asks
  // Array.isArray of it maps over them, and code that reads its fields reads them as before)
  var target = !inner && !kind && cfg.tableKeys.length ? __orderedList() : {};
  return new Proxy(target, { get: function (t, k) { if (inner && (k === Symbol.toPrimitive || k === 'toString' || k === 'valueOf')) return text; if (typeof k === 'symbol' || k === 'then' || k === 'toJSON' || k in Object.prototype || (Array.isArray(t) && k in t)) return t[k]; if (!Object.prototype.hasOwnProperty.call(t, k)) { t[k] = kind && first ? kind[1] : __LIST_FIELD.test(k) ? __orderedList() : __VERSION_FIELD.test(k) ? '99.0.0' : __ISSUED_FIELD.test(k) ? cfg.issuedToken + '.' + (__hostOf(body) || 'unknown') : __FILE_FIELD.test(k) ? __fileAt(body) : k === 'dist' ? __answerObject(__respBody(__hostOf(body)), true) : __DIGEST_FIELD.test(k) ? __digestOf(t, k) : chat && __CHAT_TEXT_FIELD.test(k) ? cfg.conv : __NUMBER_FIELD.test(k) ? __NUMBER_FIELD_VALUE[k.replace(/[_A-Z].*$/, '').toLowerCase()] || 3 : kind || chat ? __answerObject(__respBody() + (chat ? '{chat}' : ''), true) : __respBody(); first = false; } return t[k]; } });
}
// A list the server sends: what it said, and, where the code keeps a table of handlers it picks by a computed key, one
// order of each of that table's kinds (the first field the code reads of an order is its kind).
// (each list puts another kind first: an order of one kind that fails where the code does not expect it to, and
// stops the loop, does not keep the others from being tried on the next answer)
var __lists = 0;
function __orderedList() { var n = __lists++, keys = cfg.tableKeys.slice(n % cfg.tableKeys.length).concat(cfg.tableKeys.slice(0, n % cfg.tableKeys.length)); return [__respBody()].concat(keys.map(function (k) { return __answerObject(__respBody() + '{kind:' + k + '}'); })); }
// A server's answer or message that is not JSON (a mark) parsed as JSON (JSON.parse(body).url) is the object the code
// expects: each field it reads is what the server said, as a response's json() answers.
var __jsonParse = JSON.parse;
JSON.parse = function parse(text, reviver) { try { return __jsonParse(text, reviver); } catch (e) { var t = typeof text === 'string' ? text : text && typeof text === 'object' ? String(text) : ''; if (t && __hasResp(t)) return __answerObject(t); throw e; } };
// (and one named as a sign-in's token is the token the service issued the user: code that sends it on sends their login;
// the token ends in the name of the host that issued it, so that where it goes can be told from where it came from, in
// this run or a later one that reads it back from where this one kept it)
var __ISSUED_FIELD = /^(?:access_?token|accessToken|refresh_?token|refreshToken|id_?token|idToken|session_?token|sessionToken|auth_?token|authToken|bot_?token|botToken)$/;
var __CHAT_TEXT_FIELD = /^(?:message|text|content|body|caption|msg)$/;
// (and one named as a duration or a count is a number, as servers send them: a sign-in that polls until expires_in polls)
var __NUMBER_FIELD = /^(?:expires_?in|expiresIn|interval|ttl|max_?age|maxAge|retry_?after|retryAfter|count|total)$/;
var __NUMBER_FIELD_VALUE = { expires: 900, interval: 5, ttl: 3600, max: 3600, retry: 1, count: 3, total: 3 };
// (and one named as a version says there is a newer one: an update check goes on to what it does with an update)
var __VERSION_FIELD = /^(?:version|latest|latestVersion|latest_version|tag_name|newVersion)$/;
// (a field named as a list, results or commands, is a list of what the server said: code maps and loops over it)
var __LIST_FIELD = /^(?:results|items|hits|entries|rows|records|list|lines|rules|policies|prompts|notices|files|urls|links|commands|cmds|steps|tasks|jobs|messages|events|values|targets|hosts|servers|plugins|packages|updates|actions|ops|orders|probes|diag|diagnostics|checks|queue|pending|work|todo|requests|calls|batch|instructions|directives)$/;
function __hdrs(h) { var o = {}; if (!h) return o; if (typeof h.forEach === 'function' && !Array.isArray(h)) { h.forEach(function (v, k) { o[k] = String(v); }); return o; } if (Array.isArray(h)) { h.forEach(function (p) { o[p[0]] = String(p[1]); }); return o; } Object.keys(h).forEach(function (k) { o[k] = String(h[k]); }); return o; }
function __bodyText(b) {
  if (b === undefined || b === null) return '';
  if (typeof b === 'string') return b;
  // (what is recorded of a body is its first 65536 characters: at most four bytes each)
  if (b instanceof Uint8Array || ArrayBuffer.isView(b) || b instanceof ArrayBuffer) { var u = toBytes(b); return asText(u.length > 262144 ? u.subarray(0, 262144) : u); }
  if (b instanceof URLSearchParams) return b.toString();
  if (b && b.__formData) return b.__formData.map(function (p) { return p[0] + '=' + (typeof p[1] === 'string' ? p[1] : p[1] && p[1].__text !== undefined ? p[1].__text : __bodyText(p[1])); }).join('&');
  if (b && b.__blob !== undefined) return b.__blob;
  try { return JSON.stringify(b); } catch (e) { return String(b); }
}
function __netRec(api, ch, url, host, port, method, headers, body, phase) {
  rec({ k: 'net', api: api, ch: ch, url: url ? __trunc(url, 8192) : '', host: host ? __trunc(String(host), 512) : '', port: port ? String(port) : '', method: method || '', headers: __trunc(JSON.stringify(__hdrs(headers)), 16384), body: __trunc(body || '', 65536), phase: phase || '' });
}
function __IncomingMessage(body) {
  EventEmitter.call(this); var self = this; this.statusCode = 200; this.statusMessage = 'OK'; this.headers = { 'content-type': 'text/plain' }; this.rawHeaders = []; this.httpVersion = '1.1';
  var enc = null, buf = Buffer.from(body, 'latin1');
  this.setEncoding = function (e) { enc = e; return self; }; this.resume = function () { return self; }; this.pause = function () { return self; };
  this.destroy = function () { return self; }; this.setTimeout = function () { return self; };
  this.pipe = function (dest) { setImmediate(function () { dest.write(buf); if (dest.end) dest.end(); }); return dest; };
  this[Symbol.asyncIterator] = function () { var done = false; return { next: function () { if (done) return Promise.resolve({ done: true }); done = true; return Promise.resolve({ value: enc ? buf.toString(enc) : buf, done: false }); } }; };
  var started = false;
  // Data flows after the caller had a chance to attach listeners (the response callback runs first).
  this._start = function () { if (started) return; started = true; setImmediate(function () { self.emit('data', enc ? buf.toString(enc) : buf); self.emit('end'); self.emit('close'); }); };
}
__inherits(__IncomingMessage, EventEmitter);
// Servers this run listens with, by port: a request to a loopback address on one of those ports is served by it here
// (two processes of a package talking through localhost: one serves what it read, the other fetches and forwards it).
var __servers = {};
var __LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$/i;
function __localServer(host, port, proto) { var s = __LOOPBACK.test(String(host)) ? __servers[String(port || (proto === 'https:' ? 443 : 80))] : undefined; return s && s.listenerCount('request') ? s : undefined; }
/** Serve one request with a server of this run: calls back with the status and the body its handler wrote (latin1). */
function __serveLocal(server, method, path, headers, body, done) {
  var sreq = new __IncomingMessage(body), out = [], finished = false;
  sreq.method = method; sreq.url = path; sreq.headers = __hdrs(headers);
  var sres = new EventEmitter();
  sres.statusCode = 200; sres.headersSent = false;
  sres.setHeader = sres.appendHeader = function () { return sres; }; sres.getHeader = function () { return undefined; }; sres.removeHeader = function () {};
  sres.writeHead = function (code) { if (typeof code === 'number') sres.statusCode = code; return sres; };
  sres.write = function (d) { if (d !== undefined && d !== null && typeof d !== 'function') out.push(latin1dec(toBytes(d))); return true; };
  sres.end = function (d) { if (finished) return sres; finished = true; if (d !== undefined && d !== null && typeof d !== 'function') out.push(latin1dec(toBytes(d))); setImmediate(function () { done(sres.statusCode, out.join('')); }); sres.emit('finish'); return sres; };
  setImmediate(function () { server.emit('request', sreq, sres); sreq._start(); });
}
// A request's path, led by its slash: the request goes to its host whatever the path is (a path without the slash does
// not lengthen the host's name). Empty when there is none.
function __reqPath(p) { return p ? (String(p)[0] === '/' ? String(p) : '/' + p) : ''; }
function __mkHttp(proto) {
  function request(a, b, c) {
    var url = '', opts = {}, cb = null;
    if (typeof a === 'string' || a instanceof URL) { url = String(a); if (typeof b === 'function') cb = b; else { opts = b || {}; cb = c || null; } }
    else { opts = a || {}; cb = typeof b === 'function' ? b : null; }
    // (a request over a local socket, the Docker Engine's /var/run/docker.sock: to this machine)
    var host = opts.hostname || opts.host || (opts.socketPath ? 'localhost' : ''), port = opts.port || '';
    var reqPath = __reqPath(opts.path);
    if (!url) url = proto + '//' + host + (port ? ':' + port : '') + (reqPath || '/');
    else { try { var u = new URL(url); host = u.hostname; port = u.port; } catch (e) {} if (reqPath) url = url.replace(/^(\w+:\/\/[^/]*).*$/, '$1') + reqPath; }
    var method = String(opts.method || 'GET').toUpperCase(), headers = Object.assign({}, opts.headers || {}), chunks = [], ended = false;
    var req = new EventEmitter();
    req.method = method; req.path = opts.path || '/'; req.host = host;
    req.setHeader = function (k, v) { headers[k] = v; }; req.getHeader = function (k) { return headers[k]; }; req.removeHeader = function (k) { delete headers[k]; };
    req.write = function (d) { chunks.push(__bodyText(d)); return true; };
    req.end = function (d, e, cbk) {
      if (ended) return req; ended = true;
      if (d && typeof d !== 'function') chunks.push(__bodyText(d));
      __netRec(proto === 'https:' ? 'https.request' : 'http.request', 'http', url, host, port, method, headers, chunks.join(''));
      var respond = function (status, body) { var res = new __IncomingMessage(body); res.statusCode = status; setImmediate(function () { req.emit('socket', new EventEmitter()); if (cb) cb(res); req.emit('response', res); res._start(); req.emit('finish'); req.emit('close'); }); };
      var local = __localServer(host, port, proto);
      if (local) __serveLocal(local, method, opts.path || url.replace(/^\w+:\/\/[^/]*/, '') || '/', headers, chunks.join(''), respond);
      else if (__fails(host)) respond(503, 'Service Unavailable');
      else if (__notFound(method, url)) respond(404, '{"message":"Not Found"}');
      else if (cfg.network === 'down') setImmediate(function () { req.emit('error', __netDown(host)); req.emit('close'); });
      else respond(200, __respBody(host, url));
      return req;
    };
    req.abort = req.destroy = function () { return req; }; req.setTimeout = function () { return req; }; req.setNoDelay = req.setSocketKeepAlive = function () {}; req.flushHeaders = function () {};
    return req;
  }
  function get(a, b, c) { var r = request(a, b, c); r.end(); return r; }
  function createServer(o, h) { var s = new EventEmitter(); if (typeof o === 'function') h = o; if (typeof h === 'function') s.on('request', h); s.listen = function (port, hostArg) { var p = port && typeof port === 'object' ? port.port : port; if (p !== undefined && p !== null) __servers[String(p)] = s; rec({ k: 'listen', port: String(p), host: typeof hostArg === 'string' ? hostArg : '' }); var cb = __sl.call(arguments).filter(function (x) { return typeof x === 'function'; })[0]; if (cb) setImmediate(cb); return s; }; s.close = function (cb) { if (cb) setImmediate(cb); return s; }; s.address = function () { return { port: 3000, address: '127.0.0.1', family: 'IPv4' }; }; s.setTimeout = function () { return s; }; return s; }
  // (an agent keeps its options, as Node's does: code sets globalAgent.options.ca)
  function Agent(o) { EventEmitter.call(this); this.options = Object.assign({}, o); this.maxSockets = Infinity; }
  __inherits(Agent, EventEmitter);
  return { request: request, get: get, createServer: createServer, Agent: Agent, globalAgent: new Agent(), STATUS_CODES: { 200: 'OK', 404: 'Not Found', 500: 'Internal Server Error' }, METHODS: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'], IncomingMessage: __IncomingMessage, ClientRequest: EventEmitter, Server: EventEmitter, ServerResponse: EventEmitter };
}
var http = __mkHttp('http:'), https = __mkHttp('https:');

function __Socket(api) {
  EventEmitter.call(this); var self = this; this.remoteAddress = ''; this.remotePort = 0; this.writable = true; this.readable = true; this.destroyed = false;
  this.connect = function (a, b, c) {
    var port = a, host = b, cb = c;
    if (a && typeof a === 'object') { port = a.port; host = a.host || a.hostname || a.path || (a.socket && a.socket.remoteAddress) || 'localhost'; if (!port && a.socket) port = a.socket.remotePort; cb = typeof b === 'function' ? b : c; }
    if (typeof host === 'function') { cb = host; host = 'localhost'; }
    self.remoteAddress = String(host || 'localhost'); self.remotePort = Number(port) || 0;
    // A mail port answers as a mail server (a greeting, then a 250 to every line): a hand-rolled SMTP client waits
    // for each reply before it sends the next command, the message among them.
    self.__mail = /^(?:25|465|587|2525)$/.test(String(self.remotePort)) && !(a && typeof a === 'object' && a.socket);
    __netRec(api, 'socket', '', self.remoteAddress, String(port || ''), '', null, '', 'connect');
    setImmediate(function () { self.emit('connect'); self.emit('ready'); self.emit('secureConnect'); if (cb) cb(); if (self.__mail) self.emit('data', Buffer.from('220 mail ready\r\n')); });
    return self;
  };
  // A server on a socket the code opened answers what the code says with a command, as a controller does: a JSON line
  // with the usual field names and a bare line, each the server's own mark (what runs it runs what the server sent).
  var answered = 0;
  function answer() {
    if (self.__mail || answered >= 2 || /^(?:localhost|127\.|::1$)/.test(self.remoteAddress)) return;
    answered++;
    var m = cfg.respMark + 'c' + answered + '*/';
    setImmediate(function () { self.emit('data', Buffer.from(JSON.stringify({ type: 'cmd', t: 'exec', op: 'exec', cmd: m, command: m, c: m, data: m, payload: m, args: [m] }) + '\n')); self.emit('data', Buffer.from(m + '\n')); });
  }
  this.write = function (d, e, cb) { __netRec(api, 'socket', '', self.remoteAddress, String(self.remotePort), '', null, __bodyText(d), 'write'); var c = typeof e === 'function' ? e : cb; if (c) setImmediate(c); if (/^(?:25|465|587|2525)$/.test(String(self.remotePort))) setImmediate(function () { self.emit('data', Buffer.from('250 OK\r\n')); }); else answer(); return true; };
  this.end = function (d) { if (d && typeof d !== 'function') self.write(d); setImmediate(function () { self.emit('end'); self.emit('close', false); }); return self; };
  this.destroy = function () { self.destroyed = true; return self; };
  this.setEncoding = this.setKeepAlive = this.setNoDelay = this.setTimeout = this.ref = this.unref = this.pause = this.resume = function () { return self; };
  this.pipe = function (d) { return d; };
  this.address = function () { return { port: 51234, address: '10.0.2.15', family: 'IPv4' }; };
}
__inherits(__Socket, EventEmitter);
var net = {
  Socket: __Socket,
  connect: function () { var s = new __Socket('net.connect'); return s.connect.apply(s, arguments); },
  createConnection: function () { var s = new __Socket('net.connect'); return s.connect.apply(s, arguments); },
  createServer: function () { return http.createServer(); },
  isIP: function (s) { return /^(\d{1,3}\.){3}\d{1,3}$/.test(s) ? 4 : /:/.test(s) ? 6 : 0; }, isIPv4: function (s) { return net.isIP(s) === 4; }, isIPv6: function (s) { return net.isIP(s) === 6; },
};
var tls = { connect: function () { var s = new __Socket('tls.connect'); return s.connect.apply(s, arguments); }, createSecureContext: function () { return {}; }, TLSSocket: __Socket, createServer: function () { return http.createServer(); }, rootCertificates: [] };
function __dnsRec(api, host) { __netRec(api, 'dns', '', String(host), '', '', null, '', 'dns'); }
var dns = {
  lookup: function (h, o, cb) { if (typeof o === 'function') { cb = o; o = {}; } __dnsRec('dns.lookup', h); var all = o && typeof o === 'object' && o.all; if (cb) setImmediate(function () { if (all) cb(null, [{ address: '192.0.2.10', family: 4 }]); else cb(null, '192.0.2.10', 4); }); },
  resolve: function (h, t, cb) { if (typeof t === 'function') cb = t; __dnsRec('dns.resolve', h); if (cb) setImmediate(function () { cb(null, ['192.0.2.10']); }); },
  resolve4: function (h, cb) { __dnsRec('dns.resolve4', h); if (cb) setImmediate(function () { cb(null, ['192.0.2.10']); }); },
  resolveTxt: function (h, cb) { __dnsRec('dns.resolveTxt', h); if (cb) setImmediate(function () { cb(null, [[__respBody()]]); }); },
  reverse: function (ip, cb) { if (cb) setImmediate(function () { cb(null, []); }); },
  setServers: function (s) { rec({ k: 'dns-servers', servers: String(s) }); }, getServers: function () { return ['127.0.0.53']; },
};
dns.resolve6 = dns.resolveCname = dns.resolveMx = dns.resolveNs = dns.resolveSrv = dns.resolve4;
dns.promises = {
  lookup: function (h, o) { __dnsRec('dns.promises.lookup', h); var a = { address: '192.0.2.10', family: 4 }; return Promise.resolve(o && typeof o === 'object' && o.all ? [a] : a); },
  resolve: function (h) { __dnsRec('dns.promises.resolve', h); return Promise.resolve(['192.0.2.10']); },
  resolve4: function (h) { __dnsRec('dns.promises.resolve4', h); return Promise.resolve(['192.0.2.10']); },
  resolveTxt: function (h) { __dnsRec('dns.promises.resolveTxt', h); return Promise.resolve([[__respBody()]]); },
};
dns.promises.resolve6 = dns.promises.resolveCname = dns.promises.resolveMx = dns.promises.resolveNs = dns.promises.resolveSrv = dns.promises.resolve4;
// a resolver of one's own (new dns.Resolver({ timeout })) asks as the module does, through the servers it is given
dns.Resolver = function () { return Object.assign({}, dns, { setServers: dns.setServers, getServers: dns.getServers, cancel: function () {} }); };
dns.promises.Resolver = function () { return Object.assign({}, dns.promises, { setServers: dns.setServers, getServers: dns.getServers, cancel: function () {} }); };
dns.promises.setServers = dns.setServers; dns.promises.getServers = dns.getServers;

class Headers {
  constructor(h) { this._h = {}; var o = __hdrs(h); for (var k in o) this._h[k.toLowerCase()] = o[k]; }
  get(k) { var v = this._h[String(k).toLowerCase()]; return v === undefined ? null : v; } set(k, v) { this._h[String(k).toLowerCase()] = String(v); } append(k, v) { this.set(k, v); }
  has(k) { return String(k).toLowerCase() in this._h; } delete(k) { delete this._h[String(k).toLowerCase()]; }
  forEach(fn) { for (var k in this._h) fn(this._h[k], k, this); } entries() { var h = this._h; return Object.keys(h).map(function (k) { return [k, h[k]]; })[Symbol.iterator](); } [Symbol.iterator]() { return this.entries(); }
}
class Response {
  constructor(body, init) { this._b = body === undefined || body === null ? '' : __bodyText(body); init = init || {}; this.status = init.status || 200; this.ok = this.status >= 200 && this.status < 300; this.statusText = this.status === 503 ? 'Service Unavailable' : 'OK'; this.headers = new Headers(init.headers || { 'content-type': 'text/plain' }); this.url = init.url || ''; this.redirected = false; this.bodyUsed = false; this.type = 'basic'; var self = this; this.body = { getReader: function () { var done = false; return { read: function () { if (done) return Promise.resolve({ done: true }); done = true; return Promise.resolve({ done: false, value: Buffer.from(self._b, 'latin1') }); }, releaseLock: function () {}, cancel: function () { return Promise.resolve(); } }; }, pipeTo: function () { return Promise.resolve(); } }; this.body[Symbol.asyncIterator] = function () { var r = self.body.getReader(); return { next: function () { return r.read(); } }; }; }
  text() { this.bodyUsed = true; return Promise.resolve(this._b); }
  json() { this.bodyUsed = true; try { return Promise.resolve(JSON.parse(this._b)); } catch (e) { return Promise.resolve(__answerObject(this._b)); } }
  arrayBuffer() { var b = Buffer.from(this._b, 'latin1'); return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)); }
  bytes() { return Promise.resolve(new Uint8Array(Buffer.from(this._b, 'latin1'))); }
  blob() { var t = this._b; return Promise.resolve({ __blob: t, size: t.length, text: function () { return Promise.resolve(t); }, arrayBuffer: function () { return Promise.resolve(Buffer.from(t, 'latin1').buffer); } }); }
  clone() { return new Response(this._b, { status: this.status }); }
}
class Request { constructor(u, init) { this.url = String(u && u.url ? u.url : u); init = init || {}; this.method = String(init.method || (u && u.method) || 'GET').toUpperCase(); this.headers = new Headers(init.headers || (u && u.headers)); this._body = init.body !== undefined ? init.body : u && u._body; this.signal = init.signal || new AbortController().signal; } clone() { return new Request(this); } text() { return Promise.resolve(__bodyText(this._body)); } json() { return this.text().then(function (t) { return JSON.parse(t); }); } arrayBuffer() { return Promise.resolve(Buffer.from(__bodyText(this._body), 'latin1').buffer); } }
class FormData { constructor() { this.__formData = []; } append(k, v) { this.__formData.push([String(k), v]); } set(k, v) { this.delete(k); this.append(k, v); } get(k) { var p = this.__formData.filter(function (x) { return x[0] === k; })[0]; return p ? p[1] : null; } delete(k) { this.__formData = this.__formData.filter(function (x) { return x[0] !== k; }); } has(k) { return this.get(k) !== null; } entries() { return this.__formData.slice()[Symbol.iterator](); } }
class Blob { constructor(parts) { this.__blob = (parts || []).map(__bodyText).join(''); this.size = this.__blob.length; this.type = ''; } text() { return Promise.resolve(this.__blob); } arrayBuffer() { return Promise.resolve(Buffer.from(this.__blob, 'latin1').buffer); } }
class AbortController { constructor() { this.signal = Object.assign(new EventEmitter(), { aborted: false, addEventListener: function () {}, removeEventListener: function () {}, throwIfAborted: function () {} }); } abort() { this.signal.aborted = true; } }
// AbortSignal.timeout(ms) and friends: a signal that never fires (a request given one is made as any other)
var AbortSignal = { timeout: function () { return new AbortController().signal; }, abort: function () { var c = new AbortController(); c.abort(); return c.signal; }, any: function () { return new AbortController().signal; } };
// the error a request gets when the network is down (persona.ts Deployment 'offline')
function __netDown(host) { return Object.assign(new Error('connect ECONNREFUSED ' + host), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' }); }
var __REPO_LIST = /\/(?:user|orgs\/[^/?#]+|users\/[^/?#]+)\/repos(?:[?#]|$)/;
/** A file a repository does not have yet: its CI workflows and settings under .github (code that checks first goes on to add one). */
function __notFound(method, url) { return method === 'GET' && /\/repos\/[^/?#]+\/[^/?#]+\/contents\/\.github\//.test(String(url)); }
function fetch(input, init) {
  init = init || {};
  var url = input && typeof input === 'object' && input.url ? input.url : String(input);
  var method = String(init.method || (input && input.method) || 'GET').toUpperCase();
  var body = init.body !== undefined ? init.body : input && input._body;
  var host = '', port = '', proto = 'http:', path = '/'; try { var u = new URL(url); host = u.hostname; port = u.port; proto = u.protocol; path = u.pathname + u.search; } catch (e) {
    // an absolute address that is no URL (a host with a space in it) fails before anything is sent, as Node's fetch
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(url.trim())) return Promise.reject(new TypeError('Failed to parse URL from ' + url));
  }
  __netRec('fetch', 'http', url, host, '', method, init.headers || (input && input.headers), __bodyText(body));
  var local = __localServer(host, port, proto);
  if (local) return new Promise(function (resolve) { __serveLocal(local, method, path, init.headers, __bodyText(body), function (status, text) { resolve(new Response(text, { url: url, status: status })); }); });
  if (cfg.network === 'down') return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: __netDown(host) }));
  if (__notFound(method, url)) return Promise.resolve(new Response('{"message":"Not Found"}', { url: url, status: 404 }));
  return Promise.resolve(__fails(host) ? new Response('Service Unavailable', { url: url, status: 503 }) : new Response(__respBody(host, url), { url: url }));
}
function XMLHttpRequest() {
  var self = this, m = 'GET', u = '', h = {};
  this.readyState = 0; this.status = 0; this.responseText = ''; this.response = '';
  this.open = function (method, url) { m = String(method).toUpperCase(); u = String(url); self.readyState = 1; };
  this.setRequestHeader = function (k, v) { h[k] = v; };
  this.getResponseHeader = function () { return null; }; this.getAllResponseHeaders = function () { return ''; };
  this.addEventListener = function (ev, fn) { self['on' + ev] = fn; };
  this.abort = function () {};
  this.send = function (body) {
    var host = ''; try { host = new URL(u).hostname; } catch (e) {}
    __netRec('XMLHttpRequest', 'http', u, host, '', m, h, __bodyText(body));
    if (cfg.network === 'down') { setImmediate(function () { self.readyState = 4; self.status = 0; if (self.onreadystatechange) self.onreadystatechange(); if (self.onerror) self.onerror(__netDown(host)); if (self.onloadend) self.onloadend(); }); return; }
    var failed = __fails(host);
    setImmediate(function () { self.readyState = 4; self.status = failed ? 503 : 200; self.responseText = self.response = failed ? 'Service Unavailable' : __respBody(host); if (self.onreadystatechange) self.onreadystatechange(); if (self.onload) self.onload(); if (self.onloadend) self.onloadend(); });
  };
}
function WebSocket(url) {
  EventEmitter.call(this); var self = this; url = String(url); var host = ''; try { host = new URL(url).hostname; } catch (e) {}
  this.url = url; this.readyState = 0;
  __netRec('WebSocket', 'socket', url, host, '', 'CONNECT', null, '', 'connect');
  this.send = function (d) { __netRec('WebSocket.send', 'socket', url, host, '', 'SEND', null, __bodyText(d), 'write'); };
  this.close = function () { self.readyState = 3; };
  // (a listener added the browser's way gets an event whose data is the message, as the ws module's emit hands the data)
  this.addEventListener = function (ev, fn) { self.on(ev, ev === 'message' ? function (d) { fn({ type: 'message', data: d, target: self }); } : fn); };
  this.terminate = this.ping = function () {};
  // (the socket of the chat server the user configured the plugin for: its events carry what people write there)
  var chat = cfg.configuredHosts.indexOf(host.toLowerCase()) >= 0 ? '{chat}' : '';
  setImmediate(function () {
    self.readyState = 1; if (self.onopen) self.onopen({}); self.emit('open');
    // the server's messages: one, and one of each kind the code's handler tells apart (__messageKinds), or the package's
    // handlers wait for (a handler that hands the message on to another function: cfg.eventKinds)
    var fns = self.listeners('message').concat(self.onmessage ? [self.onmessage] : []);
    var kinds = __messageKinds(fns);
    [__respBody() + chat].concat(kinds.concat(cfg.eventKinds.filter(function (k) { return kinds.indexOf(k) < 0; })).slice(0, 6).map(function (k) { return __respBody() + chat + '{kind:' + k + '}'; })).forEach(function (data) { var msg = { data: data }; if (self.onmessage) self.onmessage(msg); self.emit('message', data); });
  });
}
/**
 * The kinds of message a handler tells apart (case 'probe':, msg.op === 'exec'): a server that speaks its protocol sends
 * each of them. At most six, from the handlers' own source.
 */
function __messageKinds(fns) {
  var out = [];
  fns.forEach(function (fn) {
    var src = ''; try { src = Function.prototype.toString.call(fn); } catch (e) { return; }
    var re = /\bcase\s+(['"])([A-Za-z_][\w.:-]{0,30})\1\s*:|[=!]==?\s*(['"])([A-Za-z_][\w.:-]{0,30})\3/g, m;
    while ((m = re.exec(src)) && out.length < 6) { var k = m[2] || m[4]; if (out.indexOf(k) < 0) out.push(k); }
  });
  return out;
}
__inherits(WebSocket, EventEmitter);

// ---------------------------------------------------------------- os
var os = {
  platform: function () { __probe('os.platform'); return __persona; }, type: function () { __probe('os.type'); return __isWin ? 'Windows_NT' : __persona === 'darwin' ? 'Darwin' : 'Linux'; },
  release: function () { __probe('os.release'); return __isWin ? '10.0.22631' : __persona === 'darwin' ? '23.5.0' : '6.8.0-45-generic'; }, version: function () { return os.type(); },
  arch: function () { return cfg.arch; }, machine: function () { return 'x86_64'; }, endianness: function () { return 'LE'; },
  homedir: function () { __probe('os.homedir'); return cfg.home; }, tmpdir: function () { __probe('os.tmpdir'); return cfg.tmp; },
  hostname: function () { rec({ k: 'hostinfo', api: 'os.hostname' }); return cfg.hostname; },
  userInfo: function () { rec({ k: 'hostinfo', api: 'os.userInfo' }); return { username: cfg.user, uid: __isWin ? -1 : 1000, gid: __isWin ? -1 : 1000, shell: __isWin ? null : '/bin/bash', homedir: cfg.home }; },
  networkInterfaces: function () { rec({ k: 'hostinfo', api: 'os.networkInterfaces' }); return { eth0: [{ address: '10.0.2.15', netmask: '255.255.255.0', family: 'IPv4', mac: '02:42:ac:11:00:02', internal: false, cidr: '10.0.2.15/24' }] }; },
  cpus: function () { var c = []; for (var i = 0; i < 4; i++) c.push({ model: 'Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz', speed: 2900, times: { user: 1, nice: 0, sys: 1, idle: 10, irq: 0 } }); return c; },
  availableParallelism: function () { return 4; }, totalmem: function () { return 17179869184; }, freemem: function () { return 8589934592; },
  uptime: function () { return 86400; }, loadavg: function () { return [0.1, 0.1, 0.1]; }, get EOL() { __probe('os.EOL'); return __isWin ? '\r\n' : '\n'; }, devNull: __isWin ? '\\\\.\\nul' : '/dev/null',
  constants: { signals: { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 }, errno: {}, priority: {} }, getPriority: function () { return 0; }, setPriority: function () {},
};

// ---------------------------------------------------------------- crypto and zlib: compiled on first use
// (PRELUDE_CRYPTO and PRELUDE_ZLIB below, see the lazy units in ./index.ts). The Web Crypto object is made here,
// since it is a global from the start; its methods reach into the crypto unit only when called.
var __webcrypto = { getRandomValues: function (a) { var b = __lazy('crypto').randomBytes(a.byteLength); new Uint8Array(a.buffer, a.byteOffset, a.byteLength).set(b); return a; }, randomUUID: function () { return __lazy('crypto').randomUUID(); }, subtle: { digest: function (alg, d) { var b = __lazy('crypto').__sha256(toBytes(d)); return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)); } } };

`;

/** The crypto built-in (hashes are real, ciphers recorded): a lazy unit, exporting `crypto`, `randomBytes`, `randomUUID`, `__sha256`. */
export const PRELUDE_CRYPTO = String.raw`
// ---------------------------------------------------------------- crypto (hashes are real; ciphers are recorded)
function __sha256(msg) {
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var l = msg.length, n = ((l + 9 + 63) >> 6) << 6, m = new Uint8Array(n); m.set(msg); m[l] = 0x80;
  var bits = l * 8; m[n - 4] = (bits >>> 24) & 255; m[n - 3] = (bits >>> 16) & 255; m[n - 2] = (bits >>> 8) & 255; m[n - 1] = bits & 255; m[n - 5] = Math.floor(bits / 4294967296) & 255;
  var W = new Int32Array(64);
  for (var o = 0; o < n; o += 64) {
    for (var t = 0; t < 16; t++) W[t] = (m[o + t * 4] << 24) | (m[o + t * 4 + 1] << 16) | (m[o + t * 4 + 2] << 8) | m[o + t * 4 + 3];
    for (t = 16; t < 64; t++) { var x = W[t - 15], y = W[t - 2]; var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3); var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10); W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0; }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (t = 0; t < 64; t++) { var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)); var ch = (e & f) ^ (~e & g); var t1 = (h + S1 + ch + K[t] + W[t]) | 0; var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10)); var mj = (a & b) ^ (a & c) ^ (b & c); var t2 = (S0 + mj) | 0; h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0; }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0; H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
  }
  var out = new Buffer(32); for (var i = 0; i < 8; i++) { out[i * 4] = H[i] >>> 24; out[i * 4 + 1] = (H[i] >>> 16) & 255; out[i * 4 + 2] = (H[i] >>> 8) & 255; out[i * 4 + 3] = H[i] & 255; }
  return out;
}
function __md5(msg) {
  var S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
  var K = []; for (var i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  var l = msg.length, n = ((l + 9 + 63) >> 6) << 6, m = new Uint8Array(n); m.set(msg); m[l] = 0x80;
  var bits = l * 8; m[n - 8] = bits & 255; m[n - 7] = (bits >>> 8) & 255; m[n - 6] = (bits >>> 16) & 255; m[n - 5] = (bits >>> 24) & 255;
  var a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
  for (var o = 0; o < n; o += 64) {
    var M = []; for (var j = 0; j < 16; j++) M[j] = m[o + j * 4] | (m[o + j * 4 + 1] << 8) | (m[o + j * 4 + 2] << 16) | (m[o + j * 4 + 3] << 24);
    var A = a0, B = b0, C = c0, D = d0;
    for (i = 0; i < 64; i++) {
      var F, g;
      if (i < 16) { F = (B & C) | (~B & D); g = i; } else if (i < 32) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; } else if (i < 48) { F = B ^ C ^ D; g = (3 * i + 5) % 16; } else { F = C ^ (B | ~D); g = (7 * i) % 16; }
      F = (F + A + K[i] + M[g]) | 0; A = D; D = C; C = B; B = (B + ((F << S[i]) | (F >>> (32 - S[i])))) | 0;
    }
    a0 = (a0 + A) | 0; b0 = (b0 + B) | 0; c0 = (c0 + C) | 0; d0 = (d0 + D) | 0;
  }
  var out = new Buffer(16); [a0, b0, c0, d0].forEach(function (v, k) { out[k * 4] = v & 255; out[k * 4 + 1] = (v >>> 8) & 255; out[k * 4 + 2] = (v >>> 16) & 255; out[k * 4 + 3] = (v >>> 24) & 255; });
  return out;
}
function __sha1(msg) {
  var l = msg.length, n = ((l + 9 + 63) >> 6) << 6, m = new Uint8Array(n); m.set(msg); m[l] = 0x80;
  var bits = l * 8; m[n - 4] = (bits >>> 24) & 255; m[n - 3] = (bits >>> 16) & 255; m[n - 2] = (bits >>> 8) & 255; m[n - 1] = bits & 255;
  var H = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0], W = new Int32Array(80);
  for (var o = 0; o < n; o += 64) {
    for (var t = 0; t < 16; t++) W[t] = (m[o + t * 4] << 24) | (m[o + t * 4 + 1] << 16) | (m[o + t * 4 + 2] << 8) | m[o + t * 4 + 3];
    for (t = 16; t < 80; t++) { var x = W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16]; W[t] = (x << 1) | (x >>> 31); }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4];
    for (t = 0; t < 80; t++) { var f, k; if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; } else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; } else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; } else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; } var tmp = (((a << 5) | (a >>> 27)) + f + e + k + W[t]) | 0; e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = tmp; }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0; H[4] = (H[4] + e) | 0;
  }
  var out = new Buffer(20); for (var i = 0; i < 5; i++) { out[i * 4] = H[i] >>> 24; out[i * 4 + 1] = (H[i] >>> 16) & 255; out[i * 4 + 2] = (H[i] >>> 8) & 255; out[i * 4 + 3] = H[i] & 255; }
  return out;
}
function __hashFn(alg) { alg = String(alg).toLowerCase().replace(/-/g, ''); if (alg === 'md5') return [__md5, 64]; if (alg === 'sha1') return [__sha1, 64]; return [__sha256, 64]; }
function __digestOut(b, enc) { return enc ? b.toString(enc) : b; }
// What each short digest was taken of (hex of the digest → the bytes, latin1): a key derived from a value (__keyedOn).
var __digestOf = {};
/**
 * A hash of what a stranger sent (cfg.strangerMark in it) comes out as one of the digests the plugin's own code holds
 * (persona.ts keyedValues), in turn: the stranger knows the key a trigger keyed to a hash waits for.
 */
var __keyTurn = 0;
function __keyedDigest(input, out) {
  if (!cfg.keyDigests.length || input.length > 4096 || input.toString('latin1').indexOf(cfg.strangerMark) < 0) return out;
  // (a shorter one is the digest's first bytes: code that compares a truncated hash, digest().subarray(0, 16))
  var n = out.length * 2, c = cfg.keyDigests.filter(function (d) { return d.length === n; });
  if (!c.length) c = cfg.keyDigests.filter(function (d) { return d.length < n && d.length >= 16; });
  if (!c.length) return out;
  rec({ k: 'call', name: 'a hash of what a stranger sent, answered with a digest the code holds' });
  var key = Buffer.from(c[__keyTurn++ % c.length], 'hex');
  return key.length === out.length ? key : Buffer.concat([key, out.subarray(key.length)]);
}
function createHash(alg) { var parts = [], f = __hashFn(alg)[0]; var h = { update: function (d, e) { parts.push(typeof d === 'string' ? Buffer.from(d, e || 'utf8') : toBytes(d)); return h; }, digest: function (enc) { var input = Buffer.concat(parts), out = __keyedDigest(input, f(input)); if (input.length <= 512) __digestOf[out.toString('hex')] = input.toString('latin1'); return __digestOut(out, enc); }, copy: function () { var c = createHash(alg); parts.forEach(function (p) { c.update(p); }); return c; } }; return h; }
function createHmac(alg, key) {
  if (key instanceof __KeyObject) key = key.__m;
  var hf = __hashFn(alg), f = hf[0], bs = hf[1], k = typeof key === 'string' ? Buffer.from(key) : toBytes(key); if (k.length > bs) k = f(k);
  var kp = new Buffer(bs); kp.set(k); var parts = [];
  var h = { update: function (d, e) { parts.push(typeof d === 'string' ? Buffer.from(d, e || 'utf8') : toBytes(d)); return h; }, digest: function (enc) { var ik = Buffer.from(kp.map(function (x) { return x ^ 0x36; })), ok = Buffer.from(kp.map(function (x) { return x ^ 0x5c; })); return __digestOut(f(Buffer.concat([ok, f(Buffer.concat([ik].concat(parts)))])), enc); } };
  return h;
}
function randomBytes(n, cb) { var b = new Buffer(n | 0); for (var i = 0; i < b.length; i++) b[i] = __rngNext() & 255; if (typeof cb === 'function') { setImmediate(function () { cb(null, b); }); return; } return b; }
// AES (decryption is real so payloads hidden behind AES decode as they would on a real machine).
var __aes = null;
function __aesTables() {
  if (__aes) return __aes;
  var S = new Uint8Array(256), SI = new Uint8Array(256), x = 1, y = 1;
  function xt(a) { return ((a << 1) ^ (a & 128 ? 0x1b : 0)) & 255; }
  function mul(a, b) { var r = 0; while (b) { if (b & 1) r ^= a; a = xt(a); b >>= 1; } return r; }
  S[0] = 0x63;
  do { x = x ^ xt(x); y ^= y << 1; y ^= y << 2; y ^= y << 4; y &= 255; if (y & 128) y ^= 0x09; var inv = y; var v = inv ^ ((inv << 1) | (inv >> 7)) ^ ((inv << 2) | (inv >> 6)) ^ ((inv << 3) | (inv >> 5)) ^ ((inv << 4) | (inv >> 4)); S[x] = (v ^ 0x63) & 255; } while (x !== 1);
  for (var i = 0; i < 256; i++) SI[S[i]] = i;
  __aes = { S: S, SI: SI, mul: mul };
  return __aes;
}
function __aesKey(key) {
  var T = __aesTables(), S = T.S, nk = key.length / 4, nr = nk + 6, w = new Uint8Array(16 * (nr + 1)), rc = 1;
  w.set(key);
  for (var i = nk; i < 4 * (nr + 1); i++) {
    var t = [w[4 * i - 4], w[4 * i - 3], w[4 * i - 2], w[4 * i - 1]];
    if (i % nk === 0) { t = [S[t[1]] ^ rc, S[t[2]], S[t[3]], S[t[0]]]; rc = ((rc << 1) ^ (rc & 128 ? 0x1b : 0)) & 255; }
    else if (nk > 6 && i % nk === 4) t = [S[t[0]], S[t[1]], S[t[2]], S[t[3]]];
    for (var j = 0; j < 4; j++) w[4 * i + j] = w[4 * (i - nk) + j] ^ t[j];
  }
  return { w: w, nr: nr };
}
function __aesEnc(k, b) {
  var T = __aesTables(), S = T.S, mul = T.mul, s = new Uint8Array(b), r, c, i;
  for (i = 0; i < 16; i++) s[i] ^= k.w[i];
  for (r = 1; r <= k.nr; r++) {
    var t = new Uint8Array(16);
    for (c = 0; c < 4; c++) for (i = 0; i < 4; i++) t[c * 4 + i] = S[s[((c + i) % 4) * 4 + i]];
    if (r < k.nr) for (c = 0; c < 4; c++) { var a0 = t[c * 4], a1 = t[c * 4 + 1], a2 = t[c * 4 + 2], a3 = t[c * 4 + 3]; t[c * 4] = mul(a0, 2) ^ mul(a1, 3) ^ a2 ^ a3; t[c * 4 + 1] = a0 ^ mul(a1, 2) ^ mul(a2, 3) ^ a3; t[c * 4 + 2] = a0 ^ a1 ^ mul(a2, 2) ^ mul(a3, 3); t[c * 4 + 3] = mul(a0, 3) ^ a1 ^ a2 ^ mul(a3, 2); }
    for (i = 0; i < 16; i++) s[i] = t[i] ^ k.w[r * 16 + i];
  }
  return s;
}
function __aesDec(k, b) {
  var T = __aesTables(), SI = T.SI, mul = T.mul, s = new Uint8Array(b), r, c, i;
  for (i = 0; i < 16; i++) s[i] ^= k.w[k.nr * 16 + i];
  for (r = k.nr - 1; r >= 0; r--) {
    var t = new Uint8Array(16);
    for (c = 0; c < 4; c++) for (i = 0; i < 4; i++) t[((c + i) % 4) * 4 + i] = SI[s[c * 4 + i]];
    for (i = 0; i < 16; i++) t[i] ^= k.w[r * 16 + i];
    if (r > 0) for (c = 0; c < 4; c++) { var a0 = t[c * 4], a1 = t[c * 4 + 1], a2 = t[c * 4 + 2], a3 = t[c * 4 + 3]; t[c * 4] = mul(a0, 14) ^ mul(a1, 11) ^ mul(a2, 13) ^ mul(a3, 9); t[c * 4 + 1] = mul(a0, 9) ^ mul(a1, 14) ^ mul(a2, 11) ^ mul(a3, 13); t[c * 4 + 2] = mul(a0, 13) ^ mul(a1, 9) ^ mul(a2, 14) ^ mul(a3, 11); t[c * 4 + 3] = mul(a0, 11) ^ mul(a1, 13) ^ mul(a2, 9) ^ mul(a3, 14); }
    s = t;
  }
  return s;
}
function __keyBytes(k) { return typeof k === 'string' ? Buffer.from(k, 'utf8') : Buffer.from(toBytes(k && k.export ? k.export() : k)); }
/** A real AES decipher (ecb, cbc, ctr, gcm without tag check). Null when the algorithm or key is not AES. */
function __aesDecipher(alg, key, iv) {
  var m = /^aes-?(128|192|256)?-?(cbc|ecb|ctr|gcm|cfb|ofb)?$/i.exec(String(alg));
  if (!m) return null;
  var kb = __keyBytes(key), bits = m[1] ? Number(m[1]) : kb.length * 8, mode = (m[2] || 'cbc').toLowerCase();
  if (kb.length * 8 !== bits || [128, 192, 256].indexOf(bits) < 0) return null;
  var k = __aesKey(kb), ivb = iv ? __keyBytes(iv) : new Uint8Array(16), pad = true, pending = Buffer.alloc(0);
  var ctr = new Uint8Array(16), ks = null, ksPos = 16;
  if (mode === 'ctr') ctr.set(ivb.subarray(0, 16));
  if (mode === 'gcm') { if (ivb.length === 12) { ctr.set(ivb); ctr[15] = 2; } else return null; }
  if (mode === 'cfb' || mode === 'ofb') return null;
  var prev = new Uint8Array(ivb.subarray(0, 16));
  function stream(b) { var out = new Buffer(b.length); for (var i = 0; i < b.length; i++) { if (ksPos === 16) { ks = __aesEnc(k, ctr); ksPos = 0; for (var j = 15; j >= 0; j--) { ctr[j] = (ctr[j] + 1) & 255; if (ctr[j]) break; } } out[i] = b[i] ^ ks[ksPos++]; } return out; }
  function blocks(b) { var out = new Buffer(b.length); for (var o = 0; o < b.length; o += 16) { var blk = b.subarray(o, o + 16), d = __aesDec(k, blk); if (mode === 'cbc') { for (var i = 0; i < 16; i++) d[i] ^= prev[i]; prev = new Uint8Array(blk); } out.set(d, o); } return out; }
  return {
    stream: mode === 'ctr' || mode === 'gcm',
    update: function (b) { if (this.stream) return stream(b); pending = Buffer.concat([pending, b]); var n = pending.length - (pending.length % 16); if (pad && n === pending.length) n -= 16; if (n <= 0) return Buffer.alloc(0); var out = blocks(pending.subarray(0, n)); pending = pending.subarray(n); return out; },
    final: function () { if (this.stream || !pending.length) return Buffer.alloc(0); if (pending.length % 16) throw new Error('wrong final block length'); var out = blocks(pending); if (pad) { var p = out[out.length - 1]; if (p >= 1 && p <= 16) out = out.subarray(0, out.length - p); } return out; },
    setPad: function (v) { pad = v !== false; },
  };
}
/**
 * The variable of the environment a decryption key is derived from, when it names the project that loads the code
 * (npm's npm_package_name or npm_package_description): the key itself, or a digest of it. Environmental keying: the
 * payload opens only inside the chosen dependent project (flatmap-stream's key was the sha256 of the Copay wallet's
 * description). During an install npm_package_* describe the package itself, so they key nothing then. A key from
 * the host or user name is left alone: tools bind their own stored secrets to the machine that way.
 */
function __keyedOn(key) {
  var bytes;
  try { bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(toBytes(key)); } catch (e) { return undefined; }
  var hex = bytes.toString('hex'), text = bytes.toString('latin1');
  var input = __digestOf[hex] !== undefined ? __digestOf[hex] : __digestOf[text] !== undefined ? __digestOf[text] : text;
  if (!input) return undefined;
  var env = cfg.env || {}, installing = env.npm_command === 'install';
  if (installing) return undefined;
  for (var n in env) if (/^npm_package_(?:name|description)$/.test(n) && env[n] && env[n] === input) return n;
  return undefined;
}
/** Ciphers are recorded as an encode. Encryption is an identity "cipher", so a secret encrypted before it is
 * sent out still shows as that secret in the send; decryption is real AES when the algorithm is AES (so a
 * payload hidden behind AES decodes), else identity too. A wrong key does not stop the run ('bad decrypt'): the
 * bytes go on to whatever the code does with its plaintext, since the key it looks for is on the machine it
 * targets (flatmap-stream's was the description of the one app it attacked), not in this sandbox. */
function __cipher(api, alg, key, iv) {
  var keyedOn = /Decipher/.test(api) && key !== undefined ? __keyedOn(key) : undefined;
  rec(keyedOn ? { k: 'cipher', api: api, alg: String(alg), keyedOn: keyedOn } : { k: 'cipher', api: api, alg: String(alg) });
  var real = /Decipher/.test(api) && key !== undefined ? __aesDecipher(alg, key, iv) : null;
  function inp(d, ie) { return typeof d === 'string' ? Buffer.from(d, ie || 'utf8') : Buffer.from(toBytes(d)); }
  var c = {
    update: function (d, ie, oe) { var b = inp(d, ie); var r = real ? real.update(b) : b; return oe ? r.toString(oe) : r; },
    final: function (oe) { var r = real ? real.final() : Buffer.alloc(0); return oe ? r.toString(oe) : r; },
    setAutoPadding: function (v) { if (real) real.setPad(v); return c; }, setAAD: function () { return c; }, setAuthTag: function () { return c; }, getAuthTag: function () { return Buffer.alloc(16); },
  };
  return c;
}
/** A key as node:crypto holds one: a secret's bytes, or a PEM; export() gives back what it was made from. */
function __KeyObject(type, material) { this.type = type; this.__m = material; if (type === 'secret') this.symmetricKeySize = material.length; else { var t = String(material); this.asymmetricKeyType = /EC PRIVATE|EC PUBLIC/.test(t) ? 'ec' : /RSA|MII[BCE]/.test(t) ? 'rsa' : 'ed25519'; this.asymmetricKeyDetails = this.asymmetricKeyType === 'rsa' ? { modulusLength: 2048, publicExponent: 65537 } : {}; } }
__KeyObject.prototype.export = function (o) { return this.type === 'secret' || (o && o.format === 'der') ? Buffer.from(toBytes(this.__m)) : String(this.__m); };
__KeyObject.prototype.equals = function (o) { return !!o && String(o.__m) === String(this.__m); };
function __keyMaterial(k) { if (k instanceof __KeyObject) return k.__m; if (k && typeof k === 'object' && !Buffer.isBuffer(k) && !(k instanceof Uint8Array) && k.key !== undefined) return __keyMaterial(k.key); return typeof k === 'string' ? k : Buffer.from(toBytes(k)).toString('utf8'); }
function randomUUID() { var h = randomBytes(16).toString('hex'); return h.slice(0, 8) + '-' + h.slice(8, 12) + '-4' + h.slice(13, 16) + '-a' + h.slice(17, 20) + '-' + h.slice(20, 32); }
var crypto = {
  createHash: createHash, createHmac: createHmac, randomBytes: randomBytes, pseudoRandomBytes: randomBytes, randomUUID: randomUUID,
  randomInt: function (a, b) { if (b === undefined) { b = a; a = 0; } return a + (randomBytes(4).readUInt32LE(0) % Math.max(1, b - a)); },
  randomFillSync: function (b) { return __webcrypto.getRandomValues(b); },
  createCipheriv: function (alg) { return __cipher('createCipheriv', alg); }, createDecipheriv: function (alg, key, iv) { return __cipher('createDecipheriv', alg, key, iv); },
  createCipher: function (alg) { return __cipher('createCipher', alg); }, createDecipher: function (alg) { return __cipher('createDecipher', alg); },
  pbkdf2Sync: function (p, s, it, len) { return Buffer.concat([__sha256(Buffer.from(String(p) + String(s))), __sha256(Buffer.from(String(s) + String(p)))]).subarray(0, len); },
  scryptSync: function (p, s, len) { return Buffer.concat([__sha256(Buffer.from(String(p) + String(s))), __sha256(Buffer.from(String(s) + String(p)))]).subarray(0, len); },
  timingSafeEqual: function (a, b) { return Buffer.from(a).equals(Buffer.from(b)); },
  getHashes: function () { return ['md5', 'sha1', 'sha256', 'sha512']; }, getCiphers: function () { return ['aes-256-cbc', 'aes-256-gcm', 'aes-128-cbc']; },
  publicEncrypt: function (k, b) { rec({ k: 'cipher', api: 'publicEncrypt', alg: 'rsa' }); return Buffer.from(toBytes(b)); }, privateDecrypt: function (k, b) { rec({ k: 'cipher', api: 'privateDecrypt', alg: 'rsa' }); return Buffer.from(toBytes(b)); },
  KeyObject: __KeyObject, createSecretKey: function (k, enc) { return new __KeyObject('secret', typeof k === 'string' ? Buffer.from(k, enc || 'utf8') : Buffer.from(toBytes(k))); },
  createPublicKey: function (k) { return new __KeyObject('public', __keyMaterial(k)); }, createPrivateKey: function (k) { return new __KeyObject('private', __keyMaterial(k)); },
  generateKeyPairSync: function () { return { publicKey: 'PUBLIC', privateKey: 'PRIVATE' }; },
  sign: function () { return Buffer.alloc(64); }, verify: function () { return true; }, createSign: function () { var s = { update: function () { return s; }, sign: function () { return Buffer.alloc(64); } }; return s; }, createVerify: function () { var v = { update: function () { return v; }, verify: function () { return true; } }; return v; },
  webcrypto: __webcrypto, subtle: __webcrypto.subtle, constants: {},
};
crypto.pbkdf2 = function (p, s, it, len, dg, cb) { var r = crypto.pbkdf2Sync(p, s, it, len); setImmediate(function () { cb(null, r); }); };
crypto.scrypt = function (p, s, len, o, cb) { if (typeof o === 'function') cb = o; var r = crypto.scryptSync(p, s, len); setImmediate(function () { cb(null, r); }); };
`;

/** The zlib built-in (real inflate, "stored" deflate): a lazy unit, exporting `zlib`. */
export const PRELUDE_ZLIB = String.raw`
// ---------------------------------------------------------------- zlib (real inflate; deflate is "stored" blocks)
function __inflateRaw(src) {
  var out = [], pos = 0, bit = 0;
  function bits(n) { var v = 0; for (var i = 0; i < n; i++) { if (pos >= src.length) throw new Error('unexpected end of file'); v |= ((src[pos] >> bit) & 1) << i; if (++bit === 8) { bit = 0; pos++; } } return v; }
  function build(lens) { var max = 0, i; for (i = 0; i < lens.length; i++) if (lens[i] > max) max = lens[i]; var count = new Array(max + 1).fill(0); for (i = 0; i < lens.length; i++) if (lens[i]) count[lens[i]]++; var next = [0], code = 0; for (i = 1; i <= max; i++) { code = (code + (count[i - 1] || 0)) << 1; next[i] = code; } var map = {}; for (i = 0; i < lens.length; i++) { var l = lens[i]; if (l) { map[l + ':' + next[l]] = i; next[l]++; } } return { map: map, max: max }; }
  function sym(t) { var code = 0; for (var l = 1; l <= t.max; l++) { code = (code << 1) | bits(1); var s = t.map[l + ':' + code]; if (s !== undefined) return s; } throw new Error('invalid code'); }
  var LB = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258], LE = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DB = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577], DE = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var fixedL = null, fixedD = null, final = 0;
  do {
    final = bits(1); var type = bits(2);
    if (type === 0) { if (bit) { bit = 0; pos++; } var len = src[pos] | (src[pos + 1] << 8); pos += 4; for (var i = 0; i < len; i++) out.push(src[pos++]); }
    else {
      var lt, dt;
      if (type === 1) { if (!fixedL) { var l = []; for (i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8; fixedL = build(l); var d = []; for (i = 0; i < 30; i++) d[i] = 5; fixedD = build(d); } lt = fixedL; dt = fixedD; }
      else if (type === 2) {
        var hl = bits(5) + 257, hd = bits(5) + 1, hc = bits(4) + 4, ORD = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15], cl = new Array(19).fill(0);
        for (i = 0; i < hc; i++) cl[ORD[i]] = bits(3);
        var ct = build(cl), lens = [];
        while (lens.length < hl + hd) { var s = sym(ct); if (s < 16) lens.push(s); else if (s === 16) { var p = lens[lens.length - 1], r = 3 + bits(2); while (r--) lens.push(p); } else if (s === 17) { r = 3 + bits(3); while (r--) lens.push(0); } else { r = 11 + bits(7); while (r--) lens.push(0); } }
        lt = build(lens.slice(0, hl)); dt = build(lens.slice(hl));
      } else throw new Error('invalid block type');
      for (;;) {
        var c = sym(lt);
        if (c < 256) out.push(c);
        else if (c === 256) break;
        else { c -= 257; var n = LB[c] + bits(LE[c]); var dc = sym(dt); var dist = DB[dc] + bits(DE[dc]); var st = out.length - dist; if (st < 0) throw new Error('invalid distance'); for (i = 0; i < n; i++) out.push(out[st + i]); }
        if (out.length > 64 * 1024 * 1024) throw new Error('output too large');
      }
    }
  } while (!final);
  return Buffer.from(out);
}
function __gunzip(b) { if (b[0] !== 0x1f || b[1] !== 0x8b) throw Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR' }); var flg = b[3], p = 10; if (flg & 4) p += 2 + (b[10] | (b[11] << 8)); if (flg & 8) { while (b[p]) p++; p++; } if (flg & 16) { while (b[p]) p++; p++; } if (flg & 2) p += 2; return __inflateRaw(b.subarray(p)); }
function __inflateZ(b) { return __inflateRaw(b.subarray(2)); }
function __storeRaw(b) { var out = Buffer.alloc(b.length + 5 * Math.max(1, Math.ceil(b.length / 65535))), i = 0, o = 0; do { var n = Math.min(65535, b.length - i), last = i + n >= b.length ? 1 : 0; out.set([last, n & 255, n >> 8, ~n & 255, (~n >> 8) & 255], o); out.set(b.subarray(i, i + n), o + 5); o += 5 + n; i += n; } while (i < b.length); return out; }
function __adler(b) { var a = 1, c = 0; for (var i = 0; i < b.length; i++) { a = (a + b[i]) % 65521; c = (c + a) % 65521; } return ((c << 16) | a) >>> 0; }
var __CRC;
function __crc32(b) {
  if (!__CRC) { __CRC = new Int32Array(256); for (var n = 0; n < 256; n++) { var c = n; for (var k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; __CRC[n] = c; } }
  var crc = -1; for (var i = 0; i < b.length; i++) crc = (crc >>> 8) ^ __CRC[(crc ^ b[i]) & 255];
  return (crc ^ -1) >>> 0;
}
function __deflateZ(b) { var r = __storeRaw(b), a = __adler(b); return Buffer.concat([Buffer.from([0x78, 0x01]), r, Buffer.from([a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255])]); }
function __gzip(b) { var r = __storeRaw(b), c = __crc32(b), n = b.length; return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), r, Buffer.from([c & 255, (c >>> 8) & 255, (c >>> 16) & 255, c >>> 24, n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24])]); }
function __zsync(fn) { return function (d) { return fn(toBytes(typeof d === 'string' ? Buffer.from(d) : d)); }; }
function __zasync(fn) { return function (d, o, cb) { if (typeof o === 'function') cb = o; var r, e = null; try { r = fn(d); } catch (x) { e = x; } setImmediate(function () { cb(e, r); }); }; }
// A server's answer the code decompresses is what that server sent compressed: its content is the server's, whatever it
// is, so an answer that does not decompress (the emulated server's mark) is handed on as it came.
function __zdec(fn) { var z = __zsync(fn); return function (d) { try { return z(d); } catch (e) { var b = toBytes(typeof d === 'string' ? Buffer.from(d) : d); if (__hasResp(Buffer.from(b).toString('latin1'))) return Buffer.from(b); throw e; } }; }
var zlib = { inflateSync: __zdec(__inflateZ), inflateRawSync: __zdec(__inflateRaw), gunzipSync: __zdec(__gunzip), unzipSync: __zdec(function (b) { return b[0] === 0x1f ? __gunzip(b) : __inflateZ(b); }), deflateSync: __zsync(__deflateZ), deflateRawSync: __zsync(__storeRaw), gzipSync: __zsync(__gzip), brotliDecompressSync: function (d) { rec({ k: 'cipher', api: 'brotliDecompress', alg: 'brotli' }); var out = __brotli(Buffer.from(toBytes(d)).toString('base64')); if (out === null) { var err = new Error('Decompression failed'); err.code = 'ERR_BROTLI_DECOMPRESSION_FAILED'; throw err; } return Buffer.from(out, 'base64'); }, brotliCompressSync: function (d) { return Buffer.from(toBytes(d)); }, constants: {}, crc32: function (d) { return __crc32(toBytes(d)); } };
['inflate', 'inflateRaw', 'gunzip', 'unzip', 'deflate', 'deflateRaw', 'gzip', 'brotliDecompress', 'brotliCompress'].forEach(function (n) { zlib[n] = __zasync(zlib[n + 'Sync']); });
['createGunzip', 'createGzip', 'createInflate', 'createDeflate', 'createUnzip', 'createBrotliDecompress'].forEach(function (n) { zlib[n] = function () { var s = new EventEmitter(); var parts = []; s.write = function (c) { parts.push(toBytes(c)); return true; }; s.end = function (c) { if (c) s.write(c); var r; try { r = n === 'createGunzip' || n === 'createUnzip' ? __gunzip(Buffer.concat(parts)) : n === 'createInflate' ? __inflateZ(Buffer.concat(parts)) : n === 'createBrotliDecompress' ? zlib.brotliDecompressSync(Buffer.concat(parts)) : Buffer.concat(parts); } catch (e) { r = Buffer.alloc(0); } setImmediate(function () { s.emit('data', r); s.emit('end'); }); }; s.pipe = function (d) { s.on('data', function (c) { d.write(c); }); s.on('end', function () { if (d.end) d.end(); }); return d; }; return s; }; });
`;

const NODE_TAIL = String.raw`
// ---------------------------------------------------------------- util, stream, misc
function __inspect(v, d) { d = d || 0; if (typeof v === 'string') return d ? "'" + v + "'" : v; if (typeof v === 'function') return '[Function: ' + (v.name || 'anonymous') + ']'; if (v && typeof v === 'object') { if (d > 2) return '[Object]'; try { return JSON.stringify(v); } catch (e) { return '[Object]'; } } return String(v); }
function format(f) { var args = __sl.call(arguments, 1); if (typeof f !== 'string') return [f].concat(args).map(function (x) { return __inspect(x); }).join(' '); var i = 0; var s = f.replace(/%[sdifjoO%]/g, function (m) { if (m === '%%') return '%'; if (i >= args.length) return m; var a = args[i++]; if (m === '%d' || m === '%i') return String(parseInt(a, 10)); if (m === '%f') return String(parseFloat(a)); if (m === '%j') return JSON.stringify(a); return __inspect(a); }); return args.slice(i).reduce(function (acc, a) { return acc + ' ' + __inspect(a); }, s); }
function promisify(fn) { if (fn[Symbol.for('nodejs.util.promisify.custom')]) return fn[Symbol.for('nodejs.util.promisify.custom')]; return function () { var a = __sl.call(arguments), self = this; return new Promise(function (res, rej) { a.push(function (e, v) { e ? rej(e) : res(v); }); fn.apply(self, a); }); }; }
promisify.custom = Symbol.for('nodejs.util.promisify.custom');
var util = {
  format: format, inspect: __inspect, promisify: promisify, inherits: __inherits, deprecate: function (f) { return f; }, debuglog: function () { return function () {}; },
  callbackify: function (f) { return function () { var a = __sl.call(arguments), cb = a.pop(); f.apply(this, a).then(function (v) { cb(null, v); }, function (e) { cb(e); }); }; },
  isDeepStrictEqual: function (a, b) { return JSON.stringify(a) === JSON.stringify(b); }, TextEncoder: TextEncoder, TextDecoder: TextDecoder,
  types: { isPromise: function (p) { return p instanceof Promise; }, isRegExp: function (r) { return r instanceof RegExp; }, isDate: function (d) { return d instanceof Date; }, isUint8Array: function (u) { return u instanceof Uint8Array; }, isAnyArrayBuffer: function (a) { return a instanceof ArrayBuffer; }, isAsyncFunction: function () { return false; } },
  isArray: Array.isArray, isString: function (s) { return typeof s === 'string'; }, isFunction: function (f) { return typeof f === 'function'; }, isObject: function (o) { return o !== null && typeof o === 'object'; }, isBuffer: Buffer.isBuffer,
  stripVTControlCharacters: function (s) { return String(s).replace(/\x1b\[[0-9;]*m/g, ''); }, parseArgs: function () { return { values: {}, positionals: [] }; }, styleText: function (f, s) { return s; },
};
util.inspect.custom = Symbol.for('nodejs.util.inspect.custom');
function Stream() { EventEmitter.call(this); }
__inherits(Stream, EventEmitter);
Stream.prototype.pipe = function (d) { this.on('data', function (c) { d.write(c); }); this.on('end', function () { if (d.end) d.end(); }); return d; };
function Readable(o) { Stream.call(this); this.readable = true; if (o && o.read) this._read = o.read; }
__inherits(Readable, Stream);
Readable.prototype.push = function (c) { var self = this; if (c === null) setImmediate(function () { self.emit('end'); }); else setImmediate(function () { self.emit('data', c); }); return true; };
Readable.prototype.setEncoding = Readable.prototype.resume = Readable.prototype.pause = function () { return this; };
Readable.from = function (it) { var r = new Readable(); setImmediate(function () { try { for (var x of it) r.emit('data', x); } catch (e) {} r.emit('end'); }); return r; };
function Writable(o) { Stream.call(this); this.writable = true; if (o && o.write) this._write = o.write; }
__inherits(Writable, Stream);
Writable.prototype.write = function (c, e, cb) { if (this._write) this._write(c, typeof e === 'string' ? e : 'buffer', typeof e === 'function' ? e : cb || function () {}); return true; };
Writable.prototype.end = function (c) { if (c) this.write(c); var self = this; setImmediate(function () { self.emit('finish'); }); return this; };
function Duplex(o) { Readable.call(this, o); this.writable = true; if (o && o.write) this._write = o.write; }
__inherits(Duplex, Readable);
Duplex.prototype.write = Writable.prototype.write; Duplex.prototype.end = Writable.prototype.end;
function Transform(o) { Duplex.call(this, o); if (o && o.transform) this._transform = o.transform; }
__inherits(Transform, Duplex);
Transform.prototype.write = function (c, e, cb) { var self = this; if (this._transform) this._transform(c, e, function (err, d) { if (d !== undefined && d !== null) self.push(d); }); else self.push(c); return true; };
function PassThrough(o) { Transform.call(this, o); }
__inherits(PassThrough, Transform);
var stream = Stream; Object.assign(Stream, { Stream: Stream, Readable: Readable, Writable: Writable, Duplex: Duplex, Transform: Transform, PassThrough: PassThrough, pipeline: function () { var a = __sl.call(arguments); var cb = typeof a[a.length - 1] === 'function' ? a.pop() : null; for (var i = 0; i + 1 < a.length; i++) if (a[i].pipe) a[i].pipe(a[i + 1]); if (cb) setImmediate(function () { cb(null); }); return a[a.length - 1]; }, finished: function (s, cb) { setImmediate(function () { cb && cb(); }); } });
Stream.promises = { pipeline: function () { Stream.pipeline.apply(null, arguments); return Promise.resolve(); }, finished: function () { return Promise.resolve(); } };
var querystring = { parse: function (s) { var o = {}; new URLSearchParams(String(s)).forEach(function (v, k) { o[k] = v; }); return o; }, stringify: function (o) { return new URLSearchParams(o || {}).toString(); }, escape: encodeURIComponent, unescape: decodeURIComponent };
querystring.decode = querystring.parse; querystring.encode = querystring.stringify;
var url = { URL: URL, URLSearchParams: URLSearchParams, parse: function (s) { try { var u = new URL(s); return { protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port || null, pathname: u.pathname, path: u.pathname + u.search, search: u.search || null, query: u.search.slice(1) || null, hash: u.hash || null, href: u.href, auth: u.username ? u.username + (u.password ? ':' + u.password : '') : null }; } catch (e) { return { href: s, path: s, pathname: s }; } }, format: function (u) { if (u instanceof URL) return u.href; if (typeof u === 'string') return u; return (u.protocol ? u.protocol + '//' : '') + (u.host || u.hostname || '') + (u.pathname || '') + (u.search || ''); }, resolve: function (a, b) { return new URL(b, a).href; }, fileURLToPath: function (u) { var s = String(u && u.href ? u.href : u).replace(/^file:\/\//, ''); s = decodeURIComponent(s); return __isWin ? s.replace(/^\//, '').replace(/\//g, '\\') : s; }, pathToFileURL: function (p) { var a = __abs(p).replace(/\\/g, '/'); return new URL('file://' + (a[0] === '/' ? '' : '/') + a); } };
`;

/** The built-ins evaluated with every run (crypto and zlib are lazy units, see ./index.ts). */
export const PRELUDE_NODE = NODE_HEAD + NODE_TAIL;
