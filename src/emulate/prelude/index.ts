/**
 * The whole prelude: the fake Node that runs inside the QuickJS sandbox, assembled from its parts and
 * closed over one configuration object (the persona, the canary home, the package's file list). The host
 * passes three functions that only ever receive copied strings: `__record(json)`, `__readPkgFile(rel)` and
 * `__compile(filename, source, mode)`; the prelude captures them and removes them from the global object.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRELUDE_BASE } from './base.js';
import { PRELUDE_DEPS, PRELUDE_LOADER } from './loader.js';
import { PRELUDE_CRYPTO, PRELUDE_NODE, PRELUDE_ZLIB } from './node.js';

/**
 * Lazy units: parts of the prelude that most runs never use, kept in the prelude as string literals (which
 * QuickJS scans far faster than it compiles code) and compiled by `__lazy(name)` on first use, inside that
 * run's own context, like the rest of the prelude. `__lazy` evaluates the unit with a direct eval (the real
 * one, taken before the prelude hooks eval), so the unit's code sees the prelude's own bindings exactly as if
 * it were written in place; each unit is a function run once, returning the names the rest of the prelude
 * uses. A unit's top-level code only builds its objects from the prelude's earlier parts (no trace event, no
 * randomness drawn), so building it later builds the same thing. Every run still starts from a fresh
 * context: nothing is shared between runs.
 */
const UNITS: Record<string, { src: string; exports: string[] }> = {
  crypto: { src: PRELUDE_CRYPTO, exports: ['crypto', 'randomBytes', 'randomUUID', '__sha256'] },
  zlib: { src: PRELUDE_ZLIB, exports: ['zlib'] },
  deps: { src: PRELUDE_DEPS, exports: ['__knownDep', '__b58'] },
};

/** A unit's source: one function expression, called once by `__lazy`, returning its exports. */
export function unitSource(name: string): string {
  const u = UNITS[name];
  return '(function () {\n' + u.src + '\nreturn { ' + u.exports.map((e) => `${e}: ${e}`).join(', ') + ' };\n})';
}
export const UNIT_NAMES = Object.keys(UNITS);

const HEAD = String.raw`
var __lazyEval = globalThis.eval, __lazyDone = {};
// No parameter or local but eval: the unit's free names must reach the prelude's scope, never this function's.
function __lazy() { var eval = __lazyEval; return __lazyDone[arguments[0]] || (__lazyDone[arguments[0]] = eval(__lazySrc[arguments[0]])()); }
var __record = globalThis.__record, __readPkgFile = globalThis.__readPkgFile, __compile = globalThis.__compile;
delete globalThis.__record; delete globalThis.__readPkgFile; delete globalThis.__compile;
var __stringify = JSON.stringify, __recN = 0;
// (what the code does while a command the user typed with one of its own subcommands runs, synchronously: see loader.ts)
var __userChoice = false;
function rec(ev) { if (++__recN > 900) return; try { ev.st = __trunc(new Error().stack || '', 4000); if (__userChoice) ev.choice = true; __record(__stringify(ev)); } catch (e) {} }
function __readPkg(rel) { var r = __readPkgFile(rel); return typeof r === 'string' ? r : null; }
`;

const TAIL = String.raw`
// ---------------------------------------------------------------- remaining built-ins
function StringDecoder(enc) { this.encoding = enc || 'utf8'; }
StringDecoder.prototype.write = function (b) { return toBytes(b).length ? Buffer.from(toBytes(b)).toString(this.encoding) : ''; };
StringDecoder.prototype.end = function (b) { return b ? this.write(b) : ''; };
function assert(v, m) { if (!v) { var e = new Error(m || 'Assertion failed'); e.code = 'ERR_ASSERTION'; throw e; } }
Object.assign(assert, { ok: assert, equal: function (a, b, m) { assert(a == b, m); }, strictEqual: function (a, b, m) { assert(a === b, m); }, notEqual: function (a, b, m) { assert(a != b, m); }, notStrictEqual: function (a, b, m) { assert(a !== b, m); }, deepEqual: function () {}, deepStrictEqual: function () {}, notDeepStrictEqual: function () {}, throws: function () {}, doesNotThrow: function () {}, rejects: function () { return Promise.resolve(); }, fail: function (m) { throw new Error(m || 'Failed'); }, match: function () {}, AssertionError: Error });
assert.strict = assert;
var console = {};
['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'time', 'timeEnd', 'timeLog', 'group', 'groupEnd', 'groupCollapsed', 'assert', 'count', 'countReset', 'clear'].forEach(function (k) { console[k] = /^(?:log|info|warn|error)$/.test(k) ? function () { __outputLook(arguments); } : function () {}; });
console.Console = function () { return console; };
var performance = { now: function () { return __clock + __drift++; }, timeOrigin: __t0, mark: function () {}, measure: function () {}, getEntriesByName: function () { return []; } };
// A worker thread runs here too: while its code loads, worker_threads answers as inside it (isMainThread false, its
// workerData, a parentPort), and messages pass both ways, so data handed to a worker is what the worker sends.
var __workerCtx = null;
function Worker(f, o) {
  EventEmitter.call(this); var self = this;
  var port = new EventEmitter();
  port.postMessage = function (m) { setImmediate(function () { self.emit('message', m); }); };
  port.close = port.start = function () {}; port.ref = port.unref = function () { return port; };
  var ctx = { port: port, data: o && o.workerData !== undefined ? o.workerData : null };
  var inside = function (fn) { var prev = __workerCtx; __workerCtx = ctx; try { fn(); } finally { __workerCtx = prev; } };
  if (o && o.eval) { __evalRec('new Worker(eval)', String(f)); setImmediate(function () { inside(function () { __origEval(String(f)); }); }); }
  else { var p = String(f && f.href ? url.fileURLToPath(f) : f); rec({ k: 'exec', api: 'new Worker', cmd: 'node ' + __trunc(p, 4096), detached: false, hide: false, stdio: '', shell: false }); var abs = __resolveAbs(__abs(path.resolve(__cwd, p))); if (abs) setImmediate(function () { inside(function () { __loadModule(abs, null, true); }); }); }
  this.postMessage = function (m) { setImmediate(function () { port.emit('message', m); }); };
  this.terminate = function () { return Promise.resolve(0); }; this.unref = this.ref = function () { return self; };
}
__inherits(Worker, EventEmitter);
var __workerThreads = { Worker: Worker, threadId: 0, MessageChannel: function () { this.port1 = new EventEmitter(); this.port2 = new EventEmitter(); } };
Object.defineProperty(__workerThreads, 'isMainThread', { get: function () { return !__workerCtx; }, enumerable: true });
Object.defineProperty(__workerThreads, 'parentPort', { get: function () { return __workerCtx ? __workerCtx.port : null; }, enumerable: true });
Object.defineProperty(__workerThreads, 'workerData', { get: function () { return __workerCtx ? __workerCtx.data : null; }, enumerable: true });
var dgram = { createSocket: function () { var s = new EventEmitter(); s.send = function (m, a, b, c) { var port = typeof a === 'number' && typeof b === 'number' ? c : a, host = typeof a === 'number' && typeof b === 'number' ? arguments[4] : b; if (typeof host === 'function') host = 'localhost'; __netRec('dgram.send', 'socket', '', String(host || 'localhost'), String(port || ''), '', null, __bodyText(m), 'write'); }; s.bind = s.close = s.setBroadcast = s.unref = function () { return s; }; s.address = function () { return { port: 41234, address: '0.0.0.0' }; }; return s; } };
// An interface over a file's stream reads its lines (a session log read line by line); over stdin, nothing comes.
var readline = { createInterface: function (opts) {
  var r = new EventEmitter(), input = opts instanceof __ReadStream ? opts : opts && opts.input, lines = null;
  // (a server speaking MCP's JSON-RPC over stdin: its client writes requests there, one per line)
  if (input === process.stdin && cfg.mcpStdio) { r.close = r.pause = r.resume = r.setPrompt = r.prompt = r.write = function () {}; __mcpStdio(function (l) { r.emit('line', l); }); return r; }
  if (input && input instanceof __ReadStream) { try { lines = String(readFileSync(input.path, 'utf8')).split(/\r?\n/); if (lines.length && lines[lines.length - 1] === '') lines.pop(); } catch (e) { lines = null; } }
  r.question = function (q, o, cb) { cb = typeof o === 'function' ? o : cb; __outputLook([q]); var typed = __PASSWORD_PROMPT.test(String(q)) ? cfg.storeAnswers['user-credentials'] : ''; if (cb) setImmediate(function () { cb(typed); }); }; r.close = r.pause = r.resume = r.setPrompt = r.prompt = r.write = function () {};
  r[Symbol.asyncIterator] = function () { var i = 0; return { next: function () { return Promise.resolve(lines && i < lines.length ? { value: lines[i++], done: false } : { done: true }); }, return: function () { return Promise.resolve({ done: true }); } }; };
  setImmediate(function () { if (lines) lines.forEach(function (l) { r.emit('line', l); }); r.emit('close'); });
  return r;
}, clearLine: function () {}, cursorTo: function () {}, moveCursor: function () {}, emitKeypressEvents: function () {} };
readline.promises = { createInterface: function () { var r = readline.createInterface(); r.question = function (q) { __outputLook([q]); return Promise.resolve(__PASSWORD_PROMPT.test(String(q)) ? cfg.storeAnswers['user-credentials'] : ''); }; return r; } };
var timersP = { setTimeout: function (ms, v) { return new Promise(function (r) { setTimeout(function () { r(v); }, ms); }); }, setImmediate: function (v) { return new Promise(function (r) { setImmediate(function () { r(v); }); }); }, setInterval: function (ms, v) { var n = 0; return { next: function () { return new Promise(function (r) { setTimeout(function () { r(n++ > 5 ? { done: true } : { done: false, value: v }); }, ms); }); }, return: function () { return Promise.resolve({ done: true }); }, [Symbol.asyncIterator]: function () { return this; } }; }, scheduler: { wait: function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); }, yield: function () { return Promise.resolve(); } } };
var buffer = { Buffer: Buffer, kMaxLength: 4294967296, constants: { MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888 }, atob: atob, btoa: btoa, Blob: Blob, SlowBuffer: Buffer, isUtf8: function () { return true; }, transcode: function (b) { return b; } };
var __inspectorAt = '';
__builtins = {
  fs: fs, 'fs/promises': fsPromises, path: path, 'path/posix': posix, 'path/win32': win32, os: os, child_process: child_process, http: http, https: https, http2: { connect: function (u) { __netRec('http2.connect', 'http', String(u), '', '', 'CONNECT', null, '', 'connect'); var s = new EventEmitter(); s.request = function (h) { var r = new EventEmitter(); var body = []; r.write = function (d) { body.push(__bodyText(d)); return true; }; r.end = function (d) { if (d) body.push(__bodyText(d)); __netRec('http2.request', 'http', String(u) + String((h && h[':path']) || ''), '', '', String((h && h[':method']) || 'GET'), h, body.join('')); setImmediate(function () { r.emit('response', {}); r.emit('data', __respBody()); r.emit('end'); }); }; r.setEncoding = function () {}; r.close = function () {}; return r; }; s.close = s.destroy = function () {}; return s; }, constants: {} },
  net: net, tls: tls, dns: dns, 'dns/promises': dns.promises, dgram: dgram, get crypto() { return __lazy('crypto').crypto; }, get zlib() { return __lazy('zlib').zlib; }, url: url, util: util, 'util/types': util.types, sys: util,
  events: EventEmitter, buffer: buffer, stream: stream, 'stream/promises': Stream.promises, 'stream/web': { ReadableStream: function () {}, WritableStream: function () {}, TransformStream: function () {} },
  string_decoder: { StringDecoder: StringDecoder }, querystring: querystring, punycode: { toASCII: function (s) { return s; }, toUnicode: function (s) { return s; }, encode: function (s) { return s; }, decode: function (s) { return s; } },
  timers: { setTimeout: setTimeout, setInterval: setInterval, setImmediate: setImmediate, clearTimeout: clearTimeout, clearInterval: clearInterval, clearImmediate: clearImmediate, promises: timersP }, 'timers/promises': timersP,
  process: process, assert: assert, 'assert/strict': assert, module: Module, vm: vm, worker_threads: __workerThreads,
  readline: readline, 'readline/promises': readline.promises, tty: { isatty: function (fd) { return __tty && fd >= 0 && fd <= 2; }, WriteStream: function () {}, ReadStream: __TtyReadStream },
  constants: Object.assign({}, fs.constants, os.constants.signals), perf_hooks: { performance: performance, PerformanceObserver: function () { this.observe = function () {}; } },
  v8: { getHeapStatistics: function () { return { total_heap_size: 2e7, heap_size_limit: 4e9, used_heap_size: 1e7 }; }, serialize: function (v) { return Buffer.from(JSON.stringify(v)); }, deserialize: function (b) { return JSON.parse(Buffer.from(b).toString()); }, setFlagsFromString: function () {} },
  cluster: Object.assign(new EventEmitter(), { isMaster: true, isPrimary: true, isWorker: false, fork: function () { rec({ k: 'exec', api: 'cluster.fork', cmd: 'node ' + cfg.entryAbs, detached: false, hide: false, stdio: '', shell: false }); return new EventEmitter(); } }),
  async_hooks: { AsyncLocalStorage: function () { var st; this.run = function (s, f) { st = s; return f.apply(null, __sl.call(arguments, 2)); }; this.getStore = function () { return st; }; this.enterWith = function (s) { st = s; }; }, createHook: function () { return { enable: function () {}, disable: function () {} }; }, executionAsyncId: function () { return 1; }, AsyncResource: function () { this.runInAsyncScope = function (f, t) { return f.apply(t, __sl.call(arguments, 2)); }; } },
  diagnostics_channel: { channel: function () { return { publish: function () {}, subscribe: function () {}, hasSubscribers: false }; }, subscribe: function () {} },
  // (the inspector opened on an address: whoever reaches it attaches a debugger and runs code in the process)
  inspector: { open: function (port, host) { __inspectorAt = (typeof host === 'string' ? host : '127.0.0.1') + ':' + (port === undefined || port === null ? 9229 : port); rec({ k: 'debugger', at: __inspectorAt }); }, close: function () { __inspectorAt = ''; }, url: function () { return __inspectorAt ? 'ws://' + __inspectorAt + '/9f8e7d6c-0000-4000-8000-000000000001' : undefined; }, Session: function () { this.connect = this.post = this.disconnect = function () {}; this.on = function () { return this; }; } },
  console: console, wasi: {}, repl: { start: function () { return new EventEmitter(); } }, trace_events: { createTracing: function () { return { enable: function () {} }; } },
};
Module.builtinModules = Object.keys(__builtins);

// ---------------------------------------------------------------- globals
var G = globalThis;
var __pageProbe = false;
var __globals = {
  global: G, Buffer: Buffer, process: process, console: console, setTimeout: setTimeout, setInterval: setInterval, setImmediate: setImmediate, clearTimeout: clearTimeout, clearInterval: clearInterval, clearImmediate: clearImmediate,
  queueMicrotask: queueMicrotask, WebAssembly: __WebAssembly, URL: URL, URLSearchParams: URLSearchParams, TextEncoder: TextEncoder, TextDecoder: TextDecoder, atob: atob, btoa: btoa,
  fetch: fetch, Headers: Headers, Request: Request, Response: Response, FormData: FormData, Blob: Blob, AbortController: AbortController, AbortSignal: AbortSignal, XMLHttpRequest: XMLHttpRequest, WebSocket: WebSocket,
  Date: FakeDate, eval: __evalHook, Function: __FunctionHook, performance: performance, crypto: __webcrypto,
  structuredClone: function (v) { return v === undefined ? v : JSON.parse(JSON.stringify(v)); }, navigator: { userAgent: 'Node.js/20', platform: __persona, get language() { __regionRead('navigator.language'); return cfg.region.locale; }, get languages() { __regionRead('navigator.languages'); return [cfg.region.locale]; }, hardwareConcurrency: 4 },
  Intl: typeof Intl !== 'undefined' ? Intl : {
    // QuickJS has no Intl: enough of it for the libraries that touch it at load time (callable with or without
    // new, as the real ones are: Intl.DateTimeFormat().resolvedOptions() is how code reads the locale)
    Segmenter: function Segmenter() { this.segment = function (s) { return Array.from(String(s), function (ch, i) { return { segment: ch, index: i, input: s }; }); }; },
    DateTimeFormat: function DateTimeFormat() { if (!(this instanceof DateTimeFormat)) return new DateTimeFormat(); this.resolvedOptions = function () { __regionRead('Intl.DateTimeFormat().resolvedOptions()'); return { timeZone: cfg.region.timeZone, locale: cfg.region.locale, calendar: 'gregory', numberingSystem: 'latn' }; }; this.format = function (d) { return new FakeDate(d === undefined ? __now() : d).toISOString(); }; this.formatToParts = function () { return []; }; },
    NumberFormat: function NumberFormat() { if (!(this instanceof NumberFormat)) return new NumberFormat(); this.format = function (n) { return String(n); }; this.resolvedOptions = function () { __regionRead('Intl.NumberFormat().resolvedOptions()'); return { locale: cfg.region.locale }; }; },
    Collator: function Collator() { if (!(this instanceof Collator)) return new Collator(); this.compare = function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }; },
    PluralRules: function PluralRules() { if (!(this instanceof PluralRules)) return new PluralRules(); this.select = function (n) { return n === 1 ? 'one' : 'other'; }; },
    RelativeTimeFormat: function RelativeTimeFormat() { if (!(this instanceof RelativeTimeFormat)) return new RelativeTimeFormat(); this.format = function (n, u) { return n + ' ' + u; }; },
    ListFormat: function ListFormat() { if (!(this instanceof ListFormat)) return new ListFormat(); this.format = function (l) { return Array.from(l).join(', '); }; },
    getCanonicalLocales: function (l) { return [].concat(l || []); }, supportedValuesOf: function () { return []; },
  },
  EventTarget: function EventTarget() { this.addEventListener = this.removeEventListener = this.dispatchEvent = function () {}; }, Event: function Event(t) { this.type = t; },
  __cg_default: function (m) { return m && m.__esModule ? m.default : m; },
  __cg_star: function (t, m) { if (m && typeof m === 'object') Object.keys(m).forEach(function (k) { if (k !== 'default' && !(k in t)) t[k] = m[k]; }); },
};
// The browser run: the package as a script of a web page whose user pays cfg.walletTo through an injected wallet.
// A provider's request records the recipient it is finally asked to pay (a drainer rewrites it on the way).
if (cfg.browser) {
  var __user = '0x' + cfg.walletTo.slice(2).split('').reverse().join('');
  var __noop = function () {};
  // The page's clipboard: the user has copied cfg.walletTo (a copy event's selection, readText); what the page's code
  // puts there (writeText, a copy event's setData, execCommand('copy') of the field it selected) is checked as a
  // command's input is (__clipHolds).
  var __selected = null, __copyHandlers = [];
  // Listeners the page's code adds to the document, the window, the form and its fields: the user's typing, leaving
  // a field, submitting and leaving the page fire them (__typeAndLeave).
  var __listeners = [];
  var __listen = function (target) { return function (t, f) { if (typeof f === 'function' && __listeners.length < 40) __listeners.push([target, String(t), f]); }; };
  var __el = function () { return { style: {}, dataset: {}, value: '', setAttribute: __noop, getAttribute: function () { return null; }, appendChild: __noop, removeChild: __noop, insertAdjacentElement: __noop, addEventListener: __noop, removeEventListener: __noop, remove: __noop, focus: __noop, matches: function () { return false; }, closest: function () { return null; }, querySelector: function () { return null; }, querySelectorAll: function () { return []; }, select: function () { __selected = String(this.value || this.textContent || ''); }, setSelectionRange: function () { __selected = String(this.value || ''); }, classList: { add: __noop, remove: __noop, toggle: __noop, contains: function () { return false; } } }; };
  // The page has a sign-in and checkout form the user fills in: their e-mail, their password and a card number.
  // (the page's other elements exist too: an id the page's script looks up is found, the form under a form's name)
  var __form = __el(), __fields = [['email', 'email', 'email', cfg.argMail], ['password', 'password', 'current-password', cfg.storeAnswers['user-credentials']], ['cardnumber', 'text', 'cc-number', '4111 1111 1111 1111']].map(function (d) {
    var f = __el(); f.name = f.id = d[0]; f.type = d[1]; f.value = d[3]; f.form = __form; f.tagName = 'INPUT';
    f.getAttribute = function (a) { return a === 'autocomplete' ? d[2] : a === 'name' || a === 'id' ? d[0] : a === 'type' ? d[1] : null; };
    f.matches = function (sel) { return /input|\[type|\[name|\[autocomplete|#|\*/i.test(String(sel)); };
    f.closest = function () { return __form; }; f.addEventListener = __listen(f);
    return f;
  });
  __form.tagName = 'FORM'; __form.elements = __fields; __form.addEventListener = __listen(__form);
  __form.querySelectorAll = function () { return __fields.slice(); }; __form.querySelector = function () { return __fields[0]; };
  __form.matches = function (sel) { return /form/i.test(String(sel)); };
  __globals.navigator = Object.assign({}, __globals.navigator, { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', clipboard: {
    writeText: function (t) { __clipHolds(t, 'navigator.clipboard.writeText'); return Promise.resolve(); },
    readText: function () { return Promise.resolve(cfg.walletTo); },
    write: function (items) { [].concat(items || []).forEach(function (it) { var d = it && it.__data; if (d) Object.keys(d).forEach(function (k) { var v = d[k]; __clipHolds(v && v.__blob !== undefined ? v.__blob : v, 'navigator.clipboard.write'); }); }); return Promise.resolve(); },
  } });
  // (what navigator.clipboard.write is handed: its types and their strings or Blobs)
  __globals.ClipboardItem = function ClipboardItem(data) { this.__data = data && typeof data === 'object' ? data : {}; this.types = Object.keys(this.__data); };
  __globals.isSecureContext = true;
  var __location = { href: 'https://app.example.com/pay', origin: 'https://app.example.com', host: 'app.example.com', hostname: 'app.example.com', protocol: 'https:', pathname: '/pay', search: '', hash: '' };
  var __store = function () { var m = {}; return { getItem: function (k) { return m.hasOwnProperty(k) ? m[k] : null; }, setItem: function (k, v) { m[k] = String(v); }, removeItem: function (k) { delete m[k]; }, clear: function () { m = {}; } }; };
  __globals.window = G; __globals.self = G; __globals.location = __location;
  var __pick = function (sel) { sel = String(sel); return /form/i.test(sel) ? [__form] : /input|select|textarea|\[type|\[name|\[autocomplete|password|card|email/i.test(sel) ? __fields.slice() : []; };
  __globals.document = { readyState: 'complete', visibilityState: 'visible', hidden: false, cookie: '', location: __location, body: __el(), head: __el(), documentElement: __el(), createElement: __el, forms: [__form], getElementById: function (id) { return __fields.filter(function (f) { return f.id === id; })[0] || (/form|log-?in|sign-?in|sign-?up|checkout|pay|auth|register|account/i.test(String(id)) ? __form : __el()); }, getElementsByTagName: function (t) { return __pick(t); }, querySelector: function (sel) { return __pick(sel)[0] || null; }, querySelectorAll: function (sel) { return __pick(sel); }, removeEventListener: __noop,
    addEventListener: function (t, f) { if (t === 'copy' && typeof f === 'function' && __copyHandlers.length < 5) __copyHandlers.push(f); else __listen(__globals.document)(t, f); },
    execCommand: function (c) { if (/^copy$/i.test(String(c)) && __selected !== null) __clipHolds(__selected, 'document.execCommand'); return true; } };
  __globals.addEventListener = __globals.document.addEventListener;
  // Events the page's code dispatches reach the listeners added for them; the wallet answers EIP-6963's request for
  // providers by announcing itself (the provider a library then picks is the injected one).
  __globals.CustomEvent = function CustomEvent(t, o) { this.type = String(t); this.detail = o && o.detail; };
  __globals.dispatchEvent = __globals.document.dispatchEvent = function (ev) {
    var type = ev && ev.type, fire = function (t, e) { __listeners.slice().forEach(function (l) { if (l[1] === t) try { l[2].call(l[0], e); } catch (x) { if (x === __EXIT) throw x; } }); };
    fire(type, ev);
    if (type === 'eip6963:requestProvider') fire('eip6963:announceProvider', { type: 'eip6963:announceProvider', detail: { info: { uuid: '00000000-0000-4000-8000-000000000001', name: 'MetaMask', icon: 'data:image/svg+xml,', rdns: 'io.metamask' }, provider: __globals.ethereum } });
    return true;
  };
  __globals.navigator.sendBeacon = function (u, data) { fetch(u, { method: 'POST', body: data === undefined ? '' : data }).then(null, __noop); return true; };
  __globals.Image = function Image() { var img = this, src = ''; Object.defineProperty(img, 'src', { get: function () { return src; }, set: function (u) { src = String(u); fetch(src).then(null, __noop); } }); };
  // the user types into each field and leaves it, submits the form and leaves the page
  __typeAndLeave = function () {
    var fire = function (types, target) { __listeners.forEach(function (l) { if (types.indexOf(l[1]) < 0) return; try { l[2].call(l[0], { type: l[1], target: target, currentTarget: l[0], preventDefault: __noop, stopPropagation: __noop, key: 'Tab', persisted: false }); } catch (e) { if (e === __EXIT) throw e; } }); };
    __fields.forEach(function (f) { fire(['input', 'change', 'keyup', 'keydown', 'blur', 'focusout'], f); });
    fire(['submit'], __form);
    __globals.document.visibilityState = 'hidden'; __globals.document.hidden = true;
    fire(['visibilitychange', 'pagehide', 'beforeunload', 'unload'], __form);
  };
  __globals.getSelection = function () { return { toString: function () { return cfg.walletTo; }, removeAllRanges: __noop, addRange: __noop }; };
  // the user copies the address on the page: what a copy handler sets instead is what they paste
  __copyNow = function () {
    __copyHandlers.forEach(function (f) { try { f({ type: 'copy', preventDefault: __noop, stopPropagation: __noop, target: __globals.document.body, clipboardData: { getData: function () { return cfg.walletTo; }, setData: function (ty, v) { __clipHolds(v, 'a copy event handler'); } } }); } catch (e) { if (e === __EXIT) throw e; } });
  };
  __globals.localStorage = __store(); __globals.sessionStorage = __store();
  __globals.ethereum = { isMetaMask: true, chainId: '0x1', selectedAddress: __user, on: __noop, removeListener: __noop,
    request: function (a) {
      var m = a && a.method, p = a && a.params;
      if (m === 'eth_sendTransaction' && p && p[0]) rec({ k: 'wallet-pay', api: 'ethereum.request', to: __trunc(String(p[0].to), 100) });
      return Promise.resolve(m === 'eth_accounts' || m === 'eth_requestAccounts' ? [__user] : '0x0');
    } };
}
// Code written for Bun (a preload, a script bun runs) finds Bun's own API: its environment is the process's, its files
// and commands the same fs and child_process.
function __bunApi() { return {
  env: process.env, argv: process.argv, version: '1.2.0', main: cfg.entryAbs, cwd: function () { return process.cwd(); },
  file: function (p) { var f = String(p && p.href ? url.fileURLToPath(p) : p); return { name: f, exists: function () { return Promise.resolve(fs.existsSync(f)); }, text: function () { try { return Promise.resolve(fs.readFileSync(f, 'utf8')); } catch (e) { return Promise.reject(e); } }, json: function () { try { return Promise.resolve(JSON.parse(fs.readFileSync(f, 'utf8'))); } catch (e) { return Promise.reject(e); } } }; },
  write: function (p, d) { var f = String(p && p.name ? p.name : p); fs.writeFileSync(f, typeof d === 'string' || d instanceof Uint8Array ? d : JSON.stringify(d)); return Promise.resolve(String(d).length); },
  spawn: function (o, opts) { var c = Array.isArray(o) ? o : o && o.cmd ? o.cmd : [String(o)]; return child_process.spawn(String(c[0]), c.slice(1).map(String), opts || {}); },
  spawnSync: function (o, opts) { var c = Array.isArray(o) ? o : o && o.cmd ? o.cmd : [String(o)]; return child_process.spawnSync(String(c[0]), c.slice(1).map(String), opts || {}); },
  sleep: function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); }, serve: function () { return { stop: function () {}, port: 3000 }; },
}; }
if (cfg.bun) __globals.Bun = __bunApi();
Object.keys(__globals).forEach(function (k) { Object.defineProperty(G, k, { value: __globals[k], writable: true, configurable: true, enumerable: false }); });
// Outside a page, code that asks for one (typeof window, globalThis.document) finds none, as in Node; asking is
// recorded: a package that looks for a page may do there what it does not do here (engine.ts, the browser run).
if (!cfg.browser) ['window', 'document'].forEach(function (k) {
  if (!(k in G)) Object.defineProperty(G, k, { get: function () { if (!__pageProbe) { __pageProbe = true; rec({ k: 'page-probe', name: k }); } return undefined; }, set: function (v) { Object.defineProperty(G, k, { value: v, writable: true, configurable: true, enumerable: false }); }, configurable: true, enumerable: false });
});
var __rootModule = new Module(path.join(cfg.root, '[eval]'), null);
__setModGlobals(__rootModule);
return { phase: __phase, runTimer: __runNextTimer };
`;

/** The prelude as written: a function expression of `cfg`, called with the configuration by `preludeSource`. */
export const PRELUDE_FUNCTION = assemblePrelude(Object.fromEntries(UNIT_NAMES.map((n) => [n, unitSource(n)])));

/** The prelude function, with the lazy units' sources given (as written, or compacted by the build). */
export function assemblePrelude(units: Record<string, string>): string {
  const table = 'var __lazySrc = { ' + UNIT_NAMES.map((n) => `${n}: ${JSON.stringify(units[n])}`).join(', ') + ' };\n';
  return '(function (cfg) {\n' + table + HEAD + PRELUDE_BASE + PRELUDE_NODE + PRELUDE_LOADER + TAIL + '\n})';
}

/**
 * The build's compact copy of PRELUDE_FUNCTION (scripts/minify-prelude.mjs: comments and whitespace removed,
 * nothing renamed or rewritten). QuickJS parses the prelude in every run (a fresh runtime each, and this build
 * cannot serialise bytecode), and its parse time follows the source's size. Used only while it records the
 * digest of the very PRELUDE_FUNCTION it was made from; otherwise (running from sources, a stale build) the
 * prelude as written.
 */
export const PRELUDE_MIN_FILE = fileURLToPath(new URL('./prelude.min.json', import.meta.url));

export function preludeDigest(fn: string = PRELUDE_FUNCTION): string {
  return createHash('sha256').update(fn).digest('hex');
}

let chosen: string | undefined;
/** The prelude function this process evaluates: the build's compact copy when current, else as written. */
export function preludeFunction(): string {
  if (chosen !== undefined) return chosen;
  chosen = PRELUDE_FUNCTION;
  try {
    const record = JSON.parse(readFileSync(PRELUDE_MIN_FILE, 'utf8')) as { digest?: unknown; code?: unknown };
    if (typeof record.code === 'string' && record.code.length > 0 && record.digest === preludeDigest()) chosen = record.code;
  } catch {
    /* no compact copy: the prelude as written */
  }
  return chosen;
}

/** Tests: evaluate `fn` as the prelude function from now on (undefined: choose again as above). */
export function usePreludeFunction(fn: string | undefined): void {
  chosen = fn;
}

/** The prelude's source, closed over `cfgJson` (a JSON object literal). */
export function preludeSource(cfgJson: string): string {
  return preludeFunction() + '(' + cfgJson + ')';
}
