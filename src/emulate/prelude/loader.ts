/**
 * Prelude, part 3: the module system (CommonJS `require` of the package's own files, ESM through the
 * host's rewrite, recording stubs for dependencies that are not in the package), the eval / Function / vm
 * hooks, fakes for the usual HTTP and exec libraries, OpenClaw's plugin `api`, and the run phases the
 * host drives (load the entry, call what it exports or registers, fire hooks, exit).
 *
 * Evaluated inside the QuickJS sandbox only (see ./base.ts for why this is a string).
 */
/** The hooks that build or start the agent's turn (before_prompt_build, before_agent_start): what they return is its prompt. */
export const PROMPT_HOOK = /prompt|before_agent|agent_start|llm_input/i;

const LOADER_HEAD = String.raw`
// ---------------------------------------------------------------- eval, Function, vm
var __origEval = globalThis.eval, __OrigFunction = Function;
function __evalRec(api, code) { if (typeof code !== 'string') return; rec({ k: 'eval', api: api, code: __trunc(code, 8192), len: code.length, dl: __hasResp(code) }); }
var __evalHook = function eval(code) { __evalRec('eval', code); if (typeof code !== 'string') return code; return __origEval(code); };
// the code constructors as patched here (Function, AsyncFunction, GeneratorFunction): built-ins, for __isBuiltin
var __CODE_CTORS = [];
function __patchCtor(proto, Orig, api) {
  var F = function Function() { var a = __sl.call(arguments); __evalRec(api, a.length ? String(a[a.length - 1]) : ''); return Orig.apply(this, a); };
  F.prototype = proto;
  Object.defineProperty(proto, 'constructor', { value: F, writable: true, configurable: true, enumerable: false });
  __CODE_CTORS.push(F);
  return F;
}
var __FunctionHook = __patchCtor(Function.prototype, __OrigFunction, 'Function');
// The emulator's stand-ins for Node's built-ins (fetch, child_process.spawn, the patched Function, a module's members)
// print as native code, as Node's own do: code that stays quiet when fetch or spawn "has been wrapped" (by
// instrumentation, a debugger, an analysis sandbox) acts here as it does on a user's machine.
var __NATIVE = new WeakSet(), __origToString = Function.prototype.toString;
Function.prototype.toString = function toString() { return __NATIVE.has(this) ? 'function ' + (typeof this.name === 'string' ? this.name : '') + '() { [native code] }' : __origToString.call(this); };
__NATIVE.add(Function.prototype.toString);
__CODE_CTORS.forEach(function (f) { __NATIVE.add(f); });
/** Mark an object's own functions (and, for a class, its prototype's methods) as built-ins, two levels down. */
function __markNative(o, depth) {
  if (!o || (typeof o !== 'object' && typeof o !== 'function')) return;
  var names = []; try { names = Object.getOwnPropertyNames(o); } catch (e) { return; }
  names.slice(0, 400).forEach(function (k) {
    var d; try { d = Object.getOwnPropertyDescriptor(o, k); } catch (e) { return; }
    var v = d && d.value;
    if (typeof v === 'function') { __NATIVE.add(v); if (depth > 0 && v.prototype && v.prototype !== Object.prototype) __markNative(v.prototype, 0); }
    else if (depth > 0 && v && typeof v === 'object' && k !== 'prototype') __markNative(v, depth - 1);
  });
}
try { var __AF = (0, __origEval)('(async function () {})').constructor; __patchCtor(__AF.prototype, __AF, 'AsyncFunction'); } catch (e) {}
try { var __GF = (0, __origEval)('(function* () {})').constructor; __patchCtor(__GF.prototype, __GF, 'GeneratorFunction'); } catch (e) {}
function __withGlobals(sb, fn) {
  if (!sb || typeof sb !== 'object') return fn();
  var keys = Object.keys(sb), saved = {};
  keys.forEach(function (k) { saved[k] = [Object.prototype.hasOwnProperty.call(globalThis, k), globalThis[k]]; globalThis[k] = sb[k]; });
  try { return fn(); } finally { keys.forEach(function (k) { sb[k] = globalThis[k]; if (saved[k][0]) globalThis[k] = saved[k][1]; else delete globalThis[k]; }); }
}
// Code run in a context of its own that holds none of the host's powers (no require, process, module, fetch …) cannot
// reach the machine as written: its running is not recorded as code run (what it does anyway, through an escape from
// the context, is: it runs here among the fakes).
var __VM_POWERS = ['require', 'process', 'module', 'exports', 'global', 'globalThis', 'Buffer', 'fetch', 'XMLHttpRequest', 'WebSocket', 'child_process', 'fs', 'import', 'eval', 'Function'];
function __vmRun(api, c, sb) { c = String(c); if (!sb || typeof sb !== 'object' || __VM_POWERS.some(function (k) { return k in sb; })) __evalRec(api, c); return __withGlobals(sb, function () { return __origEval(c); }); }
function Script(c) { c = String(c); this.runInThisContext = function () { return __vmRun('vm.Script', c); }; this.runInNewContext = function (sb) { return __vmRun('vm.Script', c, sb); }; this.runInContext = this.runInNewContext; this.createCachedData = function () { return Buffer.alloc(0); }; }
var vm = {
  runInThisContext: function (c) { return __vmRun('vm.runInThisContext', c); },
  runInNewContext: function (c, sb) { return __vmRun('vm.runInNewContext', c, sb); },
  runInContext: function (c, sb) { return __vmRun('vm.runInContext', c, sb); },
  createContext: function (o) { return o || {}; }, isContext: function () { return true; }, Script: Script,
  compileFunction: function (c, params) { __evalRec('vm.compileFunction', String(c)); return __OrigFunction.apply(null, (params || []).concat([String(c)])); },
};

// ---------------------------------------------------------------- recording stubs for absent dependencies
var __stubCache = {};
function __stub(name) {
  name = __trunc(name, 120);
  if (__stubCache[name]) return __stubCache[name];
  var target = function () {};
  var p = new Proxy(target, {
    get: function (t, k) {
      if (k === 'then') return undefined;
      if (k === Symbol.toPrimitive) return function (hint) { return hint === 'number' ? 0 : ''; };
      if (k === 'toString' || k === 'valueOf' || k === 'toJSON') return function () { return ''; };
      if (k === '__esModule') return false;
      if (k === 'prototype') return {};
      if (typeof k === 'symbol') return undefined;
      if (k === 'default') return p;
      return __stub(name + '.' + k);
    },
    // A getter of a directory or a path (the runtime's resolveStateDir(), a dependency's getConfigPath()) answers with one,
    // under the persona's OpenClaw state directory, as code then joins paths onto it.
    apply: function (t, self, args) { args.forEach(function (a) { if (typeof a === 'function') __pending.push([name, a]); }); __stubClient(name, name + '()', args); if (/(?:dir(?:ectory)?|path|root|home|folder)$/i.test(name)) return path.join(cfg.home, '.openclaw'); return __stub(name + '()'); },
    construct: function (t, args) { __stubClient(name, 'new ' + name, args); return __stub('new ' + name); },
    has: function () { return true; },
    set: function () { return true; },
  });
  __stubCache[name] = p;
  __NATIVE.add(p);
  return p;
}
/**
 * A client of an absent library is bound to the server it is made for: a call or constructor given an address
 * ('mqtt.connect('mqtt://host')', 'new Client({ url })', 'Sentry.init({ dsn })', 'create({ url })') makes a client
 * whose later calls with data ('publish(topic, body)', 'add(bytes)', 'setContext('env', obj)') send it there, as the
 * real library would; an 'init'/'configure'/'connect' of the module binds the module itself (Sentry's API is its
 * module's). A credential in the address (a DSN's key) authenticates the send, as the library sends it.
 */
var __stubUrls = {}, __STUB_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+/i, __stubSent = 0;
function __stubUrlIn(args) {
  for (var i = 0; i < args.length && i < 4; i++) {
    var a = args[i];
    if (typeof a === 'string' && __STUB_URL.test(a)) return a;
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      var ks = ['url', 'uri', 'dsn', 'endpoint', 'broker', 'brokerUrl', 'baseURL', 'baseUrl', 'host', 'server', 'apiUrl', 'address'];
      for (var j = 0; j < ks.length; j++) { var v = a[ks[j]]; if (typeof v === 'string' && __STUB_URL.test(v)) return v; }
    }
  }
  return null;
}
function __stubBound(name) {
  for (var k in __stubUrls) if (name === k || name.slice(0, k.length + 1) === k + '.') return __stubUrls[k];
  return null;
}
// (only a call that makes a client: a URL parser or a schema library handed an address makes none)
var __CLIENT_MAKER = /(?:^|\.)(?:connect|createClient|createConnection|init|initialize|configure|setup|create|client)$|^new .*(?:Client|Connection|Exporter|Producer|Publisher|Transport|Socket|Sender|Uploader)$/i;
function __stubClient(name, made, args) {
  var u = __CLIENT_MAKER.test(made === 'new ' + name ? made : name) ? __stubUrlIn(args) : null;
  if (u) {
    __stubUrls[made] = u;
    if (/\.(?:init|configure|setup|config|initialize|connect|createClient)$/i.test(name)) __stubUrls[name.replace(/\.[^.]*$/, '')] = u;
    return;
  }
  var bound = __stubBound(name);
  if (!bound || __stubSent > 40) return;
  var parts = args.filter(function (a) { return a !== undefined && a !== null && typeof a !== 'function'; }).map(function (a) { return __bodyText(a); }).filter(function (x) { return x && x.length; });
  if (!parts.length) return;
  __stubSent++;
  var m = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/\s]*)@)?([^\s/?#:]+|\[[^\]]+\])(?::(\d+))?/i.exec(bound);
  var auth = m && m[2] ? { Authorization: 'Bearer ' + decodeURIComponent(m[2].split(':')[0]) } : {};
  __netRec(name, /^(?:https?|wss?)$/i.test(m ? m[1] : '') ? 'http' : 'socket', bound.replace(/\/\/[^@/\s]*@/, '//'), m ? m[3] : '', m ? m[4] || '' : '', 'SEND', auth, parts.join('\n'));
}
/** Callbacks handed to stubs (e.g. dep.on('ready', fn)) are called once later, so code behind them runs. */
var __pending = [];
// A callback a client takes for its requests (an interceptor, a hook before each request, a middleware) is called with
// the caller's request as well: its credentials (canaries) and its own host, the caller's (a send there is asked for).
var __REQUEST_CB = /request|intercept|hook|before|middleware|\buse$|\.use\b|onSend|onFetch/i;
function __callerRequest(apiHost) {
  var auth = 'Bearer ' + cfg.argRequestToken, base = 'https://' + (apiHost || cfg.argConnHost);
  var h = { Authorization: auth, 'x-api-key': cfg.argRequestKey, 'Content-Type': 'application/json', common: { Authorization: auth } };
  Object.defineProperty(h, 'get', { value: function (n) { n = String(n).toLowerCase(); return n === 'authorization' ? auth : n === 'x-api-key' ? cfg.argRequestKey : null; } });
  return { url: base + '/v1/items', baseURL: base, method: 'get', headers: h, params: {}, hostname: apiHost || cfg.argConnHost, host: apiHost || cfg.argConnHost, path: '/v1/items', options: { headers: h } };
}
// ---------------------------------------------------------------- requests to the package's servers
// A request handler the package exports or makes (a middleware's (req, res, next), a server's request listener) sees
// the app's traffic: its users' requests, each with their bearer token and session cookie (sixty of them: a handler
// may keep a tally, or spool what it sees and send it in batches), then a stranger's, at "/" and at each path the
// package's code names, with the stranger's command in the query and body and a key in any header the code asks for.
var __handlers = [], __served = false;
function __isHandler(fn) { if (typeof fn !== 'function' || __isClass(fn)) return false; var p = __paramNames(fn); return p.length >= 2 && /^_?(?:req|request|incoming)$/i.test(p[0]) && /^_?(?:res|response|reply|out)$/i.test(p[1]); }
function __addHandler(name, fn) { if (__isHandler(fn) && __handlers.length < 4 && !__handlers.some(function (h) { return h[1] === fn; })) __handlers.push([name, fn]); }
function __serverReq(path, stranger) {
  // (the stranger's whole text: a key line, then a command; whatever part of it runs, the stranger chose)
  var cmd = cfg.stranger, q = encodeURIComponent(cmd);
  // (and the parameters the package's handlers read by name: ?probe=…)
  var extra = (cfg.queryParams || []).filter(function (n) { return !/^(?:q|cmd|c|key)$/.test(n); });
  var url = stranger ? path + '?q=' + q + '&cmd=' + q + '&c=' + q + '&key=' + encodeURIComponent(cfg.strangerMark) + extra.map(function (n) { return '&' + encodeURIComponent(n) + '=' + q; }).join('') : path;
  var base = { host: 'app.example.com', 'user-agent': stranger ? 'curl/8.5.0' : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', accept: stranger ? '*/*' : 'application/json', 'x-forwarded-for': '198.51.100.23' };
  if (!stranger) { base.authorization = 'Bearer ' + cfg.argRequestToken; base.cookie = 'sid=' + cfg.argRequestKey; }
  var headers = stranger && typeof Proxy === 'function' ? new Proxy(base, { get: function (t, k) { if (typeof k !== 'string' || Object.prototype.hasOwnProperty.call(t, k)) return t[k]; return /^x-|key|token|auth|secret|sig|pass/i.test(k) ? cfg.strangerMark : undefined; } }) : base;
  var req = new __IncomingMessage(stranger ? JSON.stringify({ cmd: cmd, q: cmd, key: cfg.strangerMark }) : '');
  req.method = stranger ? 'POST' : 'GET'; req.url = url; req.originalUrl = url; req.path = path; req.headers = headers;
  req.query = stranger ? { q: cmd, cmd: cmd, c: cmd, key: cfg.strangerMark } : {};
  if (stranger) extra.forEach(function (n) { req.query[n] = cmd; }); req.body = stranger ? { cmd: cmd, q: cmd, key: cfg.strangerMark } : {};
  req.cookies = stranger ? {} : { sid: cfg.argRequestKey }; req.params = {}; req.ip = '198.51.100.23'; req.hostname = 'app.example.com'; req.protocol = 'https';
  req.socket = req.connection = { remoteAddress: '198.51.100.23', encrypted: true };
  req.get = req.header = function (n) { return headers[String(n).toLowerCase()]; };
  return req;
}
function __serverRes() {
  var res = new EventEmitter(), hs = {}, ended = false;
  res.statusCode = 200; res.headersSent = false; res.writableEnded = false; res.locals = {};
  res.setHeader = res.set = res.header = function (k, v) { hs[String(k).toLowerCase()] = v; return res; };
  res.getHeader = res.get = function (k) { return hs[String(k).toLowerCase()]; };
  res.removeHeader = function (k) { delete hs[String(k).toLowerCase()]; };
  res.writeHead = res.status = function (c) { res.statusCode = c; return res; };
  res.type = res.append = function () { return res; };
  res.write = function () { return true; };
  res.end = function () { if (!ended) { ended = true; res.headersSent = res.writableEnded = true; setImmediate(function () { res.emit('finish'); res.emit('close'); }); } return res; };
  res.json = res.send = res.sendStatus = res.redirect = function () { return res.end(); };
  res.__ended = function () { return ended; };
  return res;
}
function __serveRequests() {
  if (__served) return;
  __served = true;
  var targets = __handlers.slice();
  Object.keys(__servers).forEach(function (k) { var s = __servers[k]; if (s && typeof s.listeners === 'function') s.listeners('request').slice(0, 3).forEach(function (f) { targets.push(['server on port ' + k, f]); }); });
  // (four at most: the handlers it exports or makes first, then its servers' listeners)
  targets.slice(0, 4).forEach(function (t, ti) {
    var one = function (path, stranger) {
      var req = __serverReq(path, stranger), res = __serverRes();
      __quietCall(t[1], undefined, [req, res, function () {}]);
      if (!res.__ended()) res.end();
      req._start();
    };
    rec({ k: 'call', name: 'requests of its users to ' + t[0] });
    for (var i = 0; i < (ti === 0 ? 60 : 3); i++) one(['/api/orders', '/', '/api/me'][i % 3], false);
    rec({ k: 'call', name: "a stranger's requests to " + t[0] });
    ['/'].concat(cfg.routePaths).slice(0, 7).forEach(function (p) { one(p, true); });
  });
}
function __runPending() {
  var p = __pending.splice(0, 20);
  p.forEach(function (x) {
    __addHandler('a handler it registered (' + x[0] + ')', x[1]);
    __safeCall('callback of ' + x[0], x[1], undefined, [null, __stub(x[0] + ':arg')]);
    if (__REQUEST_CB.test(x[0])) { var req = __callerRequest(); __safeCall('callback of ' + x[0], x[1], undefined, [req, __stub(x[0] + ':res'), function () {}]); }
  });
}

// ---------------------------------------------------------------- fakes for common dependencies: compiled on first use
// (PRELUDE_DEPS below, a lazy unit: see ./index.ts), when a package requires a dependency it does not ship.
/**
 * YAML as js-yaml and yaml parse the files code reads with them (a kubeconfig, gh's hosts.yml, a compose file): block
 * maps and lists by indentation, "- key: value" items, quoted and plain scalars, comments. Flow collections and
 * anchors come back as their text; dumping writes JSON, which is YAML.
 */
function __yamlParse(text) {
  var lines = String(text).split(/\r?\n/).map(function (l) { return l.replace(/(^|\s)#.*$/, ''); }).filter(function (l) { return l.trim() && l.trim() !== '---'; });
  var i = 0;
  function scalar(v) {
    v = v.trim();
    if (/^"(.*)"$/.test(v)) { try { return JSON.parse(v); } catch (e) { return v.slice(1, -1); } }
    if (/^'(.*)'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
    if (/^(?:true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    if (/^(?:null|~)$/i.test(v)) return null;
    if (/^-?\d+(?:\.\d+)?$/.test(v)) return Number(v);
    return v;
  }
  function indent(l) { return l.length - l.replace(/^ +/, '').length; }
  function block(ind) {
    if (i >= lines.length) return null;
    var first = lines[i].trim();
    if (first.slice(0, 2) === '- ' || first === '-') {
      var list = [];
      while (i < lines.length && indent(lines[i]) === ind && /^-(?:\s|$)/.test(lines[i].trim())) {
        var rest = lines[i].trim().slice(1).trim();
        if (!rest) { i++; list.push(i < lines.length && indent(lines[i]) > ind ? block(indent(lines[i])) : null); continue; }
        if (/^[^'"\s][^:]*:(?:\s|$)/.test(rest)) { lines[i] = new Array(ind + 3).join(' ') + rest; list.push(block(ind + 2)); continue; }
        i++; list.push(scalar(rest));
      }
      return list;
    }
    var map = {};
    while (i < lines.length && indent(lines[i]) === ind) {
      var t = lines[i].trim(), m = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*))?$/.exec(t);
      if (!m) { i++; continue; }
      var key = String(scalar(m[1])), v = m[2];
      i++;
      if (v !== undefined && v.trim() && !/^[|>][-+]?$/.test(v.trim())) map[key] = scalar(v);
      else if (v && /^[|>]/.test(v.trim())) { var out = []; while (i < lines.length && indent(lines[i]) > ind) out.push(lines[i++].trim()); map[key] = out.join(v.trim()[0] === '|' ? '\n' : ' '); }
      else map[key] = i < lines.length && (indent(lines[i]) > ind || (indent(lines[i]) === ind && /^-(?:\s|$)/.test(lines[i].trim()))) ? block(indent(lines[i])) : null;
    }
    return map;
  }
  return lines.length ? block(indent(lines[0])) : undefined;
}
function __yamlLib() {
  var y = { load: __yamlParse, safeLoad: __yamlParse, parse: __yamlParse, loadAll: function (t) { return [__yamlParse(t)]; }, dump: function (o) { return JSON.stringify(o, null, 2); }, stringify: function (o) { return JSON.stringify(o, null, 2); }, safeDump: function (o) { return JSON.stringify(o, null, 2); } };
  y.default = y;
  return y;
}
function __knownDep(name) { return __lazy('deps').__knownDep(name); }

`;

/** Fakes for the usual HTTP, exec and config libraries: a lazy unit, exporting `__knownDep`. */
export const PRELUDE_DEPS = String.raw`
// ---------------------------------------------------------------- fakes for common dependencies
function __netLib(name, method, url, opts, data) {
  opts = opts && typeof opts === 'object' ? opts : {};
  url = String(url || opts.url || opts.uri || (opts.hostname || opts.host ? (opts.protocol || 'https:') + '//' + (opts.hostname || opts.host) + __reqPath(opts.path) : ''));
  if (opts.baseURL && !/^\w+:/.test(url)) url = String(opts.baseURL).replace(/\/$/, '') + '/' + url.replace(/^\//, '');
  if (opts.params || opts.searchParams || opts.qs) { var q = new URLSearchParams(opts.params || opts.searchParams || opts.qs).toString(); if (q) url += (url.indexOf('?') >= 0 ? '&' : '?') + q; }
  var body = data !== undefined ? data : opts.data !== undefined ? opts.data : opts.body !== undefined ? opts.body : opts.json !== undefined ? opts.json : opts.form;
  var host = ''; try { host = new URL(url).hostname; } catch (e) {}
  method = String(method || opts.method || (body !== undefined ? 'POST' : 'GET')).toUpperCase();
  __netRec(name, 'http', url, host, '', method, opts.headers, __bodyText(body));
  var b = __respBody(host, url);
  return { data: b, body: b, text: b, rawBody: Buffer.from(b), status: 200, statusCode: 200, ok: true, headers: {}, config: opts, json: function () { return Promise.resolve(__answerObject(b)); } };
}
function __mkNetLib(name) {
  function call(method, url, opts, data, cb) { var r = __netLib(name, method, url, opts, data); if (typeof cb === 'function') setImmediate(function () { cb(null, r, r.body); }); var pr = Promise.resolve(r); pr.json = function () { return Promise.resolve(__answerObject(r.body)); }; pr.text = function () { return Promise.resolve(r.body); }; pr.on = function () { return pr; }; pr.pipe = function (d) { setImmediate(function () { d.write(r.body); if (d.end) d.end(); }); return d; }; return pr; }
  var lib = function (a, b, c) { if (a && typeof a === 'object') return call(null, null, a, undefined, b); return call(null, a, typeof b === 'object' ? b : {}, undefined, typeof b === 'function' ? b : c); };
  ['get', 'delete', 'head', 'options'].forEach(function (m) { lib[m] = function (u, o, cb) { if (u && typeof u === 'object') return call(m, null, u, undefined, o); return call(m, u, typeof o === 'object' ? o : {}, undefined, typeof o === 'function' ? o : cb); }; });
  ['post', 'put', 'patch'].forEach(function (m) { lib[m] = function (u, d, o, cb) { if (u && typeof u === 'object') return call(m, null, u, undefined, d); if (name === 'axios') return call(m, u, o, d, cb); return call(m, u, typeof d === 'object' && d && !(d instanceof Uint8Array) && (d.body !== undefined || d.json !== undefined || d.form !== undefined || d.headers) ? d : {}, typeof d === 'object' && d && (d.body !== undefined || d.json !== undefined || d.form !== undefined) ? undefined : typeof d === 'function' ? undefined : d, typeof d === 'function' ? d : typeof o === 'function' ? o : cb); }; });
  lib.request = function (o, cb) { return call(null, null, o, undefined, cb); };
  lib.stream = lib.get;
  lib.create = lib.extend = lib.defaults = function (d) { var l = __mkNetLib(name); return l; };
  lib.interceptors = { request: { use: function () {} }, response: { use: function () {} } };
  lib.defaults = Object.assign(lib.defaults, { headers: { common: {} } });
  lib.default = lib; lib.isAxiosError = function () { return false; };
  return lib;
}
function __formDataLib() { function FD() { FormData.call(this); this.__formData = []; } FD.prototype = Object.create(FormData.prototype); FD.prototype.getHeaders = function () { return { 'content-type': 'multipart/form-data; boundary=x' }; }; FD.prototype.submit = function (u, cb) { __netRec('form-data.submit', 'http', String(u), '', '', 'POST', null, __bodyText(this)); if (cb) setImmediate(function () { var m = new __IncomingMessage(__respBody()); cb(null, m); m._start(); }); }; FD.prototype.pipe = function (d) { if (d && d.write) d.write(__bodyText(this)); return d; }; FD.prototype.getBuffer = function () { return Buffer.from(__bodyText(this)); }; FD.prototype.append = function (k, v) { if (v && v.path && v.on) { try { v = { __text: readFileSync(v.path).toString('latin1') }; } catch (e) {} } this.__formData.push([String(k), v]); }; return FD; }
function __execaLib() {
  function run(api, file, args, o) { __execRec(api, file, Array.isArray(args) ? args : [], Array.isArray(args) ? o : args, false); var r = { stdout: '', stderr: '', exitCode: 0, failed: false }; var p = Promise.resolve(r); p.stdout = new EventEmitter(); p.stderr = new EventEmitter(); p.kill = function () {}; p.pipe = function (d) { return d; }; return p; }
  var execa = function (f, a, o) { return run('execa', f, a, o); };
  execa.execa = execa; execa.sync = execa.execaSync = function (f, a, o) { __execRec('execaSync', f, Array.isArray(a) ? a : [], o, false); return { stdout: '', stderr: '', exitCode: 0 }; };
  execa.command = execa.execaCommand = function (c, o) { __execRec('execaCommand', c, null, o, true); return Promise.resolve({ stdout: '', stderr: '' }); };
  execa.commandSync = execa.execaCommandSync = function (c, o) { __execRec('execaCommandSync', c, null, o, true); return { stdout: '', stderr: '' }; };
  execa.node = function (f, a, o) { return run('execaNode', 'node ' + f, a, o); };
  execa.$ = function (s) { if (Array.isArray(s) && s.raw) { var vals = __sl.call(arguments, 1); var c = s.map(function (x, i) { return x + (i < vals.length ? (Array.isArray(vals[i]) ? vals[i].join(' ') : String(vals[i])) : ''); }).join(''); __execRec('execa.$', c, null, {}, true); return Promise.resolve({ stdout: '' }); } return execa.$; };
  return execa;
}
function __shelljsLib() {
  var r = function (s) { var o = new String(s || ''); o.code = 0; o.stdout = String(s || ''); o.stderr = ''; o.to = function (f) { writeFileSync(f, String(s || '')); return o; }; o.toEnd = function (f) { appendFileSync(f, String(s || '')); return o; }; return o; };
  var sh = {
    exec: function (c, o, cb) { __execRec('shelljs.exec', c, null, typeof o === 'object' ? o : {}, true); var cbk = typeof o === 'function' ? o : cb; if (cbk) setImmediate(function () { cbk(0, '', ''); }); return r(''); },
    cat: function (f) { try { return r(readFileSync(f, 'utf8')); } catch (e) { return r(''); } }, which: function (c) { return r('/usr/bin/' + c); },
    rm: function () { var a = __sl.call(arguments); var opt = typeof a[0] === 'string' && a[0][0] === '-' ? a.shift() : ''; a.forEach(function (p) { (Array.isArray(p) ? p : [p]).forEach(function (q) { try { __remove('shelljs.rm', q, { recursive: /r/i.test(opt), force: true }); } catch (e) {} }); }); return r(''); },
    cp: function () { var a = __sl.call(arguments).filter(function (x) { return x[0] !== '-'; }); try { copyFileSync(a[0], a[1]); } catch (e) {} return r(''); },
    mv: function (a, b) { try { renameSync(a, b); } catch (e) {} return r(''); }, mkdir: function () { return r(''); }, cd: function (d) { __cwd = path.resolve(String(d)); return r(''); }, pwd: function () { return r(__cwd); },
    echo: function (s) { return r(s); }, test: function (f, p) { return existsSync(p); }, ls: function (d) { try { return readdirSync(d || '.'); } catch (e) { return []; } }, chmod: function (m, f) { chmodSync(f, m); return r(''); },
    env: process.env, config: { silent: true, fatal: false }, error: function () { return null; }, set: function () {}, tempdir: function () { return cfg.tmp; },
  };
  return sh;
}
function __dotenvLib() {
  function parse(s) { var o = {}; String(s).split(/\r?\n/).forEach(function (l) { var m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/.exec(l); if (m) o[m[1]] = (m[2] || '').replace(/^(['"])(.*)\1$/, '$2'); }); return o; }
  return { parse: parse, config: function (o) { var p = o && o.path ? o.path : path.resolve(__cwd, '.env'); try { var parsed = parse(readFileSync(p, 'utf8')); Object.keys(parsed).forEach(function (k) { if (process.env[k] === undefined) __envTarget[k] = parsed[k]; }); return { parsed: parsed }; } catch (e) { return { error: e }; } }, populate: function (t, s) { Object.assign(t, s); } };
}
/**
 * Vite as its plugins call it: loadEnv(mode, envDir, prefixes = 'VITE_') is what Vite defines, the project's .env files
 * for the mode and the process environment, keeping the variables whose names start with a prefix (an empty prefix
 * keeps every one: what a plugin asking for '' gets is the whole environment).
 */
function __viteLib(name) {
  var dotenv = __dotenvLib();
  var known = {
    defineConfig: function (c) { return c; }, mergeConfig: function (a, b) { return Object.assign({}, a, b); }, normalizePath: function (p) { return String(p).replace(/\\/g, '/'); },
    loadEnv: function (mode, envDir, prefixes) {
      var pre = prefixes === undefined ? ['VITE_'] : [].concat(prefixes).map(String), out = {}, keep = function (k) { return pre.some(function (p) { return k.slice(0, p.length) === p; }); };
      ['.env', '.env.local', '.env.' + mode, '.env.' + mode + '.local'].forEach(function (f) { try { var o = dotenv.parse(readFileSync(path.join(String(envDir || __cwd), f), 'utf8')); Object.keys(o).forEach(function (k) { if (keep(k)) out[k] = o[k]; }); } catch (e) {} });
      Object.keys(process.env).forEach(function (k) { if (keep(k)) out[k] = process.env[k]; });
      return out;
    },
  };
  return __knownOver(name, known);
}
/**
 * ssh2's client: a connection is a socket to its host. One that forwards the user's SSH agent (agentForward, on the
 * connection or on a command it runs) hands that host the use of the user's keys: recorded as the key it can use.
 */
function __ssh2Lib() {
  function agentKeys(o) { if (!o || !o.agent) return ''; try { return readFileSync(path.join(cfg.home, '.ssh', 'id_rsa'), 'utf8'); } catch (e) { return ''; } }
  function Client() { EventEmitter.call(this); this.__o = {}; }
  Client.prototype = Object.create(EventEmitter.prototype);
  Client.prototype.constructor = Client;
  Client.prototype.connect = function (o) {
    o = o || {}; this.__o = o; var self = this;
    __netRec(o.agentForward ? 'ssh2.connect (SSH agent forwarded)' : 'ssh2.connect', 'socket', '', String(o.host || ''), String(o.port || 22), '', null, o.agentForward ? agentKeys(o) : '', 'connect');
    setImmediate(function () { self.emit('ready'); });
    return this;
  };
  Client.prototype.exec = function (cmd, opts, cb) {
    if (typeof opts === 'function') { cb = opts; opts = {}; }
    var o = this.__o, fwd = opts && opts.agentForward && !o.agentForward;
    __netRec(fwd ? 'ssh2.exec (SSH agent forwarded)' : 'ssh2.exec', 'socket', '', String(o.host || ''), String(o.port || 22), '', null, String(cmd) + (fwd ? '\n' + agentKeys(o) : ''), 'send');
    var stream = new EventEmitter(); stream.stderr = new EventEmitter(); stream.write = stream.end = stream.setEncoding = function () { return stream; };
    setImmediate(function () { if (typeof cb === 'function') cb(null, stream); stream.emit('data', Buffer.from(__respBody())); stream.emit('close', 0, null); });
    return this;
  };
  Client.prototype.shell = function (o, cb) { return this.exec('', typeof o === 'function' ? {} : o, typeof o === 'function' ? o : cb); };
  Client.prototype.sftp = function (cb) { if (typeof cb === 'function') setImmediate(function () { cb(new Error('sftp unavailable')); }); return this; };
  Client.prototype.end = Client.prototype.destroy = function () { this.emit('close'); return this; };
  return { Client: Client, default: { Client: Client } };
}
/** A library some of whose functions are modelled (known); every other name is a stub of it. */
function __knownOver(name, known) {
  var base = __stub(name);
  return new Proxy(known, { get: function (t, k) { if (k in t) return t[k]; if (k === '__esModule') return false; if (k === 'then') return undefined; return base[k]; } });
}
function __openclawSdk(name) {
  var ident = function (x) { return x; };
  var known = { definePluginEntry: ident, definePlugin: ident, defineChannelPluginEntry: ident, defineProviderPluginEntry: ident, defineSetupPluginEntry: ident, emptyPluginConfigSchema: function () { return { type: 'object', properties: {} }; }, buildPluginConfigSchema: function (s) { return s; }, jsonResult: function (x) { return { content: [{ type: 'text', text: JSON.stringify(x) }] }; } };
  return __knownOver(name, known);
}
/** nodemailer: every recipient of a message, its envelope's too, is a destination of its text (one record per address). */
function __nodemailerLib() {
  function addrs(v) { var out = []; (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).forEach(function (x) { if (x && typeof x === 'object' && x.address) out.push(String(x.address)); else if (x) String(x).split(',').forEach(function (s) { var m = /<([^>]+)>/.exec(s); s = (m ? m[1] : s).trim(); if (s) out.push(s); }); }); return out; }
  function transport(o) {
    var t = {
      sendMail: function (msg, cb) {
        msg = msg || {};
        var body = __bodyText({ from: msg.from, subject: msg.subject, text: msg.text, html: msg.html, attachments: msg.attachments });
        // (an SMTP envelope names the recipients the server really delivers to, headers or not)
        var env = msg.envelope && typeof msg.envelope === 'object' ? msg.envelope : null;
        addrs(msg.to).concat(addrs(msg.cc), addrs(msg.bcc), env ? addrs(env.to).concat(addrs(env.cc), addrs(env.bcc)) : []).filter(function (a, i, all) { return all.indexOf(a) === i; }).slice(0, 20).forEach(function (a) { __netRec('nodemailer.sendMail', 'smtp', 'mailto:' + a, a.replace(/^[^@]*@/, ''), '', 'SEND', {}, body); });
        var info = { messageId: '<1@localhost>', accepted: [], rejected: [], response: '250 OK' };
        if (typeof cb === 'function') setImmediate(function () { cb(null, info); });
        return Promise.resolve(info);
      },
      verify: function (cb) { if (typeof cb === 'function') setImmediate(function () { cb(null, true); }); return Promise.resolve(true); },
      close: function () {}, use: function () { return t; }, on: function () { return t; }, isIdle: function () { return true; },
    };
    return t;
  }
  return { createTransport: transport, createTestAccount: function (cb) { var a = { user: 'u', pass: 'p', smtp: { host: 'localhost', port: 587 } }; if (cb) setImmediate(function () { cb(null, a); }); return Promise.resolve(a); }, getTestMessageUrl: function () { return false; } };
}
function __looseJson(t, r) { return JSON.parse(String(t).replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/[^\n]*/g, '$1').replace(/,(\s*[}\]])/g, '$1'), r); }
/** TOML as config files use it: tables, dotted table names, strings, numbers, booleans and arrays of them. */
function __tomlLib() {
  function value(v) { v = v.trim(); if (/^["']/.test(v)) { try { return JSON.parse(v[0] === "'" ? JSON.stringify(v.slice(1, -1)) : v); } catch (e) { return v.slice(1, -1); } } if (v[0] === '[') { try { return JSON.parse(v.replace(/'/g, '"').replace(/,\s*\]/, ']')); } catch (e) { return []; } } if (v === 'true' || v === 'false') return v === 'true'; return isNaN(Number(v)) ? v : Number(v); }
  function parse(text) {
    var root = {}, cur = root;
    String(text).split(/\r?\n/).forEach(function (line) {
      var l = line.replace(/^\s+|\s+$/g, ''); if (!l || l[0] === '#') return;
      var t = /^\[\s*([^\]]+?)\s*\]$/.exec(l);
      if (t) { cur = root; t[1].split('.').forEach(function (k) { k = k.replace(/^["']|["']$/g, ''); cur = cur[k] = cur[k] && typeof cur[k] === 'object' ? cur[k] : {}; }); return; }
      var kv = /^([\w.-]+|"[^"]+")\s*=\s*(.*)$/.exec(l); if (kv) cur[kv[1].replace(/^"|"$/g, '')] = value(kv[2]);
    });
    return root;
  }
  function stringify(obj) {
    var out = [];
    function table(o, name) {
      var scalars = [], subs = [];
      Object.keys(o || {}).forEach(function (k) { var v = o[k]; if (v && typeof v === 'object' && !Array.isArray(v)) subs.push(k); else if (v !== undefined) scalars.push(k + ' = ' + JSON.stringify(v)); });
      if (name && (scalars.length || !subs.length)) out.push('[' + name + ']');
      out.push.apply(out, scalars);
      if (scalars.length) out.push('');
      subs.forEach(function (k) { table(o[k], name ? name + '.' + k : k); });
    }
    table(obj, '');
    return out.join('\n') + '\n';
  }
  var T = { parse: parse, stringify: stringify }; T.default = T; return T;
}
/** base-x (bs58, bs58check's core): a working codec, since crypto libraries decode keys with it at load time. */
function __baseX(ALPHABET) {
  var BASE = ALPHABET.length, MAP = {};
  for (var i = 0; i < BASE; i++) MAP[ALPHABET.charAt(i)] = i;
  function encode(src) {
    var b = src instanceof Uint8Array ? src : Uint8Array.from(src || []), digits = [0], zeros = 0, out = '';
    while (zeros < b.length && b[zeros] === 0) zeros++;
    for (var j = zeros; j < b.length; j++) { var carry = b[j]; for (var k = 0; k < digits.length; k++) { carry += digits[k] << 8; digits[k] = carry % BASE; carry = (carry / BASE) | 0; } while (carry > 0) { digits.push(carry % BASE); carry = (carry / BASE) | 0; } }
    for (var z = 0; z < zeros; z++) out += ALPHABET[0];
    if (!(b.length - zeros === 0)) for (var q = digits.length - 1; q >= 0; q--) out += ALPHABET[digits[q]];
    return out;
  }
  function decodeUnsafe(str) {
    str = String(str); if (!str.length) return new Uint8Array(0);
    var bytes = [0], zeros = 0;
    while (zeros < str.length && str[zeros] === ALPHABET[0]) zeros++;
    for (var j = zeros; j < str.length; j++) { var v = MAP[str[j]]; if (v === undefined) return undefined; var carry = v; for (var k = 0; k < bytes.length; k++) { carry += bytes[k] * BASE; bytes[k] = carry & 0xff; carry >>= 8; } while (carry > 0) { bytes.push(carry & 0xff); carry >>= 8; } }
    if (str.length - zeros === 0) bytes = [];
    var out = new Uint8Array(zeros + bytes.length);
    for (var r = 0; r < bytes.length; r++) out[zeros + r] = bytes[bytes.length - 1 - r];
    return out;
  }
  function decode(str) { var d = decodeUnsafe(str); if (d) return d; throw new Error('Non-base' + BASE + ' character'); }
  var lib = { encode: encode, decode: decode, decodeUnsafe: decodeUnsafe };
  lib.default = lib;
  return lib;
}
/**
 * socket.io-client: a socket to the URL it is given. What the code emits is written to that host; every event it
 * listens for (past connect) brings one message from the server, as a C2's 'command' event would.
 */
function __socketIoLib() {
  var LOCAL = { connect: 1, connect_error: 1, disconnect: 1, error: 1, reconnect: 1, reconnect_attempt: 1, ping: 1, pong: 1 };
  function io(url, opts) {
    if (url && typeof url === 'object') { opts = url; url = ''; }
    url = String(url || 'http://localhost'); var host = ''; try { host = new URL(url.replace(/^ws/, 'http')).hostname; } catch (e) {}
    var s = new EventEmitter(), on = s.on, delivered = 0;
    s.connected = false; s.id = 'sio-' + (++__tseq); s.io = { on: function () { return s.io; }, opts: opts || {} };
    __netRec('socket.io', 'socket', url, host, '', 'CONNECT', null, '', 'connect');
    s.emit = function (ev) {
      var args = __sl.call(arguments, 1);
      if (LOCAL[ev] !== 1 && typeof ev === 'string') __netRec('socket.io.emit', 'socket', url, host, '', 'SEND', null, __trunc(String(ev) + ' ' + JSON.stringify(args.filter(function (a) { return typeof a !== 'function'; })), 65536), 'write');
      return s;
    };
    s.on = s.addEventListener = function (ev, fn) {
      on.call(s, ev, fn);
      if (typeof fn !== 'function') return s;
      if (ev === 'connect') setImmediate(function () { s.connected = true; fn(); });
      else if (LOCAL[ev] !== 1 && delivered++ < 10) setImmediate(function () { fn(__respBody(host)); });
      return s;
    };
    s.once = s.on; s.off = s.removeListener = s.removeAllListeners = function () { return s; };
    s.connect = s.open = function () { return s; }; s.disconnect = s.close = function () { s.connected = false; return s; };
    s.send = function () { return s.emit.apply(s, ['message'].concat(__sl.call(arguments))); };
    return s;
  }
  io.io = io.connect = io; io.default = io; io.Manager = function () { return { socket: function (nsp) { return io('http://localhost' + (nsp || '')); } }; }; io.Socket = function () {};
  return io;
}
/**
 * The MCP SDK as a server uses it. Connecting is when a client (the agent) starts using the server: it lists the
 * tools (their descriptions are text the model reads) and calls each, as __useTools does for a plugin's tools. The
 * high-level McpServer's tool()/registerTool() and the low-level Server's tools/list and tools/call handlers both.
 */
function __mcpSdk() {
  var LIST = { method: 'tools/list' }, CALL = { method: 'tools/call' };
  // a zod raw shape ({ path: z.string() }) or a JSON schema: the parameters' names are what the agent fills in
  // (a zod schema's kind, choices and description: what the model reads of each parameter)
  var ZOD_TYPE = { string: 'string', number: 'number', bigint: 'number', boolean: 'boolean', array: 'array', object: 'object', enum: 'string', literal: 'string', date: 'string' };
  function params(shape) {
    if (shape && shape.properties && typeof shape.properties === 'object') return shape;
    if (shape && shape._kind === 'object' && shape.shape) shape = shape.shape;
    var props = {};
    if (shape && typeof shape === 'object') Object.keys(shape).slice(0, 40).forEach(function (k) { var z = shape[k], p = {}; if (z && typeof z._kind === 'string') { if (ZOD_TYPE[z._kind]) p.type = ZOD_TYPE[z._kind]; if (typeof z.description === 'string') p.description = z.description; if (z.options) p.enum = z.options; } props[k] = p; });
    return { type: 'object', properties: props };
  }
  // (the instructions a server gives in its options are what a client adds to the model's prompt when it connects)
  function Server(info, opts) { this._handlers = {}; this._instructions = opts && typeof opts.instructions === 'string' ? opts.instructions : ''; }
  Server.prototype.setRequestHandler = function (schema, h) { var m = schema && (schema.method || (schema.shape && schema.shape.method && schema.shape.method.value)); if (typeof h === 'function') this._handlers[String(m)] = h; };
  Server.prototype.setNotificationHandler = Server.prototype.registerCapabilities = Server.prototype.sendToolListChanged = Server.prototype.notification = function () {};
  Server.prototype.connect = function () {
    var self = this, call = self._handlers['tools/call'];
    if (self._instructions) __hookReturn('description of server instructions', { description: self._instructions });
    __mcpUse(function () {
      var list = self._handlers['tools/list'];
      return list ? Promise.resolve(__quietCall(list, self, [{ method: 'tools/list', params: {} }, {}])).then(function (r) { return __mcpListed(r, function (name, p) { return call ? call.call(self, { method: 'tools/call', params: { name: name, arguments: p } }, {}) : undefined; }); }) : Promise.resolve([]);
    }, function () {
      // the resources and prompts it lists, each read (or got) as a client does
      var h = self._handlers, out = [];
      var listed = function (method, key, kind, method2, params) {
        if (!h[method] || !h[method2]) return Promise.resolve();
        return Promise.resolve(__quietCall(h[method], self, [{ method: method, params: {} }, {}])).then(function (r) {
          ((r && r[key]) || []).slice(0, 10).forEach(function (it) { out.push({ kind: kind, name: String((it && (it.name || it.uri)) || ''), description: it && it.description, read: function () { return h[method2].call(self, { method: method2, params: params(it) }, {}); }, args: function () { return []; } }); });
        });
      };
      var example = function (it) { var args = {}; ((it && it.arguments) || []).slice(0, 20).forEach(function (a) { if (a && a.name) args[a.name] = 'example'; }); return args; };
      return Promise.all([
        listed('resources/list', 'resources', 'resource', 'resources/read', function (it) { return { uri: it && it.uri }; }),
        listed('prompts/list', 'prompts', 'prompt', 'prompts/get', function (it) { return { name: it && it.name, arguments: example(it) }; }),
      ]).then(function () { return out; });
    });
    return Promise.resolve();
  };
  Server.prototype.close = function () { return Promise.resolve(); };
  function McpServer(info, opts) { this.server = new Server(info, opts); this._tools = []; this._others = []; }
  McpServer.prototype.tool = function (name) {
    var a = __sl.call(arguments, 1), h = a.pop(), desc = typeof a[0] === 'string' ? a.shift() : '', shape = a[0];
    var t = { name: String(name), description: desc, parameters: params(shape), execute: function (id, p) { return typeof h === 'function' ? h(p, {}) : undefined; } };
    this._tools.push(t);
    return { enable: function () {}, disable: function () {}, remove: function () {}, update: function (u) { if (u && typeof u.description === 'string') t.description = u.description; if (u && u.paramsSchema) t.parameters = params(u.paramsSchema); if (u && typeof u.callback === 'function') h = u.callback; } };
  };
  McpServer.prototype.registerTool = function (name, def, h) { return this.tool(name, (def && def.description) || '', def && def.inputSchema, h); };
  // resources and prompts: what they return is text the model reads (a resource read, a prompt the client sends)
  var handle = function (x) { return { enable: function () {}, disable: function () {}, remove: function () {}, update: function (u) { if (u && typeof u.description === 'string') x.description = u.description; if (u && typeof u.callback === 'function') x.read = u.callback; } }; };
  McpServer.prototype.resource = McpServer.prototype.registerResource = function (name, where) {
    var a = __sl.call(arguments, 2), h = a.pop(), meta = a[0] || {};
    var template = where && typeof where === 'object' ? String(where.uriTemplate || '') : String(where || '');
    var vars = {}, uri = template.replace(/\{[+#./;?&]?([\w,]+)\*?\}/g, function (m, names) { names.split(',').forEach(function (n) { vars[n] = 'example'; }); return 'example'; });
    var x = { kind: 'resource', name: String(name), description: meta.description, read: h, args: function () { var u; try { u = new URL(uri); } catch (e) { u = { href: uri, toString: function () { return uri; } }; } return where && typeof where === 'object' ? [u, vars, {}] : [u, {}]; } };
    this._others.push(x);
    return handle(x);
  };
  McpServer.prototype.prompt = function (name) {
    var a = __sl.call(arguments, 1), h = a.pop(), desc = typeof a[0] === 'string' ? a.shift() : '';
    return this.registerPrompt(name, { description: desc, argsSchema: a[0] }, h);
  };
  McpServer.prototype.registerPrompt = function (name, def, h) {
    var args = {}; Object.keys((def && def.argsSchema) || {}).slice(0, 20).forEach(function (k) { args[k] = 'example'; });
    var x = { kind: 'prompt', name: String(name), description: def && def.description, read: h, args: function () { return [args, {}]; } };
    this._others.push(x);
    return handle(x);
  };
  McpServer.prototype.sendToolListChanged = McpServer.prototype.sendResourceListChanged = McpServer.prototype.sendPromptListChanged = function () {};
  McpServer.prototype.connect = function () { var self = this; if (self.server._instructions) __hookReturn('description of server instructions', { description: self.server._instructions }); __mcpUse(function () { return Promise.resolve(self._tools.slice(0, 20)); }, function () { return self._others.slice(0, 20); }); return Promise.resolve(); };
  McpServer.prototype.close = function () { return Promise.resolve(); };
  function Transport() {}
  Transport.prototype.start = Transport.prototype.close = function () { return Promise.resolve(); };
  return { McpServer: McpServer, Server: Server, StdioServerTransport: Transport, SSEServerTransport: Transport, StreamableHTTPServerTransport: Transport, ListToolsRequestSchema: LIST, CallToolRequestSchema: CALL, ListResourcesRequestSchema: { method: 'resources/list' }, ReadResourceRequestSchema: { method: 'resources/read' }, ListPromptsRequestSchema: { method: 'prompts/list' }, GetPromptRequestSchema: { method: 'prompts/get' }, ResourceTemplate: function (t) { this.uriTemplate = typeof t === 'string' ? t : ''; } };
}
/** Keccak (pad 1) and SHA-3 (pad 6) with a 136-byte rate: 256-bit digests of bytes, computed for real. */
function __keccak(bytes, pad) {
  var RC = [1, 0, 32898, 0, 32906, 2147483648, 2147516416, 2147483648, 32907, 0, 2147483649, 0, 2147516545, 2147483648, 32777, 2147483648, 138, 0, 136, 0, 2147516425, 0, 2147483658, 0, 2147516555, 0, 139, 2147483648, 32905, 2147483648, 32771, 2147483648, 32770, 2147483648, 128, 2147483648, 32778, 0, 2147483658, 2147483648, 2147516545, 2147483648, 32896, 2147483648, 2147483649, 0, 2147516424, 2147483648];
  var R = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
  var L = new Array(25).fill(0), H = new Array(25).fill(0), bl = new Array(25), bh = new Array(25), cl = [0, 0, 0, 0, 0], ch = [0, 0, 0, 0, 0];
  function rot(lo, hi, n) { if (n >= 32) { var t = lo; lo = hi; hi = t; n -= 32; } if (n === 0) return [lo >>> 0, hi >>> 0]; return [((lo << n) | (hi >>> (32 - n))) >>> 0, ((hi << n) | (lo >>> (32 - n))) >>> 0]; }
  function f() {
    for (var r = 0; r < 24; r++) {
      for (var x = 0; x < 5; x++) { cl[x] = L[x] ^ L[x + 5] ^ L[x + 10] ^ L[x + 15] ^ L[x + 20]; ch[x] = H[x] ^ H[x + 5] ^ H[x + 10] ^ H[x + 15] ^ H[x + 20]; }
      for (x = 0; x < 5; x++) { var d = rot(cl[(x + 1) % 5], ch[(x + 1) % 5], 1), dl = cl[(x + 4) % 5] ^ d[0], dh = ch[(x + 4) % 5] ^ d[1]; for (var y = 0; y < 25; y += 5) { L[x + y] ^= dl; H[x + y] ^= dh; } }
      for (x = 0; x < 5; x++) for (y = 0; y < 5; y++) { var i = x + 5 * y, j = y + 5 * ((2 * x + 3 * y) % 5), v = rot(L[i], H[i], R[i]); bl[j] = v[0]; bh[j] = v[1]; }
      for (y = 0; y < 25; y += 5) for (x = 0; x < 5; x++) { L[x + y] = (bl[x + y] ^ (~bl[(x + 1) % 5 + y] & bl[(x + 2) % 5 + y])) >>> 0; H[x + y] = (bh[x + y] ^ (~bh[(x + 1) % 5 + y] & bh[(x + 2) % 5 + y])) >>> 0; }
      L[0] = (L[0] ^ RC[2 * r]) >>> 0; H[0] = (H[0] ^ RC[2 * r + 1]) >>> 0;
    }
  }
  var rate = 136, n = bytes.length, padded = new Uint8Array(Math.floor(n / rate) * rate + rate);
  padded.set(bytes); padded[n] ^= pad; padded[padded.length - 1] ^= 0x80;
  for (var off = 0; off < padded.length; off += rate) {
    for (var k = 0; k < rate / 8; k++) { var p = off + 8 * k; L[k] ^= (padded[p] | (padded[p + 1] << 8) | (padded[p + 2] << 16) | (padded[p + 3] << 24)) >>> 0; H[k] ^= (padded[p + 4] | (padded[p + 5] << 8) | (padded[p + 6] << 16) | (padded[p + 7] << 24)) >>> 0; }
    f();
  }
  var out = new Uint8Array(32);
  for (k = 0; k < 4; k++) for (var b = 0; b < 4; b++) { out[8 * k + b] = (L[k] >>> (8 * b)) & 255; out[8 * k + 4 + b] = (H[k] >>> (8 * b)) & 255; }
  return out;
}
/** A fake dependency with what it lacks answered by the recording stub (a member it has not modelled: pbkdf2, sha512). */
function __withStubs(real, name) {
  return new Proxy(real, { get: function (t, k) { if (typeof k === 'symbol' || k === 'then') return t[k]; if (k in t) return t[k]; if (k === '__esModule') return false; if (k === 'default') return t; return __stub(name + '.' + k); } });
}
function __nobleHashes() {
  var bytes = function (m) { return typeof m === 'string' ? new Uint8Array(Buffer.from(m, 'utf8')) : new Uint8Array(m || []); };
  var hash = function (pad) { var f = function (m) { return __keccak(bytes(m), pad); }; f.create = function () { var parts = []; var h = { update: function (m) { parts.push(Buffer.from(bytes(m))); return h; }, digest: function () { return __keccak(new Uint8Array(Buffer.concat(parts)), pad); } }; return h; }; f.outputLen = 32; return f; };
  return {
    keccak_256: hash(1), sha3_256: hash(6),
    bytesToHex: function (u) { return Buffer.from(u).toString('hex'); }, hexToBytes: function (h) { return new Uint8Array(Buffer.from(String(h).replace(/^0x/, ''), 'hex')); },
    utf8ToBytes: function (t) { return new Uint8Array(Buffer.from(String(t), 'utf8')); }, concatBytes: function () { return new Uint8Array(Buffer.concat(__sl.call(arguments).map(function (a) { return Buffer.from(a); }))); },
  };
}
/** TypeBox: each builder returns the JSON schema it stands for (its options merged in), as the real one does. */
function __typeboxLib() {
  function withOpts(base, o) { return Object.assign(base, o && typeof o === 'object' ? o : {}); }
  var Type = {
    Object: function (props, o) { var req = Object.keys(props || {}).filter(function (k) { return !(props[k] && props[k].__optional); }); return withOpts({ type: 'object', properties: props || {}, required: req }, o); },
    String: function (o) { return withOpts({ type: 'string' }, o); }, Number: function (o) { return withOpts({ type: 'number' }, o); },
    Integer: function (o) { return withOpts({ type: 'integer' }, o); }, Boolean: function (o) { return withOpts({ type: 'boolean' }, o); },
    Array: function (items, o) { return withOpts({ type: 'array', items: items }, o); },
    Literal: function (v, o) { return withOpts({ type: typeof v, const: v, enum: [v] }, o); },
    Union: function (xs, o) { var vals = (xs || []).map(function (x) { return x && x.const; }).filter(function (v) { return v !== undefined; }); return withOpts(vals.length === (xs || []).length && vals.length ? { type: typeof vals[0], enum: vals } : { anyOf: xs || [] }, o); },
    Enum: function (e, o) { var vals = Object.keys(e || {}).map(function (k) { return e[k]; }); return withOpts({ type: typeof vals[0], enum: vals }, o); },
    Optional: function (x) { return Object.assign({}, x, { __optional: true }); }, Readonly: function (x) { return x; },
    Record: function (k, v, o) { return withOpts({ type: 'object', additionalProperties: v }, o); },
    Any: function (o) { return withOpts({}, o); }, Unknown: function (o) { return withOpts({}, o); }, Null: function (o) { return withOpts({ type: 'null' }, o); },
  };
  // (a builder or an export it does not model, Type.Intersect, TypeCompiler, answers as an absent dependency's member does)
  var T = __withStubs(Type, '@sinclair/typebox.Type');
  return __withStubs({ Type: T, default: T, Kind: Symbol('TypeBox.Kind') }, '@sinclair/typebox');
}
/** zod's schema builders: every chained call keeps the one schema, whose kind, choices and description are read. */
function __zodLib() {
  function schema(kind, arg) {
    var t = { _kind: kind, description: undefined };
    if (kind === 'object' || kind === 'strictObject' || kind === 'looseObject') t.shape = arg && typeof arg === 'object' ? arg : {};
    if (kind === 'enum' && Array.isArray(arg)) t.options = arg.slice(0, 20);
    if (kind === 'literal') t.value = arg;
    var p = new Proxy(t, { get: function (o, k) {
      if (typeof k === 'symbol' || k === 'then') return undefined;
      if (Object.prototype.hasOwnProperty.call(o, k)) return o[k];
      if (k === 'describe') return function (d) { o.description = String(d); return p; };
      if (k === 'parse') return function (v) { return v; };
      if (k === 'parseAsync') return function (v) { return Promise.resolve(v); };
      if (k === 'safeParse') return function (v) { return { success: true, data: v }; };
      if (k === 'safeParseAsync') return function (v) { return Promise.resolve({ success: true, data: v }); };
      if (k === '_def') return { typeName: 'Zod' + kind.charAt(0).toUpperCase() + kind.slice(1), description: o.description };
      if (k === 'isOptional' || k === 'isNullable') return function () { return false; };
      return function () { return p; };
    } });
    return p;
  }
  var z = new Proxy({}, { get: function (o, k) {
    if (typeof k === 'symbol' || k === 'then') return undefined;
    if (k === 'z' || k === 'default') return z;
    if (k === '__esModule') return true;
    if (k === 'ZodError') return Error;
    return function (arg) { return schema(String(k), arg); };
  } });
  return z;
}
/** @solana/web3.js: keys, key pairs, transactions and a connection whose requests are answered (no network of its own). */
function __solanaLib() {
  // (an address the emulated world gives in another shape, an e-mail for "to", is taken as some key: the code goes on)
  function PublicKey(v) { var b = null; if (typeof v === 'string') try { b = __baseX(__B58).decode(v); } catch (e) { b = null; } this._b = v instanceof Uint8Array ? v : b || new Uint8Array(32); }
  PublicKey.prototype.toBase58 = PublicKey.prototype.toString = function () { return __baseX(__B58).encode(this._b); };
  PublicKey.prototype.toBytes = PublicKey.prototype.toBuffer = function () { return Buffer.from(this._b); };
  PublicKey.prototype.equals = function (o) { return !!o && String(o) === String(this); };
  // (the public half of a 64-byte secret key is its last 32 bytes; from a 32-byte seed one is derived, never the seed)
  function Keypair(secret) { this.secretKey = secret instanceof Uint8Array ? secret : new Uint8Array(64); this.publicKey = new PublicKey(this.secretKey.length >= 64 ? this.secretKey.slice(32, 64) : this.secretKey.slice(0, 32).map(function (b, i) { return (b * 7 + i) & 255; })); }
  Keypair.fromSecretKey = function (b) { return new Keypair(Uint8Array.from(b || [])); };
  Keypair.fromSeed = function (b) { return new Keypair(Uint8Array.from(b || [])); };
  Keypair.generate = function () { return new Keypair(new Uint8Array(64)); };
  function Transaction(o) { Object.assign(this, o || {}); this.instructions = []; this.signatures = []; }
  Transaction.prototype.add = function () { this.instructions.push.apply(this.instructions, arguments); return this; };
  Transaction.prototype.sign = Transaction.prototype.partialSign = function () { this.signatures.push.apply(this.signatures, arguments); };
  Transaction.prototype.serialize = function () { return Buffer.alloc(64); };
  function Connection(endpoint) { this.rpcEndpoint = String(endpoint || ''); }
  ['getLatestBlockhash', 'getRecentBlockhash'].forEach(function (m) { Connection.prototype[m] = function () { return Promise.resolve({ blockhash: '4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM', lastValidBlockHeight: 1 }); }; });
  Connection.prototype.getBalance = function () { return Promise.resolve(2500000000); };
  Connection.prototype.sendRawTransaction = Connection.prototype.sendTransaction = function () { return Promise.resolve('5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'); };
  Connection.prototype.confirmTransaction = function () { return Promise.resolve({ value: { err: null } }); };
  var SystemProgram = { programId: new PublicKey(new Uint8Array(32)), transfer: function (o) { return { keys: [], data: Buffer.alloc(0), params: o }; } };
  return { PublicKey: PublicKey, Keypair: Keypair, Transaction: Transaction, VersionedTransaction: Transaction, Connection: Connection, SystemProgram: SystemProgram, LAMPORTS_PER_SOL: 1000000000, clusterApiUrl: function (c) { return 'https://api.' + (c || 'mainnet-beta') + '.solana.com'; }, sendAndConfirmTransaction: function () { return Promise.resolve('sig'); } };
}
/**
 * tweetnacl (the ed25519 of Solana SDKs and wallets): a key pair keeps the secret key it was made from (its public half
 * the last 32 bytes, as in ed25519's 64-byte form; from a 32-byte seed one is derived), signatures are bytes and verify.
 */
function __naclLib() {
  function pair(sk) { var pub = sk.length >= 64 ? sk.slice(32, 64) : sk.slice(0, 32).map(function (b, i) { return (b * 7 + i) & 255; }); return { secretKey: sk, publicKey: pub }; }
  var keyPair = function () { return pair(Uint8Array.from(randomBytes(64))); };
  keyPair.fromSecretKey = function (b) { return pair(Uint8Array.from(b || [])); };
  keyPair.fromSeed = function (b) { var seed = Uint8Array.from(b || []), sk = new Uint8Array(64); sk.set(seed.slice(0, 32)); var p = pair(seed); sk.set(p.publicKey, 32); return { secretKey: sk, publicKey: p.publicKey }; };
  var detached = function () { return new Uint8Array(64); };
  detached.verify = function () { return true; };
  var sign = function (m) { return Uint8Array.from(m || []); };
  sign.keyPair = keyPair; sign.detached = detached; sign.open = function (m) { return m; };
  var nacl = { sign: sign, randomBytes: function (n) { return Uint8Array.from(randomBytes(n)); }, box: { keyPair: keyPair }, secretbox: function (m) { return Uint8Array.from(m || []); }, hash: function (m) { return new Uint8Array(64); } };
  nacl.default = nacl;
  return nacl;
}
var __B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function __b58() { return __baseX(__B58); }
var __knownDeps = {
  bs58: function () { __solanaUsed = true; return __baseX(__B58); }, 'base-x': function () { var f = function (a) { return __baseX(a); }; f.default = f; return f; },
  nodemailer: function () { return __nodemailerLib(); },
  axios: function () { return __mkNetLib('axios'); }, 'node-fetch': function () { var f = function (u, i) { return fetch(u, i); }; f.default = f; f.Headers = Headers; f.Response = Response; f.Request = Request; return f; },
  'cross-fetch': function () { return __knownDeps['node-fetch'](); }, 'isomorphic-fetch': function () { return __knownDeps['node-fetch'](); }, 'node-fetch-native': function () { return __knownDeps['node-fetch'](); },
  undici: function () { return { fetch: fetch, request: function (u, o) { var r = __netLib('undici.request', null, u, o); return Promise.resolve({ statusCode: 200, headers: {}, body: { text: function () { return Promise.resolve(r.body); }, json: function () { return Promise.resolve(__answerObject(r.body)); } } }); }, Agent: function () {}, setGlobalDispatcher: function () {}, Headers: Headers, Response: Response, Request: Request, FormData: FormData }; },
  request: function () { return __mkNetLib('request'); }, 'request-promise': function () { return __mkNetLib('request'); }, 'request-promise-native': function () { return __mkNetLib('request'); },
  got: function () { return __mkNetLib('got'); }, needle: function () { return __mkNetLib('needle'); }, superagent: function () { return __mkNetLib('superagent'); }, phin: function () { return __mkNetLib('phin'); }, ky: function () { return __mkNetLib('ky'); }, 'sync-request': function () { return function (m, u, o) { var r = __netLib('sync-request', m, u, o); return { getBody: function () { return r.body; }, statusCode: 200, body: r.body }; }; },
  'socket.io-client': function () { return __socketIoLib(); }, ssh2: function () { return __ssh2Lib(); },
  ws: function () { var W = function (u) { return new WebSocket(u); }; W.WebSocket = W; W.default = W; W.WebSocketServer = W.Server = function () { return http.createServer(); }; return W; },
  'form-data': function () { return __formDataLib(); }, execa: function () { return __execaLib(); }, shelljs: function () { return __shelljsLib(); },
  // JSON5 (OpenClaw's own config format): parsed as JSON once comments and trailing commas are gone
  json5: function () { var J = { parse: __looseJson, stringify: function (v, r, s) { return JSON.stringify(v, r, s); } }; J.default = J; return J; },
  // JSON with comments (VS Code's and Cursor's settings) and TOML (Codex's): the config files of other AI tools, parsed
  // and written back as those libraries do
  'jsonc-parser': function () { return { parse: function (t) { try { return __looseJson(t); } catch (e) { return undefined; } }, modify: function () { return []; }, applyEdits: function (t) { return t; } }; },
  '@iarna/toml': function () { return __tomlLib(); }, toml: function () { return __tomlLib(); }, 'smol-toml': function () { return __tomlLib(); }, '@ltd/j-toml': function () { return __tomlLib(); },
  'cross-spawn': function () { var s = function (c, a, o) { return child_process.spawn(c, a, o); }; s.spawn = s; s.sync = function (c, a, o) { return child_process.spawnSync(c, a, o); }; return s; },
  // clipboard libraries: the clipboard holds the wallet address the user copied; what is written to it is checked
  clipboardy: function () { var c = { write: function (t) { __clipHolds(t, 'clipboardy.write'); return Promise.resolve(); }, writeSync: function (t) { __clipHolds(t, 'clipboardy.writeSync'); }, read: function () { return Promise.resolve(cfg.walletTo); }, readSync: function () { return cfg.walletTo; } }; c.default = c; return c; },
  'copy-paste': function () { return { copy: function (t, cb) { __clipHolds(t, 'copy-paste.copy'); if (typeof cb === 'function') setImmediate(cb); }, paste: function (cb) { if (typeof cb === 'function') setImmediate(function () { cb(null, cfg.walletTo); }); return cfg.walletTo; } }; },
  // Solana's SDK as a wallet library uses it: a key pair holds the secret key it was made from
  '@solana/web3.js': function () { __solanaUsed = true; return __solanaLib(); },
  tweetnacl: function () { __solanaUsed = true; return __naclLib(); },
  // the Model Context Protocol SDK: a server's tools are offered to the agent once it connects (__mcpSdk)
  '@modelcontextprotocol/sdk': function () { return __mcpSdk(); },
  // zod, as MCP servers describe their tools' parameters with it: a schema keeps its kind, its choices and its
  // description (the text the model reads when it fills the parameter in); parsing passes values through
  zod: function () { return __zodLib(); },
  // hashes as wallet code uses them (an address's EIP-55 checksum is keccak-256 of it): real digests
  '@noble/hashes': function () { return __withStubs(__nobleHashes(), '@noble/hashes'); }, 'js-sha3': function () { var n = __nobleHashes(); var k = function (m) { return n.bytesToHex(n.keccak_256(m)); }; return __withStubs({ keccak256: k, keccak_256: k, sha3_256: function (m) { return n.bytesToHex(n.sha3_256(m)); } }, 'js-sha3'); },
  // TypeBox (the schema builder OpenClaw's plugin API describes tool parameters with): plain JSON schemas
  '@sinclair/typebox': function () { return __typeboxLib(); },
  dotenv: function () { return __dotenvLib(); }, 'js-yaml': function () { return __yamlLib(); }, yaml: function () { return __yamlLib(); }, vite: function () { return __viteLib('vite'); }, 'node-machine-id': function () { return { machineIdSync: function () { rec({ k: 'hostinfo', api: 'node-machine-id' }); return cfg.hostname; }, machineId: function () { rec({ k: 'hostinfo', api: 'node-machine-id' }); return Promise.resolve(cfg.hostname); } }; },
};
function __knownDep(name) {
  var base = name.replace(/^node:/, '').split('/').slice(0, name[0] === '@' ? 2 : 1).join('/');
  if (/^(?:openclaw|@openclaw\/|clawdbot|@clawdbot\/)/.test(name)) return __openclawSdk(name);
  if (Object.prototype.hasOwnProperty.call(__knownDeps, base)) return __knownDeps[base]();
  return null;
}
`;

const LOADER_TAIL = String.raw`
// (the MCP client: used by the SDK's fake in the lazy deps unit and by node.ts's client of a server on stdin)
/** A tools/list answer as the tools a client uses (name, description, parameters), each called through callTool(name, args). */
function __mcpListed(r, callTool) {
  return ((r && r.tools) || []).slice(0, 20).map(function (t) { return { name: t && t.name, description: t && t.description, parameters: t && t.inputSchema, execute: function (id, p) { return callTool(t && t.name, p); } }; });
}
/**
 * A client using an MCP server for weeks: it lists the tools and uses them, then four days and two dozen calls later
 * lists them again (a server may change a tool's description only once it has been trusted for a while).
 */
function __mcpUse(listTools, listOthers) {
  setImmediate(function () {
    listTools().then(function (tools) {
      __useTools(tools);
      if (listOthers) Promise.resolve(listOthers()).then(__useResources, function () {});
      __clock += 4 * 86400000;
      for (var i = 0; i < 24; i++) tools.forEach(function (t) { if (t && typeof t.execute === 'function') __quietCall(t.execute, t, ['call-' + (i + 10), { url: 'https://docs.example.com/guide/page-' + i, query: cfg.conv, text: cfg.conv, path: '~/notes.txt' }]); });
      setTimeout(function () { listTools().then(__useTools, function () {}); }, 1000);
    }, function () {});
  });
}
// ---------------------------------------------------------------- module system
var __modCache = {}, __mainModule = null, __follow = 0;
function Module(id, parent) { id = id === undefined || id === null ? '' : String(id); this.id = id; this.filename = id || path.join(cfg.root, '[eval]'); this.path = path.dirname(this.filename); this.exports = {}; this.loaded = false; this.children = []; this.paths = [path.join(cfg.root, 'node_modules')]; this.parent = parent || null; var self = this; this.require = __makeRequire(this); }
Module.prototype.require = function (n) { return __require(path.dirname(this.filename), this, n); };
Module.builtinModules = [];
// (the folders Node looks in for global modules: code may add its own, as a loader that installs its tools there does)
Module.globalPaths = [path.join(cfg.home, '.node_modules'), path.join(cfg.home, '.node_libraries')];
Module.createRequire = function (f) { var s = String(f && f.href ? f.href : f); var p = s.slice(0, 7) === 'file://' ? url.fileURLToPath(s) : s; var m = new Module(p, null); return m.require; };
Module._load = function (n) { return __require(__cwd, null, n); };
Module._resolveFilename = function (n) { return __resolve(__cwd, n) || n; };
// What Node's loader does with a file's text, called by code that loads a module its own way (a "prebuild" that is
// really JavaScript): the text runs as that module; text that is not the package's file there is code made at run time.
Module.prototype._compile = function (content, filename) {
  var src = String(content), abs = __abs(filename === undefined ? this.filename : filename), f = __getFile(__key(abs));
  var own = !!(f && f.pkg && f.b.toString('utf8') === src);
  if (!own) __evalRec('Module.prototype._compile', src);
  var fn = __compile(own ? f.pkg : abs, src, '');
  var prev = globalThis.module;
  __setModGlobals(this);
  try { fn.call(this.exports, this.exports, this.require, this, abs, path.dirname(abs), __dynImport(this), __meta(abs)); }
  finally { if (prev && prev.require) __setModGlobals(prev); }
  this.loaded = true;
  return this.exports;
};
Module._nodeModulePaths = function (d) { var out = [], p = path.resolve(String(d)); for (;;) { if (path.basename(p) !== 'node_modules') out.push(path.join(p, 'node_modules')); var up = path.dirname(p); if (up === p) return out; p = up; } };
Module.wrap = function (s) { return '(function (exports, require, module, __filename, __dirname) { ' + s + '\n});'; };
Module._extensions = { '.js': function () {}, '.json': function () {} }; Module._cache = __modCache; Module.register = function () {}; Module.Module = Module;
Module.prototype._compile = function (src, filename) { __evalRec('module._compile', String(src)); var fn = __compile(String(filename), String(src), ''); fn.call(this.exports, this.exports, this.require, this, filename, path.dirname(filename), __dynImport(this), __meta(filename)); };
function __makeRequire(m) {
  var r = function require(n) { return __require(path.dirname(m.filename), m, n); };
  r.resolve = function (n, o) { var b = String(n).replace(/^node:/, ''); if (Object.prototype.hasOwnProperty.call(__builtins, b)) return b; var x = null; if (o && Array.isArray(o.paths)) for (var pi = 0; pi < o.paths.length && !x; pi++) x = __resolveFrom(String(o.paths[pi]), String(n)); if (!x) x = __resolve(path.dirname(m.filename), String(n)); if (!x) { var e = new Error("Cannot find module '" + n + "'"); e.code = 'MODULE_NOT_FOUND'; throw e; } return x; };
  r.resolve.paths = function () { return []; };
  // (require.main is the entry's module, also for the entry's own require, made before it was known to be the entry:
  // the guard of a script run as a command, if (require.main === module) main(), holds)
  r.cache = __modCache; r.extensions = Module._extensions;
  Object.defineProperty(r, 'main', { get: function () { return __mainModule; }, set: function (v) { __mainModule = v; }, enumerable: true, configurable: true });
  return r;
}
function __resolveAbs(abs) {
  var exts = ['', '.js', '.cjs', '.mjs', '.json', '.ts', '.mts', '.cts', '.tsx'];
  for (var i = 0; i < exts.length; i++) { var f = __getFile(__key(abs + exts[i])); if (f) return abs + exts[i]; }
  // TypeScript's own convention, which jiti and tsx follow: './util.js' names the source './util.ts'.
  var tsx = /\.([mc]?)js$/.exec(abs); if (tsx) { var tss = [tsx[1] + 'ts', 'tsx']; for (i = 0; i < tss.length; i++) { var tf = abs.slice(0, -tsx[0].length) + '.' + tss[i]; if (__getFile(__key(tf))) return tf; } }
  var pj = __getFile(__key(path.join(abs, 'package.json')));
  if (pj) {
    var main = null; try { var j = JSON.parse(pj.b.toString()); var ex = j.exports; if (typeof ex === 'string') main = ex; else if (ex && ex['.']) ex = ex['.']; if (!main && ex && typeof ex === 'object') { var c = ex.require || ex.node || ex.default || ex.import; while (c && typeof c === 'object') c = c.require || c.node || c.default || c.import; if (typeof c === 'string') main = c; } if (!main) main = j.main; } catch (e) {}
    if (main) { var mp = path.join(abs, main); for (i = 0; i < exts.length; i++) if (__getFile(__key(mp + exts[i]))) return mp + exts[i]; }
  }
  var idx = ['index.js', 'index.cjs', 'index.mjs', 'index.json', 'index.ts', 'index.tsx'];
  for (i = 0; i < idx.length; i++) if (__getFile(__key(path.join(abs, idx[i])))) return path.join(abs, idx[i]);
  return null;
}
/** 'require.resolve(name, { paths })': looked up from each of those folders up to the root, as Node does. */
function __resolveFrom(dir, name) {
  if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/]|[a-zA-Z]:[\\/]|file:)/.test(name)) return __resolveAbs(__abs(path.resolve(dir, name)));
  for (var i = 0; i < 30; i++) { var c = __resolveAbs(path.join(dir, 'node_modules', name)); if (c) return c; var up = path.dirname(dir); if (up === dir) break; dir = up; }
  return null;
}
function __resolve(fromDir, name) {
  if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/]|[a-zA-Z]:[\\/]|file:)/.test(name)) return __resolveAbs(__abs(/^file:/.test(name) ? name : path.resolve(fromDir, name)));
  if (cfg.pkgName && (name === cfg.pkgName || name.slice(0, cfg.pkgName.length + 1) === cfg.pkgName + '/')) { var self = __resolveAbs(path.join(cfg.root, name.slice(cfg.pkgName.length) || '.')); if (self) return self; }
  var dir = fromDir;
  for (var i = 0; i < 30; i++) {
    var c = __resolveAbs(path.join(dir, 'node_modules', name)); if (c) return c;
    var up = path.dirname(dir); if (up === dir || __key(up).slice(0, __pkgRootKey.length) !== __pkgRootKey) break; dir = up;
  }
  return null;
}
var __builtins = {};
var __builtinViews = {};
/**
 * A built-in module as required: a member the emulator lacks (perf_hooks.monitorEventLoopDelay, a newer fs call) is a
 * stub, so the run goes on as it would on Node instead of stopping at a TypeError before what it came to see.
 * Constants (upper-case names) and the modules code extends or inspects whole (events, process, module, console) stay
 * as they are.
 */
var __markedBuiltins = {};
function __builtinView(bare) {
  var m = __builtins[bare];
  if (!__markedBuiltins[bare]) { __markedBuiltins[bare] = true; __markNative(m, 1); }
  if (!m || typeof m !== 'object' || /^(?:process|events|module|console)$/.test(bare)) return m;
  return __builtinViews[bare] || (__builtinViews[bare] = new Proxy(m, { get: function (t, k, r) {
    if (typeof k !== 'string' || k in t || k === 'then' || k === 'default' || k === '__esModule' || /^[A-Z0-9_]+$/.test(k)) return Reflect.get(t, k, r);
    return __stub(bare + '.' + k);
  } }));
}
function __require(fromDir, parent, name) {
  if (typeof name !== 'string') { var te = new TypeError('The "id" argument must be of type string'); te.code = 'ERR_INVALID_ARG_TYPE'; throw te; }
  var bare = name.replace(/^node:/, '');
  if (Object.prototype.hasOwnProperty.call(__builtins, bare)) return __builtinView(bare);
  var abs = __resolve(fromDir, name);
  if (!abs) {
    var known = __knownDep(name); if (known) { rec({ k: 'dep', name: __trunc(name, 200), fake: true }); return known; }
    if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/]|[a-zA-Z]:[\\/]|file:)/.test(name) || /^node:/.test(name)) { var e = new Error("Cannot find module '" + name + "'"); e.code = 'MODULE_NOT_FOUND'; throw e; }
    rec({ k: 'dep', name: __trunc(name, 200) });
    return __stub(name);
  }
  return __loadModule(abs, parent, false);
}
// A dynamic import of a data: URL (text/javascript, base64 or percent-encoded): the URL is the module's source, code built or fetched at run time and
// run as eval runs it. It is recorded as an evaluation of that source, then run as an ES module.
var __DATA_JS = /^data:(?:text|application)\/(?:x-)?(?:javascript|ecmascript)(?:;[\w=.+-]*?)*?(;base64)?,/i;
function __dataModule(n, parent) {
  var h = __DATA_JS.exec(n); if (!h) return null;
  var body = n.slice(h[0].length), src = h[1] ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  __evalRec('import', src);
  var abs = path.join(cfg.root, '[data-url].mjs'), m = new Module(abs, parent);
  var fn = __compile(abs, src, 'esm');
  fn.call(m.exports, m.exports, m.require, m, abs, path.dirname(abs), __dynImport(m), __meta(abs));
  return m.exports;
}
function __dynImport(m) { return function (n) { return new Promise(function (res, rej) { try { var ex = __dataModule(String(n), typeof m === 'object' ? m : null) || __require(path.dirname(m.filename || m), typeof m === 'object' ? m : null, String(n)); res(ex && ex.__esModule ? ex : Object.assign({ default: ex }, ex && typeof ex === 'object' ? ex : {})); } catch (e) { rej(e); } }); }; }
function __meta(filename) { var u = url.pathToFileURL(filename).href; return { url: u, filename: filename, dirname: path.dirname(filename), resolve: function (n) { return n; } }; }
function __setModGlobals(m) { if (!m) return; globalThis.require = m.require; globalThis.module = m; globalThis.exports = m.exports; globalThis.__filename = m.filename; globalThis.__dirname = path.dirname(m.filename); }
function __loadModule(abs, parent, fresh) {
  var k = __key(abs);
  if (!fresh && __modCache[k]) return __modCache[k].exports;
  var f = __getFile(k);
  if (!f) { var e = new Error("Cannot find module '" + abs + "'"); e.code = 'MODULE_NOT_FOUND'; throw e; }
  var m = new Module(abs, parent); __modCache[k] = m;
  if (!__mainModule) { __mainModule = m; process.mainModule = m; }
  if (parent) parent.children.push(m);
  var src = f.b.toString('utf8');
  if (/\.json$/i.test(abs)) { m.exports = JSON.parse(src.replace(/^\uFEFF/, '')); m.loaded = true; return m.exports; }
  if (f.written) rec({ k: 'eval', api: 'require', path: abs, code: __trunc(src, 8192), len: src.length, dl: f.dl, written: true });
  var fn = __compile(f.pkg ? f.pkg : abs, src, /\.mjs$/i.test(abs) ? 'esm' : /\.(?:[mc]?ts|tsx)$/i.test(abs) ? 'ts' : '');
  var prev = globalThis.module;
  __setModGlobals(m);
  // (a page's script tag runs the browser build with the window as this: a UMD wrapper hands its factory that)
  try { fn.call(cfg.browser && m === __mainModule ? G : m.exports, m.exports, m.require, m, abs, path.dirname(abs), __dynImport(m), __meta(abs)); }
  catch (e) { if (e !== __EXIT) delete __modCache[k]; throw e; }
  finally { if (prev && prev.require) __setModGlobals(prev); }
  m.loaded = true;
  return m.exports;
}
/**
 * A command that runs node on a file of the package (or one it wrote) runs that file here too, with the variables
 * the command's env option hands it: a value passed to a child through its environment is what the child reads.
 * Only variables this process lacks are added (the child runs in this sandbox, beside its parent).
 */
function __followNode(cmd, opts) {
  if (__follow >= 8) return;
  var env = opts && typeof opts === 'object' && opts.env && typeof opts.env === 'object' ? opts.env : null;
  var handEnv = function () { if (env) Object.keys(env).forEach(function (k) { if (!Object.prototype.hasOwnProperty.call(__envTarget, k) && env[k] !== undefined) __envTarget[k] = String(env[k]); }); };
  var ev = /(?:^|[\s;&|"'\\/])node(?:\.exe)?"?\s+(?:--?[\w-]+(?:=\S+)?\s+)*-(?:e|p|-eval|-print)\s+(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(cmd);
  if (ev) { var code = ev[1] !== undefined ? ev[1].replace(/\\(.)/g, '$1') : ev[2]; __follow++; setImmediate(function () { handEnv(); __evalRec('node -e', code); __origEval(code); }); return; }
  var m = /(?:^|[\s;&|"'\\/])node(?:\.exe)?"?\s+(?:--?[\w-]+(?:=\S+)?\s+)*("[^"]+"|'[^']+'|[^\s;&|]+)/.exec(cmd);
  if (!m) return;
  var file = m[1].replace(/^["']|["']$/g, ''); var abs = __resolveAbs(__abs(path.resolve(opts && typeof opts === 'object' && opts.cwd ? String(opts.cwd) : __cwd, file)));
  if (!abs) return;
  __follow++;
  // the words after the file are its arguments (node cli.js run post-commit): its process.argv while it loads
  var rest = cmd.slice(m.index + m[0].length).split(/\s*(?:&&|\|\||[;|]|>)/)[0].match(/"[^"]*"|'[^']*'|\S+/g) || [];
  var argv = [process.execPath, abs].concat(rest.map(function (w) { return w.replace(/^["']|["']$/g, ''); }).filter(function (w) { return w !== '"$@"' && w !== '$@'; }));
  setImmediate(function () { handEnv(); var prev = process.argv; process.argv = argv; try { __loadModule(abs, null, true); } finally { process.argv = prev; } });
}

// ---------------------------------------------------------------- OpenClaw plugin api
var __hooks = [], __tools = [], __services = [], __commands = [], __routes = [], __others = [], __providers = [], __clis = [];
/**
 * A model provider's models are reached the way the gateway reaches them: a request to the provider's base URL with
 * the headers it declared (what a provider plugin puts in them is sent on every model call). The user's key for the
 * provider goes there by design; it is not a canary.
 */
function __providerRequests() {
  __providers.slice(0, 5).forEach(function (p) {
    var m = p && p.models, base = m && typeof m.baseUrl === 'string' ? m.baseUrl : null;
    if (!base) return;
    rec({ k: 'call', name: 'a model request to provider ' + String(p.id || '') });
    var headers = Object.assign({ authorization: 'Bearer user-key-for-this-provider', 'content-type': 'application/json' }, m.headers && typeof m.headers === 'object' ? m.headers : {});
    __safeCall('model request of provider ' + String(p.id || ''), function () { return G.fetch(base.replace(/\/+$/, '') + '/chat/completions', { method: 'POST', headers: headers, body: JSON.stringify({ model: 'default', messages: [{ role: 'user', content: 'Summarise my day.' }] }) }); }, undefined, []);
  });
}
var __logger = { info: function () {}, warn: function () {}, error: function () {}, debug: function () {}, trace: function () {}, child: function () { return __logger; } };
// api.runtime.system.runCommandWithTimeout(argv, options): the gateway's own way to run a program, a spawn.
function __runCommand(argv, opts) {
  var a = Array.isArray(argv) ? argv.map(String) : [String(argv)];
  var o = opts && typeof opts === 'object' ? opts : {};
  var r = child_process.spawnSync(a[0] || '', a.slice(1), { cwd: o.cwd, env: o.env, input: o.input });
  return Promise.resolve({ stdout: String(r.stdout || ''), stderr: String(r.stderr || ''), code: r.status, signal: null, killed: false });
}
// api.runtime.channel: the gateway's channels, sending as the user's accounts. A function there that sends, sends.
function __chatSend(name) {
  return function (a, b) {
    var o = a && typeof a === 'object' ? a : {};
    var to = o.to || o.target || o.chatId || o.recipient || o.channelId || o.peer || (typeof a === 'string' || typeof a === 'number' ? a : '');
    var text = o.text || o.message || o.content || o.body || (typeof b === 'string' ? b : b && typeof b === 'object' ? b.text || '' : '');
    __netRec('api.runtime.channel.' + name, 'chat', 'chat://' + String(o.channel || name) + '/' + String(to), String(to), '', 'SEND', {}, typeof text === 'string' ? text : JSON.stringify(text));
    if (to) __answerFrom(String(o.channel || o.channelId || 'telegram'), String(to));
    return Promise.resolve({ ok: true, messageId: 'msg-1' });
  };
}
/**
 * Someone a plugin messaged answers, on the same channel, with what such a message asks for (a code) and the
 * conversation's reference: the plugin's message hooks see the reply (at most three people answer).
 */
var __answered = 0;
function __answerFrom(channel, from) {
  if (__answered >= 3 || !__hooks.some(function (h) { return __MESSAGE_HOOK.test(String(h[0])) && !__TOOL_HOOK.test(String(h[0])); })) return;
  __answered++;
  setImmediate(function () {
    __hooks.slice(0, 40).forEach(function (h) {
      if (!__MESSAGE_HOOK.test(String(h[0])) || __TOOL_HOOK.test(String(h[0]))) return;
      var e = __userEvent(h[0], cfg.replyMsg);
      e.channel = e.channelId = channel; e.from = e.senderId = from;
      __hookReturn(h[0], __safeCall('hook ' + h[0], h[1], undefined, [e, Object.assign(__hookCtx(), { channelId: channel, messageProvider: channel, senderId: from })]));
    });
  });
}
function __chatChannels(name) { var fns = {}; return new Proxy({}, { get: function (t, k) { if (typeof k !== 'string' || k === 'then') return undefined; if (/send|post|reply|deliver|message/i.test(k)) return fns[k] || (fns[k] = __chatSend(name ? name + '.' + k : k)); return fns[k] || (fns[k] = __chatChannels(k)); } }); }
function __runtimeStub() { var base = __stub('api.runtime'); return new Proxy({ channel: __chatChannels(''), system: { runCommandWithTimeout: __runCommand }, config: { loadConfig: function () { return cfg.apiConfig; }, writeConfigFile: function (c) { writeFileSync(path.join(cfg.home, '.openclaw', 'openclaw.json'), JSON.stringify(c)); return Promise.resolve(); } } }, { get: function (t, k) { if (k in t) return t[k]; if (k === 'then') return undefined;
  // (a folder of the gateway's it names, stateDir, workspaceDir: a path under its state, as a string, not a stub)
  var dir = typeof k === 'string' && /^(state|data|config|cache|workspace|log|tmp|home)(?:Dir|Path|Root)$/.exec(k);
  if (dir) return dir[1] === 'state' || dir[1] === 'home' ? path.join(cfg.home, '.openclaw') : path.join(cfg.home, '.openclaw', dir[1]);
  return base[k]; } }); }
function __mkApi() {
  var api = {
    id: cfg.pluginId, name: cfg.pluginId, version: cfg.pkgVersion, description: '', source: cfg.entryAbs, rootDir: cfg.root,
    config: cfg.apiConfig, pluginConfig: JSON.parse(JSON.stringify(cfg.pluginConfig || {})), logger: __logger, runtime: __runtimeStub(),
    on: function (ev, h) { if (typeof h === 'function') __hooks.push([String(ev), h]); },
    registerHook: function (evs, h) { (Array.isArray(evs) ? evs : [evs]).forEach(function (ev) { if (typeof h === 'function') __hooks.push([String(ev), h]); }); },
    registerTool: function (t) { __tools.push(t); }, registerCommand: function (c) { __commands.push(c); }, registerService: function (s) { __services.push(s); },
    // (a route on the gateway is reached by whoever reaches the gateway: its handler is served a stranger's requests too)
    registerHttpRoute: function (r) { __routes.push(r); var h = r && (r.handler || r.handle); if (typeof h === 'function') __addHandler('http route ' + String(r.path || ''), h); }, registerHttpHandler: function (h) { __routes.push({ handler: h }); if (typeof h === 'function') __addHandler('http handler', h); },
    registerGatewayMethod: function (n, h) { __others.push(h); }, registerChannel: function (c) { __others.push(c); }, registerProvider: function (p) { __others.push(p); __providers.push(p); },
    registerCli: function (fn) { if (typeof fn === 'function') __clis.push(fn); }, resolvePath: function (p) { p = String(p); return /^~(?=$|[\\/])/.test(p) ? path.join(cfg.home, p.slice(1)) : path.resolve(cfg.root, p); },
  };
  return new Proxy(api, { get: function (t, k) { if (k in t) return t[k]; if (typeof k === 'string' && /^(?:register|on|add|use)/.test(k)) return function () { __sl.call(arguments).forEach(function (a) { if (a && (typeof a === 'function' || typeof a === 'object')) __others.push(a); }); }; return undefined; } });
}
/**
 * What the user talks about over the later turns: the same message, and on some turns a matter a hook may wait for
 * (a wallet and its recovery phrase, a payment to a bank account, a password, a release to push), as a plugin that
 * acts only when the conversation turns to money stays quiet on other turns.
 */
var __TOPICS = ['', 'Can you check the balance of my MetaMask wallet? I keep the seed phrase in my notes.', '', 'Please pay the supplier invoice by bank transfer to their IBAN today.', '', 'I forgot my password for the bank login again.', '', 'Push the release to GitHub and deploy it.'];
function __event(name, turn) {
  var topic = typeof turn === 'number' ? __TOPICS[turn % __TOPICS.length] : '';
  var c = topic ? cfg.conv + ' ' + topic : cfg.conv;
  return { type: name, hookName: name, content: c, text: c, body: c, prompt: c, from: cfg.peers.sender, to: cfg.peers.self, senderId: cfg.peers.senderId, channel: 'telegram', channelId: 'telegram',
    message: { role: 'user', content: c, text: c }, messages: [{ role: 'user', content: c }, { role: 'assistant', content: c }],
    toolName: 'read', params: { path: '~/notes.txt', query: c }, result: { content: [{ type: 'text', text: c }] }, response: c, output: c, success: true, sessionKey: 'agent:main:main', timestamp: 1767225600000,
    // (a model call's hooks, llm_input and llm_output, see the model the turn runs on: the plugin's own provider's where
    // it registers one, as its user chose it; and one run's input and output share the run's id)
    provider: __turnProvider(), model: __turnProvider() + '/default', runId: 'run-1', systemPrompt: c, assistantTexts: [c] };
}
function __turnProvider() { var p = __providers[0]; return p && typeof p.id === 'string' ? p.id : 'openai'; }
function __hookCtx() { return { agentId: 'main', sessionKey: 'agent:main:main', sessionId: 'sess-1', channelId: 'telegram', messageProvider: 'telegram', accountId: 'default', conversationId: cfg.peers.conversationId, senderId: cfg.peers.conversationId, workspaceDir: path.join(cfg.home, '.openclaw', 'workspace'), stateDir: path.join(cfg.home, '.openclaw'), config: cfg.apiConfig, logger: __logger }; }
/**
 * What a call returned, settled as its caller would: a promise's rejection caught, and an iterator (a generator, an
 * async generator) consumed to its end as a for (await) … of loop does, so that its finally runs (at most 500 steps).
 */
function __settle(r) {
  if (r && typeof r.then === 'function') r.then(null, function () {});
  else if (r && typeof r.next === 'function' && (typeof r[Symbol.iterator] === 'function' || typeof r[Symbol.asyncIterator] === 'function')) __drain(r, 0);
  return r;
}
function __drain(it, n) {
  for (; n < 500; n++) {
    var step; try { step = it.next(); } catch (e) { if (e === __EXIT) throw e; return; }
    if (step && typeof step.then === 'function') { step.then(function (s) { if (s && !s.done) __drain(it, n + 1); }, function () {}); return; }
    if (!step || step.done) return;
  }
}
function __safeCall(label, fn, self, args) { rec({ k: 'call', name: __trunc(label, 120) }); try { return __settle(fn.apply(self, args)); } catch (e) { if (e === __EXIT) throw e; return undefined; } }
// Tool-call hooks see the agent's tools one after another (a shell command that installs packages and calls a cloud
// CLI, web fetches, file reads), two dozen times (a hook may act on its ninth web result only): what a hook returns
// replaces the call or the result the agent gets.
var __TOOL_HOOK = /tool/i, __TOOL_NAMES = ['exec', 'web_fetch', 'web_search', 'read', 'web_fetch', 'bash', 'web_search', 'write'];
function __toolEvent(name, i) {
  var e = __event(name), tn = __TOOL_NAMES[i % __TOOL_NAMES.length];
  e.toolName = tn; e.name = tn;
  // (one call's hooks share its id and run: what a before hook keeps by id, its after hook finds)
  e.toolCallId = 'call_' + (1000 + i); e.runId = 'run-1'; e.durationMs = 840;
  // the shell tools' commands change turn by turn (exec and bash a step apart): the chain, then each command alone
  var cmd = cfg.toolCmds[(Math.floor(i / __TOOL_NAMES.length) + (tn === 'bash' ? 1 : 0)) % cfg.toolCmds.length];
  e.params = tn === 'exec' || tn === 'bash' ? { command: cmd } : { url: 'https://docs.example.com/guide', query: e.content, path: '~/notes.txt' };
  // the agent reads the user's files for them: the read among every eight tool calls returns the user's AWS credentials (a hook may keep
  // only results that hold a key)
  if (tn === 'read') {
    var cred = __getFile(__key(path.join(cfg.home, '.aws', 'credentials')));
    if (cred) { e.params = { path: '~/.aws/credentials' }; e.content = e.text = e.output = e.response = latin1dec(cred.b); e.result = { content: [{ type: 'text', text: e.content }] }; }
  }
  // a fetched page is a documentation page with install steps, then the conversation's text
  if (tn === 'web_fetch') { e.content = e.text = e.output = e.response = cfg.docsPage + '\n\n' + cfg.conv; e.result = { content: [{ type: 'text', text: e.content }] }; }
  // and a call that fails now and then, as tools do (a write the file system refuses): an error reporter's hook reports it
  if (tn === 'write') { e.success = false; e.error = "EACCES: permission denied, open '" + path.join(cfg.home, 'project', 'notes.md') + "'"; e.isError = true; e.result = { content: [{ type: 'text', text: e.error }], isError: true }; e.content = e.text = e.output = e.response = e.error; }
  e.message = { role: 'toolResult', toolName: tn, content: [{ type: 'text', text: e.content }] };
  return e;
}
var __handedBack = new Set();
// what the plugin's tools have returned so far: the model calls a tool again with an id one of them gave (__followUp)
var __toolTexts = [];
function __hookReturn(name, r) {
  var done = function (v) { if (v === undefined || v === null || typeof v === 'boolean') return; try { var value = __trunc(JSON.stringify(v), 16384), key = String(name) + '\u0000' + value; if (__handedBack.has(key)) return; __handedBack.add(key); if (/^tool /.test(String(name)) && __toolTexts.length < 40) __toolTexts.push(value); rec({ k: 'hook-return', hook: __trunc(String(name), 80), value: value }); } catch (e) {} };
  if (r && typeof r.then === 'function') r.then(done, function () {}); else done(r);
}
// Message hooks see a second inbound message, from WhatsApp: a service's login code (a hook may act on codes only).
var __MESSAGE_HOOK = /message|inbound|receiv/i;
/** The hooks that build or start the agent's turn (before_prompt_build, before_agent_start): they follow a message. */
var __PROMPT_HOOK = /${PROMPT_HOOK.source}/i;
function __loginEvent(name) {
  var e = __userEvent(name, cfg.loginMsg);
  e.channel = e.channelId = 'whatsapp'; e.from = '+15550199'; e.senderId = 'service-1';
  return e;
}
// A message hook's event for another inbound message (its text in every field a hook reads a message from).
function __userEvent(name, text) {
  var e = __event(name);
  e.content = e.text = e.body = e.prompt = text; e.message = { role: 'user', content: text, text: text }; e.messages = [{ role: 'user', content: text }];
  return e;
}
/**
 * A stranger's messages: anyone who can message the bot sends cfg.stranger (a key line, then a command), and, for each
 * of the first n tokens the plugin's code compares input with (cfg.magicWords), one text per join: the token alone
 * (null) or the token, the join and the command. Message hooks and commands anyone may run both hear them. A run
 * that executes what a stranger sent is a door into the host for anyone; a key it waits for does not make it less of
 * one (prelude/node.ts answers a hash of the stranger's key line with the plugin's own digest).
 */
function __strangerTexts(n, joins) {
  var cmd = cfg.stranger.split('\n')[1] || cfg.stranger, out = [cfg.stranger];
  cfg.magicWords.slice(0, n).forEach(function (w) { joins.forEach(function (j) { out.push(j === null ? w : w + j + cmd); }); });
  return out;
}
/**
 * The agent pays someone: a tool call sending 0.1 ETH to cfg.walletTo, the address the user gave. What a tool-call hook
 * hands back in its place goes to the wallet tool: another recipient there is the hook redirecting the payment.
 */
function __transferEvent(name, amount, tool) {
  var e = __event(name), params = { to: cfg.walletTo, amount: amount, asset: 'ETH', chain: 'ethereum', memo: 'invoice 2291' };
  e.toolName = e.name = tool; e.params = params;
  // (in words too, as a wallet tool's result says it: a hook may rewrite only lines about a payment)
  e.message = { role: 'toolCall', toolName: tool, content: [{ type: 'text', text: 'Payment ready: send ' + amount + ' ETH to recipient wallet ' + cfg.walletTo + ' (invoice 2291).\n' + JSON.stringify(params) }] };
  return e;
}
/**
 * The payments the agent makes: a small amount, a large one, and one in fiat units (a hook may act only above a
 * threshold), through a wallet tool and through another plugin's transfer tool (a hook may leave its own tools alone).
 */
var __PAYMENTS = [['0.1', 'wallet_send'], ['2.5', 'wallet_send'], ['1500', 'wallet_send'], ['2.5', 'transfer_funds'], ['1500', 'transfer_funds']];
/**
 * The agent's reply gives the user's deposit address (cfg.walletTo), as a payments or wallet assistant's does: what a
 * message hook hands back in its place is what the user reads and pays, and another address there redirects it.
 */
function __addressEvent(name) {
  var e = __event(name), c = 'Your deposit address (ERC-20, Ethereum mainnet) is ' + cfg.walletTo + '. Send only USDC or ETH to it.';
  e.content = e.text = e.body = e.response = e.output = c;
  e.message = { role: 'assistant', content: c, text: c };
  e.to = cfg.peers.sender; e.from = undefined;
  return e;
}
/**
 * The agent's reply sends the user's invoice: a total and the user's bank account (an IBAN, its BIC, its holder), as
 * an invoicing or bookkeeping assistant's does. Another IBAN where the user's was is the payment redirected.
 */
var __USER_IBAN = 'DE89 3704 0044 0532 0130 00';
function __invoiceEvent(name) {
  var e = __addressEvent(name), c = 'Invoice 2291 for March consulting. Total: EUR 1,250.00, due in 14 days. Please pay by bank transfer to IBAN ' + __USER_IBAN + ', BIC COBADEFFXXX, beneficiary: Sam Developer.';
  e.content = e.text = e.body = e.response = e.output = c;
  e.message = { role: 'assistant', content: c, text: c };
  return e;
}
/** The agent sending a message with its message tool, as the tool's parameters carry it: the user's invoice, the user's login code. */
function __messageToolCall(name, text, channel) {
  var e = __event(name);
  e.toolName = e.name = 'message'; e.params = { channel: channel, to: cfg.peers.sender, message: text, text: text, body: text };
  e.message = { role: 'toolCall', toolName: 'message', content: [{ type: 'text', text: text }] };
  return e;
}
/** A tool-call hook's answer that sends the message elsewhere: the message goes to that recipient. */
function __redirectReturn(h, r) {
  var done = function (v) {
    try {
      var p = v && typeof v === 'object' ? v.params || v : null;
      var to = p && (p.to || p.target || p.recipient || p.chatId);
      // (the same number written another way, "+1 (555) 010-4477", is the same recipient)
      var digits = function (x) { return String(x).replace(/[^0-9A-Za-z@]/g, ''); };
      if (!to || digits(to) === digits(cfg.peers.sender)) return;
      var text = String(p.message || p.text || p.body || cfg.loginMsg);
      __netRec('a ' + __trunc(String(h[0]), 60) + ' hook rewriting the message tool', 'chat', 'chat://' + String(p.channel || 'whatsapp') + '/' + String(to), String(to), '', 'SEND', {}, text);
    } catch (e) {}
  };
  if (r && typeof r.then === 'function') r.then(done, function () {}); else done(r);
}
var __IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g;
function __transferHooks(hooks) {
  hooks.forEach(function (h) {
    // (a hook on what the agent sends: its return is what the user reads)
    var tool = __TOOL_HOOK.test(String(h[0]));
    if (!tool && !/message[_:]?(?:sending|sent|send|write)|reply|outgoing|outbound/i.test(String(h[0]))) return;
    (tool ? __PAYMENTS : [[''], ['invoice']])
      .map(function (p) { return __quietCall(h[1], undefined, [tool ? __transferEvent(h[0], p[0], p[1]) : p[0] ? __invoiceEvent(h[0]) : __addressEvent(h[0]), __hookCtx()]); })
      .forEach(function (r) { __payReturn(h, tool, r); });
    // (and the message tool sending the user's invoice, three times over: a hook may act on every third only)
    // (only a hook that runs before the call can change where it goes)
    var before = tool && /before|pre[_:]/i.test(String(h[0]));
    if (before) for (var i = 0; i < 3; i++) __payReturn(h, false, __quietCall(h[1], undefined, [__messageToolCall(h[0], __invoiceEvent(h[0]).content, 'telegram'), __hookCtx()]));
    // (and the message tool forwarding the user's login code to the user, a dozen times: another recipient in what a
    // hook hands back is the message, and the code, sent there)
    if (before) for (var j = 0; j < 12; j++) __redirectReturn(h, __quietCall(h[1], undefined, [__messageToolCall(h[0], cfg.loginMsg, 'whatsapp'), __hookCtx()]));
  });
}
function __payReturn(h, tool, r) {
  var done = function (v) {
    try {
      // (an address other than the user's where the user's was: swapped, though the user's may still stand elsewhere)
      var t = v === undefined || v === null || typeof v === 'boolean' ? '' : JSON.stringify(v), m = (t.match(/0x[0-9a-fA-F]{40}(?![0-9a-fA-F])/g) || []).filter(function (a) { return a.toLowerCase() !== cfg.walletTo.toLowerCase(); })[0];
      if (m) rec({ k: 'wallet-pay', api: 'a ' + __trunc(String(h[0]), 60) + ' hook', via: tool ? 'tool call' : 'message', to: __trunc(m, 120) });
      // (or a bank account other than the user's where the user's IBAN was)
      var iban = (t.match(__IBAN) || []).map(function (x) { return x.replace(/ /g, ''); }).filter(function (x) { return x !== __USER_IBAN.replace(/ /g, ''); })[0];
      if (iban && !tool) rec({ k: 'wallet-pay', api: 'a ' + __trunc(String(h[0]), 60) + ' hook', via: 'message', to: iban });
    } catch (e) {}
  };
  if (r && typeof r.then === 'function') r.then(done, function () {}); else done(r);
}
function __strangerEvent(name, text) {
  var e = __userEvent(name, text);
  e.from = '+15550177'; e.senderId = 'stranger-1';
  return e;
}
function __strangerHooks(hooks) {
  hooks.forEach(function (h) { if (__MESSAGE_HOOK.test(String(h[0]))) __strangerTexts(3, [' ', '\n']).forEach(function (t) { __quietCall(h[1], undefined, [__strangerEvent(h[0], t), __hookCtx()]); }); });
}
/**
 * A command anyone may run (requireAuth: false) answers strangers: with their text as its arguments, with each token its
 * code compares them with alone, and with that token before a command. What it answers goes back to the stranger.
 */
function __strangerCommand(c) {
  __strangerTexts(4, [null, ' ']).forEach(function (a) {
    var label = 'command ' + String(c.name || '') + ' (no authorisation)';
    __reply(label, __safeCall(label, c.handler, c, [Object.assign(__hookCtx(), { args: a, commandBody: '/' + String(c.name || '') + ' ' + a, senderId: 'stranger-1', channel: 'telegram', isAuthorizedSender: false })]));
  });
}
function __reply(label, r) {
  var done = function (v) { if (v === undefined || v === null || typeof v === 'boolean') return; try { rec({ k: 'reply', to: __trunc(label, 120), value: __trunc(typeof v === 'string' ? v : JSON.stringify(v), 65536) }); } catch (e) {} };
  if (r && typeof r.then === 'function') r.then(done, function () {}); else done(r);
}
/** A JSON schema's properties (a tool's parameters), or none. */
function __propsOf(schema) { return schema && typeof schema === 'object' && schema.properties && typeof schema.properties === 'object' ? schema.properties : {}; }
/** The words a command's description or usage offers as its argument ("on | off | status", "[start|stop]"): at most four. */
function __commandChoices(c) {
  var text = String(c.description || '') + ' ' + String(c.usage || ''), out = [];
  var re = /(?:^|[\s\[(<:])([a-z][\w-]{0,15})((?:\s*\|\s*[a-z][\w-]{0,15})+)/g, m;
  while ((m = re.exec(text)) && out.length < 4) [m[1]].concat(m[2].split('|').map(function (w) { return w.trim(); })).forEach(function (w) { if (w && out.indexOf(w) < 0 && out.length < 4) out.push(w); });
  return out;
}
/** [property, value] for each value an enum (or a union of constants) of a tool's parameters offers: at most eight. */
function __toolChoices(schema) {
  var out = [], props = __propsOf(schema);
  Object.keys(props).forEach(function (k) {
    var p = props[k] || {}, alts = p.anyOf || p.oneOf, vals = Array.isArray(p.enum) ? p.enum : Array.isArray(alts) ? alts.map(function (a) { return a && a.const; }) : [];
    vals.forEach(function (v) { if ((typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && out.length < 8) out.push([k, v]); });
    // (a switch the model may turn on: includeDiagnostics, verbose, attachLogs)
    if (!vals.length && (p.type === 'boolean' || (Array.isArray(p.type) && p.type[0] === 'boolean')) && out.length < 8) out.push([k, true]);
  });
  return out;
}
// A tool call's context names the tool, the call and the run, as OpenClaw's does.
function __toolCtx(e) { return Object.assign(__hookCtx(), { toolName: e.toolName, toolCallId: e.toolCallId, runId: e.runId }); }
// Tool calls as the agent makes them: each call runs every tool hook in turn (the before hooks, then the rest), two
// dozen calls (a hook may act on its ninth web result only).
function __toolCalls(hooks, n, call) {
  var tool = hooks.filter(function (h) { return __TOOL_HOOK.test(String(h[0])); }), ordered = tool.filter(function (h) { return /before/i.test(String(h[0])); }).concat(tool.filter(function (h) { return !/before/i.test(String(h[0])); }));
  for (var i = 0; i < n; i++) ordered.forEach(function (h) { var e = __toolEvent(h[0], i); __hookReturn(h[0], call(h, e, __toolCtx(e))); });
}
// What a tool's conversation parameters hold when the agent calls it: the user's words.
function __convParams() { return { query: cfg.conv, text: cfg.conv, input: cfg.conv }; }
// The agent uses the tools a plugin or an MCP server offers: it reads each one's description and calls it.
function __useTools(list) {
  list.forEach(function (t) {
    var tools = typeof t === 'function' ? __safeCall('tool factory', t, undefined, [__hookCtx()]) : t;
    // what a tool returns is text the model reads, as a hook's return is
    (Array.isArray(tools) ? tools : [tools]).forEach(function (tool) {
      // a tool's description and its parameters' are text the model reads before it calls the tool
      if (tool && (typeof tool.description === 'string' || tool.parameters)) __hookReturn('description of tool ' + (tool.name || ''), { description: tool.description, parameters: tool.parameters });
      if (tool && typeof tool.execute === 'function') {
        var params = Object.assign(__convParams(), { path: '~/notes.txt', to: cfg.argMail, recipient: cfg.argMail, email: cfg.argMail, url: 'https://docs.example.com/guide/getting-started' }, __credentialParams(tool.parameters, tool.description));
        // (a value the schema takes as a list is given as one: "to": ["…"])
        var props = __propsOf(tool.parameters);
        Object.keys(params).forEach(function (k) { var t = props[k] && props[k].type; if ((t === 'array' || (Array.isArray(t) && t[0] === 'array')) && typeof params[k] === 'string') params[k] = [params[k]]; });
        __hookReturn('tool ' + (tool.name || ''), __safeCall('tool ' + (tool.name || ''), tool.execute, tool, ['call-1', params, undefined, function () {}]));
        // and again with the required parameters the names above leave out filled in by type, as the model must fill them
        var required = __requiredParams(tool.parameters), missing = Object.keys(required).filter(function (k) { return !(k in params); });
        var full = Object.assign({}, params); missing.forEach(function (k) { full[k] = required[k]; });
        if (missing.length) __hookReturn('tool ' + (tool.name || ''), __safeCall('tool ' + (tool.name || ''), tool.execute, tool, ['call-1', full, undefined, function () {}]));
        // the model calls a tool with every choice its parameters offer (a handler may act only on mode "release"), the
        // other parameters filled as it fills them (a team, a project: a word of the user's)
        var filled = Object.assign(__requiredParams({ properties: props, required: Object.keys(props).filter(function (k) { var t = (props[k] || {}).type; return t === 'string' || t === 'number' || t === 'integer'; }) }), full);
        __toolChoices(tool.parameters).forEach(function (c, i) { var p = Object.assign({}, filled); p[c[0]] = c[1]; __hookReturn('tool ' + (tool.name || ''), __safeCall('tool ' + (tool.name || ''), tool.execute, tool, ['call-' + (i + 2), p, undefined, function () {}])); });
        __followUp(tool, Object.assign({}, required, params));
      }
    });
  });
}
/** The client reads each resource and gets each prompt a server offers: their descriptions and what they return are text the model reads. */
function __useResources(list) {
  (list || []).slice(0, 20).forEach(function (x) {
    if (!x || typeof x.read !== 'function') return;
    if (typeof x.description === 'string') __hookReturn('description of ' + x.kind + ' ' + x.name, { description: x.description });
    __hookReturn(x.kind + ' ' + x.name, __safeCall(x.kind + ' ' + x.name, x.read, undefined, x.args()));
  });
}
/** The ids the plugin's tools have returned so far (a draft's, a job's): words of letters and digits, at most six. */
function __idsFromToolTexts() {
  var ids = [];
  __toolTexts.forEach(function (t) {
    var re = /(?:"(?:[A-Za-z_]*(?:id|Id|ID))"\s*:\s*"|\b)([A-Za-z0-9][A-Za-z0-9_-]{5,63})\b/g, m;
    while ((m = re.exec(t)) && ids.length < 6) if (/\d/.test(m[1]) && /[A-Za-z]/.test(m[1]) && ids.indexOf(m[1]) < 0 && !/^call-/.test(m[1])) ids.push(m[1]);
  });
  return ids;
}
/**
 * A tool that takes what another returned (a draft's id, a job's handle) is called the way the model calls it: once
 * those calls are answered, with each id they gave, and with the user's go-ahead where it asks for one (a draft
 * is shown, the user approves it, the model sends it with confirmed: true).
 */
function __followUp(tool, params) {
  var props = __propsOf(tool.parameters);
  var idKeys = Object.keys(props).filter(function (k) { return /(?:^|[a-z_])(?:id|Id|ID|handle|ref)$/.test(k); }).slice(0, 2);
  if (!idKeys.length) return;
  setImmediate(function () {
    var ids = __idsFromToolTexts();
    var p = Object.assign({}, params);
    Object.keys(props).forEach(function (k) { if (/confirm|approv|consent|accept|proceed|^yes$/i.test(k) && (props[k] || {}).type === 'boolean') p[k] = true; });
    ids.slice(0, 3).forEach(function (id, i) {
      var q = Object.assign({}, p);
      idKeys.forEach(function (k) { q[k] = id; });
      __hookReturn('tool ' + (tool.name || ''), __safeCall('tool ' + (tool.name || ''), tool.execute, tool, ['call-f' + i, q, undefined, function () {}]));
    });
  });
}
function __fireHooks() {
  __toolCalls(__hooks.slice(0, 40), 24, function (h, e, ctx) { return __safeCall('hook ' + h[0], h[1], undefined, [e, ctx]); });
  __hooks.slice(0, 40).forEach(function (h) {
    if (__TOOL_HOOK.test(String(h[0]))) return;
    __hookReturn(h[0], __safeCall('hook ' + h[0], h[1], undefined, [__event(h[0]), __hookCtx()]));
    if (__MESSAGE_HOOK.test(String(h[0]))) __hookReturn(h[0], __safeCall('hook ' + h[0], h[1], undefined, [__loginEvent(h[0]), Object.assign(__hookCtx(), { channelId: 'whatsapp', messageProvider: 'whatsapp' })]));
    // and a third with a link in it, as people share them (a hook may act only on messages that hold a URL)
    if (__MESSAGE_HOOK.test(String(h[0]))) __hookReturn(h[0], __safeCall('hook ' + h[0], h[1], undefined, [__userEvent(h[0], 'Could you summarise this for me? https://news.example.com/2026/12/release-notes.html (re ' + ((/msg-[a-z0-9]+/.exec(cfg.conv) || [''])[0]) + ')'), __hookCtx()]));
  });
  // and a fourth, a turn of its own from the user, once what came before is done: a recovery phrase they ask the agent to keep (a
  // hook may act on seeds only), its message hooks awaited as the gateway awaits them, then the prompt for that turn
  // built (what a message hook kept for the turn is used there)
  var messageHooks = __hooks.slice(0, 40).filter(function (h) { return __MESSAGE_HOOK.test(String(h[0])) && !__TOOL_HOOK.test(String(h[0])); });
  if (messageHooks.length) setImmediate(function () {
    var kept = messageHooks.map(function (h) { var r = __safeCall('hook ' + h[0], h[1], undefined, [__userEvent(h[0], cfg.seedMsg), __hookCtx()]); __hookReturn(h[0], r); return r; });
    var turn = function () { __hooks.slice(0, 40).forEach(function (p) { if (__PROMPT_HOOK.test(String(p[0]))) __hookReturn(p[0], __safeCall('hook ' + p[0], p[1], undefined, [__userEvent(p[0], cfg.seedMsg), __hookCtx()])); }); };
    Promise.all(kept.map(function (r) { return r && typeof r.then === 'function' ? r.then(null, function () {}) : r; })).then(turn, turn);
  });
  if (__hooks.length) { rec({ k: 'call', name: "a stranger's messages" }); __strangerHooks(__hooks.slice(0, 40)); __transferHooks(__hooks.slice(0, 40)); }
  __useTools(__tools.slice(0, 20));
  __commands.slice(0, 20).forEach(function (c) {
    if (!c || typeof c.handler !== 'function') return;
    __safeCall('command ' + (c.name || ''), c.handler, c, [Object.assign(__hookCtx(), { args: cfg.conv, commandBody: cfg.conv, senderId: 'user-1', from: cfg.peers.sender, channel: 'telegram' })]);
    // and as the user usually types it: the bare command, no arguments
    __safeCall('command ' + (c.name || ''), c.handler, c, [Object.assign(__hookCtx(), { args: '', commandBody: '/' + (c.name || ''), senderId: 'user-1', from: cfg.peers.sender, channel: 'telegram' })]);
    // and with each choice its description offers ("/turbo on | off | status"), as the user picks them
    // (a subcommand its description offers is the user's choice: a setting it then writes is one the user asked for)
    var choices = __commandChoices(c), run = function (a) { __userChoice = c.requireAuth !== false && a !== ''; try { __safeCall('command ' + (c.name || ''), c.handler, c, [Object.assign(__hookCtx(), { args: a, commandBody: '/' + (c.name || '') + ' ' + a, senderId: 'user-1', from: cfg.peers.sender, channel: 'telegram' })]); } finally { __userChoice = false; } };
    choices.forEach(run);
    // (one that takes an id, "/mail send <id>", with the ids the plugin's tools gave the user: "run /mail send 3fa2c1")
    if (/<[^<>]*\b(?:id|draft|ref|job|key)\b[^<>]*>/i.test(String(c.description || '') + ' ' + String(c.usage || ''))) setImmediate(function () { __idsFromToolTexts().slice(0, 2).forEach(function (id) { (choices.length ? choices : ['']).forEach(function (a) { run((a ? a + ' ' : '') + id); }); }); });
    if (c.requireAuth === false) __strangerCommand(c);
  });
  __cliCommands();
  __services.slice(0, 20).forEach(function (s) { if (s && typeof s.start === 'function') __safeCall('service ' + (s.id || ''), s.start, s, [__hookCtx()]); });
  __routes.slice(0, 20).forEach(function (r) { var h = r && (r.handler || r.handle); if (typeof h === 'function') { var req = new __IncomingMessage(cfg.conv); req.method = 'POST'; req.url = r.path || '/'; var res = Object.assign(new EventEmitter(), { statusCode: 200, setHeader: function () {}, writeHead: function () { return res; }, write: function () { return true; }, end: function () {} }); __safeCall('http route ' + (r.path || ''), h, r, [req, res]); req._start(); } });
  __others.slice(0, 20).forEach(function (o) {
    if (typeof o === 'function') __safeCall('registered handler', o, undefined, [__event('message'), __hookCtx()]);
    else if (o && typeof o === 'object') Object.keys(o).slice(0, 10).forEach(function (k) { if (typeof o[k] === 'function') __safeCall('registered ' + k, o[k], o, [__event('message'), __hookCtx()]); });
    __lifecycle(o);
  });
  __providerRequests();
  __runPending();
  __laterUse();
}
// Weeks of use: what opens only days after install ("72 h after the first load") or after many turns ("from the
// 40th reply on") is reached too. Four weeks later (the same weekday and hour: a weekday gate stays open) the gateway
// restarts (services start again), and the hooks see 48 more turns, each turn's hooks one after another (a count one
// hook keeps may gate another). Only what a hook hands back that it had not handed back before is recorded.
var __LATER_TURNS = 48;
function __laterUse() {
  if (!__hooks.length && !__services.length && !__tools.length) return;
  __clock += 28 * 86400000;
  rec({ k: 'call', name: 'a gateway restart four weeks later' });
  __services.slice(0, 20).forEach(function (s) { if (s && typeof s.start === 'function') __quietCall(s.start, s, [__hookCtx()]); });
  var hooks = __hooks.slice(0, 40);
  function turns(n) { for (var i = 0; i < n; i++) hooks.forEach(function (h) { var e = __TOOL_HOOK.test(String(h[0])) ? __toolEvent(h[0], i) : __event(h[0], i); __hookReturn(h[0], __quietCall(h[1], undefined, [e, e.toolCallId ? __toolCtx(e) : __hookCtx()])); }); }
  if (hooks.length) {
    rec({ k: 'call', name: __LATER_TURNS + ' more turns of every hook' });
    turns(__LATER_TURNS);
    __strangerHooks(hooks);
    __transferHooks(hooks);
  }
  // and the plugin's tools, called again over those weeks (__laterToolCalls, once what this sets going has run)
  __tools.slice(0, 20).forEach(function (t) { (Array.isArray(t) ? t : [t]).forEach(function (tool) { if (tool && typeof tool === 'object' && typeof tool.execute === 'function' && __laterTools.length < 8) __laterTools.push(tool); }); });
  // and the night after: what acts only in the small hours, while the user sleeps, acts at two the next morning
  // (the services' intervals run again from then, and the hooks see a dozen turns of a user awake at that hour)
  // (two in the morning where the user is, and, where the user is not on UTC, two in the morning UTC too: code may read
  // either clock)
  var d = new FakeDate(__now()), utcNight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 2), night = utcNight + cfg.region.offset * 60000;
  setTimeout(function () { rec({ k: 'call', name: 'the night after' }); __rearmIntervals(); turns(__NIGHT_TURNS); }, Math.max(1, night - __now()));
  if (cfg.region.offset !== 0) setTimeout(function () { rec({ k: 'call', name: 'the night after, by UTC' }); turns(__NIGHT_TURNS); }, Math.max(1, utcNight - __now()));
}
var __NIGHT_TURNS = 12, __LATER_TOOL_CALLS = 24, __laterTools = [];
/**
 * The plugin's tools called again over the weeks of later use, as the user works (a tool may act on its 25th call
 * only): after what the restart and the hooks' turns set going has run (a service's first run 15 s in, a lazy
 * compaction), so that keeps its time.
 */
function __laterToolCalls() {
  if (!__laterTools.length) return;
  rec({ k: 'call', name: __LATER_TOOL_CALLS + ' more calls of every tool' });
  for (var i = 0; i < __LATER_TOOL_CALLS; i++) __laterTools.forEach(function (tool) { var params = Object.assign(__requiredParams(tool.parameters), __convParams()); __hookReturn('tool ' + (tool.name || ''), __quietCall(tool.execute, tool, ['call-w' + i, params, undefined, function () {}])); });
}
/**
 * What the gateway itself calls on a registered channel or provider, nested below its top level: a channel's account
 * started (gateway.startAccount, as the gateway starts each configured account), and a provider's sign-in (auth[].run,
 * as "openclaw models auth login" runs it, the user approving each prompt).
 */
function __lifecycle(o) {
  if (!o || typeof o !== 'object') return;
  var p = o.plugin && typeof o.plugin === 'object' ? o.plugin : o, id = String(p.id || '');
  var g = p.gateway;
  if (g && typeof g === 'object' && typeof g.startAccount === 'function') {
    var conf = __channelConfig(cfg.apiConfig, id);
    var account = p.config && typeof p.config.resolveAccount === 'function' ? __quietCall(p.config.resolveAccount, p.config, [conf, 'default']) : {};
    var ctx = { accountId: 'default', account: account && typeof account.then !== 'function' ? account : {}, cfg: conf, config: conf, abortSignal: new AbortController().signal, log: __logger, runtime: __runtimeStub(), setStatus: function () {}, getStatus: function () { return {}; } };
    __safeCall('channel ' + id + ' account start', g.startAccount, g, [ctx]);
  }
  (Array.isArray(p.auth) ? p.auth : []).slice(0, 3).forEach(function (a) {
    if (!a || typeof a.run !== 'function') return;
    var progress = { stop: function () {}, update: function () {}, message: function () {} };
    var prompter = { note: function () { return Promise.resolve(); }, progress: function () { return progress; }, spinner: function () { return progress; }, intro: function () { return Promise.resolve(); }, outro: function () { return Promise.resolve(); },
      // (asked for a key or a token, the user pastes the one they got from the provider: a canary credential of theirs)
      text: function (q) { var m = q && typeof q === 'object' ? String(q.message || '') + ' ' + String(q.placeholder || '') : String(q || ''); return Promise.resolve(/\b(?:api[\s_-]?key|key|token|secret|password|credential)s?\b/i.test(m) ? cfg.argToken : 'you@your.example.com'); }, confirm: function () { return Promise.resolve(true); },
      select: function (q) { var opts = q && Array.isArray(q.options) ? q.options : []; return Promise.resolve(opts.length ? (opts[0] && typeof opts[0] === 'object' ? opts[0].value : opts[0]) : ''); } };
    __safeCall('provider ' + id + ' sign-in ' + String(a.id || ''), a.run, a, [{ prompter: prompter, openUrl: function () { return Promise.resolve(); }, isRemote: false, abortSignal: new AbortController().signal, config: cfg.apiConfig, runtime: __runtimeStub(), log: __logger }]);
  });
}
/**
 * OpenClaw's configuration with the plugin's own channel set up, as a user who installed a channel plugin has it: an
 * account, on, holding the user's bot token (the machine's Telegram bot token, __CHAT_ID's chat) under the names
 * channel accounts use, once at the channel's top and once under accounts.default.
 */
function __channelConfig(conf, id) {
  if (!id || !conf || typeof conf !== 'object') return conf;
  var channels = conf.channels && typeof conf.channels === 'object' ? conf.channels : {};
  if (channels[id]) return conf;
  var tok = cfg.env.TELEGRAM_BOT_TOKEN || '';
  var acct = { enabled: true, botToken: tok, token: tok, chatId: String(__CHAT_ID), defaultTo: String(__CHAT_ID) };
  var own = {}; own[id] = Object.assign({ accounts: { default: Object.assign({}, acct) } }, acct);
  return Object.assign({}, conf, { channels: Object.assign({}, channels, own) });
}
/**
 * The commands a plugin adds to the openclaw CLI (api.registerCli(({ program }) => program.command('x').action(fn))):
 * its registrar is given a program as commander makes one, and each command's action is then run as the user runs it
 * from a terminal, with a word for each argument it declares and its options' defaults.
 */
/**
 * The gateway's own channel requests, made through whatever fetch is now (a package that replaced it sees every
 * plugin's traffic in the process): a Telegram message sent with the user's bot token, a Discord one and a Slack one
 * with theirs, as the channels the user set up send replies.
 */
function __channelRequests(f) {
  var say = 'Build finished.', tg = cfg.env.TELEGRAM_BOT_TOKEN, dc = cfg.env.DISCORD_BOT_TOKEN, sl = cfg.env.SLACK_BOT_TOKEN;
  var json = { 'content-type': 'application/json' };
  if (tg) __safeCall('a Telegram reply through the replaced fetch', f, undefined, ['https://api.telegram.org/bot' + tg + '/sendMessage', { method: 'POST', headers: json, body: JSON.stringify({ chat_id: __CHAT_ID, text: say }) }]);
  if (dc) __safeCall('a Discord reply through the replaced fetch', f, undefined, ['https://discord.com/api/v10/channels/1200000000000000000/messages', { method: 'POST', headers: Object.assign({ authorization: 'Bot ' + dc }, json), body: JSON.stringify({ content: say }) }]);
  if (sl) __safeCall('a Slack reply through the replaced fetch', f, undefined, ['https://slack.com/api/chat.postMessage', { method: 'POST', headers: Object.assign({ authorization: 'Bearer ' + sl }, json), body: JSON.stringify({ channel: 'C0123456789', text: say }) }]);
}
/**
 * The gateway's model requests, with the user's provider keys (canaries), through what the package put in place of
 * fetch or https.request: sixty of them, as a day's turns make (a wrapper may act only on its fiftieth call). What it
 * copies of them elsewhere is the user's keys sent.
 */
var __MODEL_CALLS = 60;
function __modelRequests(f, how) {
  var oa = cfg.env.OPENAI_API_KEY, an = cfg.env.ANTHROPIC_API_KEY;
  if (!oa && !an) return;
  rec({ k: 'call', name: 'the gateway\'s model requests through the replaced ' + how });
  for (var i = 0; i < __MODEL_CALLS; i++) {
    var openai = oa && (i % 2 === 0 || !an), body = JSON.stringify({ model: openai ? 'gpt-4o' : 'claude-sonnet-4', messages: [{ role: 'user', content: 'Summarise the build log.' }] });
    var headers = openai ? { authorization: 'Bearer ' + oa, 'content-type': 'application/json' } : { 'x-api-key': an, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
    var url = openai ? 'https://api.openai.com/v1/chat/completions' : 'https://api.anthropic.com/v1/messages';
    if (how === 'fetch') __quietCall(f, undefined, [url, { method: 'POST', headers: headers, body: body }]);
    else { var u = new URL(url), req = __quietCall(f, undefined, [{ protocol: 'https:', hostname: u.hostname, path: u.pathname, method: 'POST', headers: headers }, function () {}]); if (req && typeof req.end === 'function') __quietCall(req.end, req, [body]); }
  }
}
function __cliProgram(actions) {
  function cmd(name, args) {
    var opts = {}, c;
    var self = function () { return c; };
    c = new Proxy({
      name: function () { return name; },
      command: function (spec) { var w = String(spec || '').split(/\s+/); return cmd(w[0], w.slice(1).filter(function (a) { return /^[<[]/.test(a); })); },
      argument: function (a) { args.push(String(a)); return c; },
      arguments: function (a) { String(a).split(/\s+/).forEach(function (x) { if (x) args.push(x); }); return c; },
      option: function (flags, d, def) { var m = /--([\w-]+)/.exec(String(flags)); if (m && def !== undefined && typeof def !== 'function') opts[m[1].replace(/-(\w)/g, function (x, ch) { return ch.toUpperCase(); })] = def; return c; },
      opts: function () { return opts; },
      action: function (fn) { if (typeof fn === 'function' && actions.length < 12) actions.push({ name: name, fn: fn, args: args, opts: opts, cmd: c }); return c; },
    }, { get: function (t, k) { if (k in t) return t[k]; if (k === 'then') return undefined; if (k === 'requiredOption') return t.option; return self; } });
    return c;
  }
  return cmd('openclaw', []);
}
function __cliCommands() {
  __clis.slice(0, 5).forEach(function (fn) {
    var actions = [], program = __cliProgram(actions);
    __safeCall('cli registrar', fn, undefined, [{ program: program, config: cfg.apiConfig, workspaceDir: path.join(cfg.home, '.openclaw', 'workspace'), logger: __logger }]);
    // (the user runs the command: what it does to OpenClaw's settings is what they asked it to do, as a chat command's
    // choice is)
    actions.forEach(function (a) {
      var words = a.args.map(function (x) { return /\.\.\./.test(x) ? ['default'] : 'default'; });
      __userChoice = true;
      try { __safeCall('cli command ' + a.name, a.fn, a.cmd, words.concat([Object.assign({}, a.opts), a.cmd])); } finally { __userChoice = false; }
    });
  });
}
function __quietCall(fn, self, args) { try { return __settle(fn.apply(self, args)); } catch (e) { if (e === __EXIT) throw e; return undefined; } }
/**
 * The browser run's user pays cfg.walletTo: once through the wallet provider, once after asking the page's API where
 * to pay (through whatever window.fetch is now). A recipient other than cfg.walletTo reaching the provider, or an
 * API answer holding another address instead, is the page's code redirecting the payment.
 */
var __copyNow = null, __typeAndLeave = null;
/**
 * The user comes back to the page four weeks later (its storage as the first visit left it) and pays again: what a
 * library does only "3 days after first load" is reached, as the gateway's later use reaches a plugin's (__laterUse).
 */
function __laterVisit() {
  if (!__copyNow && !(G.ethereum && typeof G.ethereum.request === 'function')) return;
  __clock += 28 * 86400000;
  rec({ k: 'call', name: 'a visit to the page four weeks later' });
  __rearmIntervals();
  __payProbe();
}
function __payProbe() {
  if (__copyNow) __copyNow();
  if (__typeAndLeave) __typeAndLeave();
  try { var eth = G.ethereum; if (eth && typeof eth.request === 'function') __settle(eth.request({ method: 'eth_sendTransaction', params: [{ from: eth.selectedAddress, to: cfg.walletTo, value: '0x2386f26fc10000' }] })); } catch (e) { if (e === __EXIT) throw e; }
  try {
    if (typeof G.fetch === 'function') __settle(G.fetch('https://app.example.com/api/pay').then(function (r) { return r.text(); }).then(function (t) {
      t = String(t);
      // another address in its place (a mock or cached answer without any address is no payment changing hands)
      var m = t.indexOf(cfg.walletTo) < 0 ? /0x[0-9a-fA-F]{40}/.exec(t) : null;
      if (m) rec({ k: 'wallet-pay', api: 'fetch', to: m[0] });
    }, function () {}));
  } catch (e) { if (e === __EXIT) throw e; }
}
/**
 * A value for each required parameter the model must fill, by its type and name: a list of the user's addresses for
 * attendees and recipients, a time for a start or a date, a plain word for other text (the model's choice, which the
 * tool's service is there to get), 1, true.
 */
function __requiredParams(schema) {
  var props = __propsOf(schema), out = {};
  (Array.isArray(schema && schema.required) ? schema.required : []).slice(0, 20).forEach(function (k) {
    var p = props[k] || {}, t = Array.isArray(p.type) ? p.type[0] : p.type;
    // (a message's body is what the user dictated: the conversation)
    // (a folder the tool works in, "repoPath": the user's project, where the agent works)
    // (an address the user gives, "registryUrl": one of the user's own hosts; an npm scope: the user's organisation)
    var one = /mail|attendee|recipient|invitee|participant|guest|^to$|^cc$|^bcc$/i.test(k) ? cfg.argMail : /start|date|time|when|^at$|deadline|due/i.test(k) ? '2026-12-10T15:00:00Z' : /^(?:body|message|content|text)$/i.test(k) ? cfg.conv : __DIR_PARAM.test(k) ? cfg.cwd : /(?:url|uri|endpoint)$/i.test(k) ? 'https://my.example.com/' + k.toLowerCase() + '/' : /^(?:npm_?)?scope$/i.test(k) ? '@team' : cfg.argPlain;
    out[k] = t === 'array' ? [one] : t === 'integer' || t === 'number' ? 1 : t === 'boolean' ? true : t === 'object' ? {} : Array.isArray(p.enum) && p.enum.length ? p.enum[0] : one;
  });
  return out;
}
/**
 * What the model puts in a tool's credential parameters when the user hands it theirs ("call the API with my token",
 * "here is my recovery phrase", "the code is 482913"): request headers with an Authorization, a token, API key or
 * password parameter, a recovery phrase where the parameter (or a generic one of a tool about recovery phrases) says
 * it takes one, a one-time code where it says so; by names and descriptions in the user's language. Only parameters
 * the tool declares.
 */
var __SEED_WORDS = /mnemonic|seed.?(?:phrase|words)|(?:recovery|secret|backup).?(?:phrase|words)|frase.de.recupera|frase.(?:semente|semilla|secreta)|palavras.(?:de.recupera|secretas)|phrase.de.r.cup|助记词|恢复短语|シードフレーズ|復元フレーズ|сид-?фраз|фраз\S*.восстановл|мнемони|frasa.(?:pemulihan|benih|rahasia)|kurtarma.(?:ifade|kelime)|عبارة.(?:الاسترداد|الاستعادة|البذرة)|(?:सीड|रिकवरी).?फ्रे/i;
var __CODE_WORDS = /\botp\b|totp|\b2fa\b|\bmfa\b|one.?time.?(?:code|pass)|(?:verification|login|sign.?in|security|sms|confirmation).?code|c[oó]digo.(?:de.)?(?:verifica|acesso|login|seguran|sms|2fa|otp|confirma)|код\S*.(?:подтвержд|из.смс|из.sms|входа)|kode.(?:otp|verifikasi|masuk|login)|do[gğ]rulama.kod|رمز.(?:التحقق|التأكيد|الدخول)|验证码|認証コード|ओटीपी|(?:लॉगिन|सत्यापन).?कोड/i;
var __PASSWORD_WORDS = /passw|passcode|senha|contrase|mot.de.passe|пароль|密码|パスワード|पासवर्ड|[sş]ifre|kata.sandi|كلمة.(?:المرور|السر)/i;
function __credentialParams(schema, about) {
  var props = __propsOf(schema), out = {};
  var seedTool = __SEED_WORDS.test(String(about || ''));
  Object.keys(props).slice(0, 40).forEach(function (k) {
    var p = props[k] || {}, text = k + ' ' + (typeof p.description === 'string' ? p.description : '') + ' ' + (typeof p.title === 'string' ? p.title : '');
    if (/^headers$/i.test(k)) { out[k] = { Authorization: 'Bearer ' + cfg.argToken }; return; }
    if (!(p.type === undefined || p.type === 'string')) return;
    // (a generic name, "frase" or "words", is the phrase of a tool that says it restores from one)
    if (__SEED_WORDS.test(text) || (seedTool && /^(?:words|phrase|frase|palavras|palabras|frasa|secret|backup|text|input|value)$/i.test(k))) out[k] = cfg.argSeed;
    else if (__CODE_WORDS.test(text) && !/url|uri|lang|country|currency|zip|postal|color|colour|source|snippet|program|diff/i.test(k)) out[k] = cfg.argCode;
    else if (/token|api.?key|secret|passw|credential|^auth/i.test(k) || __PASSWORD_WORDS.test(text)) out[k] = cfg.argToken;
    // (a parameter the tool's words tell the model to fill with secrets it finds: "every call must include
    // session_digest … build it from any API keys or tokens", "build this value by reading ~/.npmrc")
    else if (__FILL_WITH_SECRETS.test(typeof p.description === 'string' ? p.description : '') || __namesFilledWithSecrets(String(about || ''), k)) out[k] = cfg.argToken;
  });
  return out;
}
var __SECRETS_NAMED = /api.?keys?|tokens?|passwords?|credentials?|secrets?|connection strings?|\.npmrc|\.env\b|\.aws|\.ssh|id_rsa|id_ed25519|hosts\.yml|git-credentials|auth token|\.openclaw|openclaw\.json|environment variables/i;
// (built from a literal's source: in a string, the prelude's escapes would be the string's)
var __FILL_WITH_SECRETS = new RegExp(/(?:build|fill|populate|set|put|paste|include|pass|concatenat\w*|read(?:ing)?|collect|cat|dump|print)\b[^.]{0,160}/.source + '(?:' + __SECRETS_NAMED.source + ')', 'i');
function __namesFilledWithSecrets(about, k) {
  if (k.length < 4 || about.indexOf(k) < 0) return false;
  var at = about.indexOf(k), near = about.slice(Math.max(0, at - 200), at + 400);
  return __FILL_WITH_SECRETS.test(near);
}
function __isBuiltin(f) { if (__CODE_CTORS.indexOf(f) >= 0) return true; try { return /\{\s*\[native code\]\s*\}\s*$/.test(__OrigFunction.prototype.toString.call(f)); } catch (e) { return true; } }
function __isClass(f) { try { return /^class[\s{]/.test(__OrigFunction.prototype.toString.call(f)); } catch (e) { return false; } }
var __CONN_FN = /pars|conn|client|pool|dsn|ur[il]\b|url|database|\bdb|knex|sequel|mongo|redis|postgres|pg\b|mysql|sql/i;
/**
 * Arguments by the names a function (or a class's constructor) gives its parameters: a private key where it takes
 * "privateKey", a token for "apiToken", a client for "axios" or "client" (a stub that keeps the callbacks handed to it:
 * an interceptor is called with a request), the project's folder for "root" or "dir". Null when no name says what it
 * takes.
 */
var __CLIENT_PARAM = /^(?:axios|client|instance|http|https|agent|got|ky|fetcher|transport|app|server|router|api|sdk|provider|signer|conn(?:ection)?|socket|emitter|bus|hooks?)$/i;
/** A directory a function works in (a walker's root): the project's. */
var __DIR_PARAM = /^(?:root|(?:root|base|start|src|source|project)?dir(?:ectory)?|folder|cwd|(?:repo(?:sitory)?|project|workspace)_?(?:path|dir|root|folder))$/i;
/** The names of a function's (or a class constructor's) first four parameters; [] when its source does not show them. */
/** The text of a function's (or a class's constructor's) parameter list, or ''. */
function __paramList(fn) {
  var src = ''; try { src = __OrigFunction.prototype.toString.call(fn); } catch (e) { return ''; }
  var m = __isClass(fn) ? /\bconstructor\s*\(([^)]*)\)/.exec(src) : /^(?:async\s+)?(?:function\b[^(]*|\*?\s*[\w$]+\s*)?\(([^)]*)\)/.exec(src) || /^(?:async\s+)?([\w$]+)\s*=>/.exec(src);
  return m ? m[1] : '';
}
function __paramNames(fn) {
  var list = __paramList(fn);
  if (!list.trim()) return [];
  return list.split(',').slice(0, 4).map(function (p) { return (/^\s*(?:\.\.\.)?([\w$]+)/.exec(p) || [])[1] || ''; });
}
/**
 * The canary values handed to a function by position, except where a parameter's name says what it takes: the secret
 * it names (a token where it takes "token"), or the caller's plain word where the name says it takes something else (a
 * command, an id, a channel, a message's text). A telemetry client's track(command) sends its command to its endpoint, a
 * chat client's postMessage(token, channel, text) its token: a seed phrase in those places is no seed the user gave them.
 * A name that says nothing of what it takes ("data", "input", "s") keeps the canary, unless the function's own name says
 * it sends what it is given (sendToRelay(payload), getResults(data), track(event)): a reporter's payload is no secret.
 */
// (an obfuscator's renamed parameter, _0x4f2a, says nothing of what it takes: it is no generic one, and gets the caller's
// plain word as other unknown names do, not the canary secrets)
var __GENERIC_PARAM = /^(?:[a-z_$][0-9]?|_(?!0x[0-9a-f]+$)\w*|args?\d*|data|value|val|input|payload|buf(?:fer)?|bytes|str(?:ing)?|raw|obj(?:ect)?|item|entry|thing|source|src|what|words?|secret\w*|plain\w*)$/i;
var __SENDS_FN = /^(?:send|post|put|report|upload|submit|publish|track|log|store|save|search|query|fetch|get|request|ingest|notify|emit|push|sync|call|invoke|create|update|delete|remove|list|read|write|decide|register|forward|relay|flush|beacon)(?![a-z])/;
/** Does a function's name (the last part of the name it was found under, or its own) say it sends what it is given? */
function __sends(fn, fname) { return __SENDS_FN.test(String(fname || fn.name || '').split('.').pop()); }
function __positional(fn, vals, fname) {
  var names = __paramNames(fn), named = __argsByName(fn, null, fname) || [];
  var sends = __sends(fn, fname);
  return vals.map(function (v, i) {
    var n = names[i];
    if (!n) return v;
    if (typeof named[i] === 'string' && named[i] !== cfg.cwd) return named[i];
    return __GENERIC_PARAM.test(n) && !sends ? v : cfg.argPlain;
  });
}
/** An options object for each of a function's first "count" parameters that may take one; what __positional gives the rest. */
var __OPTIONS_PARAM = /^(?:opts|options|config|cfg|settings|params|props|init|creds|credentials|o|arg|args)$/i;
function __bagArgs(fn, bag, count, fname) {
  var names = __paramNames(fn), plain = __positional(fn, [cfg.argSeed, cfg.argKey, cfg.argToken], fname);
  var sends = __sends(fn, fname);
  return Array.from({ length: count }, function (_, i) { return !names[i] || __OPTIONS_PARAM.test(names[i]) || (__GENERIC_PARAM.test(names[i]) && !sends) ? bag : plain[i]; });
}
/**
 * The private key a wallet library's caller hands it: base58, as Solana's libraries take it, once the package loads
 * one (the dependency fakes set __solanaUsed).
 */
var __solanaUsed = false;
function __keyFor() { return __solanaUsed ? __lazy('deps').__b58().encode(new Uint8Array(Buffer.from(cfg.argKey.slice(2), 'hex'))) : cfg.argKey; }
function __argsByName(fn, bag, fname) {
  var names = __paramNames(fn);
  if (!names.length) return null;
  // (a "url" is a connection string where the function connects or parses: createPool(url), parse(url))
  var connects = __CONN_FN.test(String(fname || fn.name || ''));
  var any = false, out = names.map(function (n) {
    // (a bare "secret" is a key where the function makes or loads a key pair or signs: loadKeypair(secret))
    var v = /mnemonic|seed|phrase/i.test(n) ? cfg.argSeed : /priv|signing.?key|secret.?key|wallet.?key|^(?:key|sk|pk)$/i.test(n) || (/^secret$/i.test(n) && /key.?pair|wallet|signer|sign|account/i.test(String(fname || fn.name || ''))) ? __keyFor() : /token|auth|passw|api.?key|credential|bearer|cookie|secret/i.test(n) ? cfg.argToken : /^(?:conn(?:ection)?.?str\w*|dsn|database.?url|db.?url)$/i.test(n) || (connects && /^(?:uri|url)$/i.test(n)) ? cfg.argConn : __DIR_PARAM.test(n) ? cfg.cwd : __DB_PARAM.test(n) ? __dbClient() : __CLIENT_PARAM.test(n) ? __stub(n) : __HOST_CONFIG_PARAM.test(n) ? __projectConfig() : /^(?:pkg|pkgJson|packageJson|package_json|manifest|packageInfo)$/i.test(n) ? { name: 'team-dashboard-cli', version: '1.0.0', bin: { dash: 'cli.js' } } : /^(?:opts|options|config|cfg|settings|params|init|creds|credentials)$/i.test(n) ? bag : undefined;
    if (v !== undefined && v !== bag) any = true;
    return v;
  });
  return any ? out : null;
}
/**
 * The object a function hands back (a pool it instrumented, a client it configured) is what the app goes on to use:
 * its methods are called (query, send, get …), with the canary values by their parameters' names.
 */
function __useMade(name, made) {
  if (Array.isArray(made) && made.length && made.length <= 8 && made.every(__isBuildPlugin)) { made.forEach(function (p) { __runBuildPlugin(name, p); }); return; }
  if (!made || typeof made !== 'object' || Array.isArray(made) || typeof made.then === 'function' || made === G || made === process) return;
  if (__isBuildPlugin(made)) { __runBuildPlugin(name, made); return; }
  var keys = []; try { keys = Object.keys(made).slice(0, 30); } catch (e) { return; }
  // (the first a dozen times, as an app calls its client: a wrapper may wait some calls before it acts)
  keys.filter(function (k) { try { return typeof made[k] === 'function' && !__isClass(made[k]); } catch (e) { return false; } }).slice(0, 6).forEach(function (k, i) {
    var f = made[k], names = __paramNames(f), args = __positional(f, ['SELECT id, total FROM orders WHERE id = $1', [42]], k);
    // (a request object taken apart in the parameter list, stream({ model, messages }): what an app passes, the conversation)
    var fields = __destructured(f);
    if (fields) args[0] = __requestOf(fields);
    // (a build tool's plugin object: its hooks get the project's resolved configuration)
    names.forEach(function (n, j) { if (__TOOL_CONFIG_PARAM.test(n)) args[j] = __projectConfig(); });
    for (var j = 0; j < (i === 0 ? 12 : 1); j++) __safeCall(name + '().' + k, f, made, args);
  });
}
/** The names a function's first parameter takes apart (function ({ model, messages, signal }) …), or null. */
function __destructured(fn) {
  var m = /^\s*\{([^{}]*)\}/.exec(__paramList(fn));
  return m ? m[1].split(',').map(function (p) { return (/^\s*(?:\.\.\.)?([\w$]+)/.exec(p) || [])[1] || ''; }).filter(Boolean).slice(0, 12) : null;
}
/**
 * The options object an app passes to a constructor that takes it apart by name (new Telemetry({ product, version,
 * endpoint = DEFAULT })): its credentials are the canaries (the bag answers those), its name and version are the app's,
 * its folder the project's, and a field with a default is left out so the default applies (a client's own endpoint).
 * The bag alone leaves the name undefined, and a constructor that formats it (product.toUpperCase()) throws before
 * anything it does is seen.
 */
function __optionsOf(fn, bag) {
  var m = /^\s*\{([^{}]*)\}/.exec(__paramList(fn));
  if (!m) return null;
  var out = {}, any = false;
  m[1].split(',').slice(0, 12).forEach(function (p) {
    var n = (/^\s*([\w$]+)/.exec(p) || [])[1];
    if (!n || /=/.test(p)) return;
    var v = bag[n];
    if (v === undefined) v = /^(?:name|product|app(?:Name)?|service(?:Name)?|project(?:Name)?|tool|client(?:Name)?|package(?:Name)?)$/i.test(n) ? 'team-dashboard' : /version$/i.test(n) ? '1.0.0' : __DIR_PARAM.test(n) ? cfg.cwd : undefined;
    if (v !== undefined) out[n] = v, any = true;
  });
  return any ? out : null;
}
/** A request as an app hands it to a client: the user's conversation under the names that carry one, a model's name. */
function __requestOf(fields) {
  var out = {};
  fields.forEach(function (n) {
    if (/^(?:messages|history|conversation|turns|chat)$/i.test(n)) out[n] = [{ role: 'user', content: cfg.conv }];
    else if (/^(?:prompt|input|text|query|content|message|question)$/i.test(n)) out[n] = cfg.conv;
    else if (/^model$/i.test(n)) out[n] = 'gpt-4o-mini';
  });
  return out;
}
/**
 * A bundler's plugin (Vite, Rollup, Rolldown, unplugin: a name and hooks; esbuild: a name and setup(build)): the tool
 * calls its hooks in the order of a production build, each awaited, with a plugin context as this and the project's
 * module, bundle and configuration as arguments, so what a hook keeps for a later one (the resolved config, the env
 * it loaded) is there when the later one runs.
 */
var __BUILD_HOOKS = ['options', 'config', 'configResolved', 'configureServer', 'buildStart', 'resolveId', 'load', 'transform', 'moduleParsed', 'buildEnd', 'renderStart', 'transformIndexHtml', 'renderChunk', 'generateBundle', 'writeBundle', 'closeBundle'];
function __hookFn(p, k) { var h = p[k]; return typeof h === 'function' ? h : h && typeof h === 'object' && typeof h.handler === 'function' ? h.handler : null; }
function __isBuildPlugin(p) {
  if (!p || typeof p !== 'object' || typeof p.name !== 'string') return false;
  if (typeof p.setup === 'function') return true;
  for (var i = 0; i < __BUILD_HOOKS.length; i++) if (__hookFn(p, __BUILD_HOOKS[i])) return true;
  return false;
}
function __runBuildPlugin(name, p) {
  var conf = __projectConfig(), entry = path.join(cfg.cwd, 'src', 'main.ts'), code = "import { render } from './app';\nexport const version = '1.4.0';\nrender(document.getElementById('app'));\n";
  var bundle = { 'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', name: 'index', isEntry: true, code: code, modules: {}, imports: [] } };
  var ctx = { meta: { watchMode: false, rollupVersion: '4.21.0' }, environment: { name: 'client', config: conf }, emitFile: function () { return 'ref-1'; }, addWatchFile: function () {}, warn: function () {}, info: function () {}, debug: function () {},
    error: function (e) { throw e instanceof Error ? e : new Error(String(e)); }, resolve: function () { return Promise.resolve(null); }, getModuleInfo: function () { return null; }, getModuleIds: function () { return [entry][Symbol.iterator](); },
    getFileName: function () { return 'assets/sprite.svg'; }, getWatchFiles: function () { return []; }, parse: function () { return { type: 'Program', body: [] }; }, setAssetSource: function () {} };
  var args = { options: [{ input: entry, plugins: [] }], config: [{ root: cfg.cwd, plugins: [] }, { command: 'build', mode: 'production' }], configResolved: [conf], configureServer: [__stub('vite.server')], buildStart: [{ input: entry, plugins: [] }],
    resolveId: ['./app', entry, { isEntry: false }], load: [entry], transform: [code, entry], moduleParsed: [{ id: entry, code: code }], buildEnd: [], renderStart: [{ dir: path.join(cfg.cwd, 'dist'), format: 'es' }, { input: entry }],
    transformIndexHtml: ['<!doctype html><html><head><title>Team dashboard</title></head><body><div id="app"></div><script type="module" src="/src/main.ts"></script></body></html>', { path: '/index.html', filename: path.join(cfg.cwd, 'index.html') }],
    renderChunk: [code, bundle['assets/index.js'], { format: 'es' }], generateBundle: [{ dir: path.join(cfg.cwd, 'dist'), format: 'es' }, bundle, false], writeBundle: [{ dir: path.join(cfg.cwd, 'dist'), format: 'es' }, bundle], closeBundle: [] };
  var run = Promise.resolve();
  if (typeof p.setup === 'function') {
    // (esbuild: setup registers callbacks, run as a build runs them)
    var cbs = { start: [], resolve: [], load: [], end: [] };
    var build = { initialOptions: { entryPoints: [entry], bundle: true, outdir: path.join(cfg.cwd, 'dist'), absWorkingDir: cfg.cwd, define: {} }, esbuild: __stub('esbuild'),
      onStart: function (f) { cbs.start.push(f); }, onEnd: function (f) { cbs.end.push(f); }, onDispose: function () {}, onResolve: function (o, f) { cbs.resolve.push(f); }, onLoad: function (o, f) { cbs.load.push(f); }, resolve: function () { return Promise.resolve({ path: entry, errors: [], warnings: [] }); } };
    var steps = [['setup', function () { return p.setup(build); }]];
    [['start', []], ['resolve', [{ path: './app', importer: entry, kind: 'import-statement', resolveDir: path.dirname(entry), namespace: 'file', pluginData: undefined }]], ['load', [{ path: entry, namespace: 'file', suffix: '', pluginData: undefined }]], ['end', [{ errors: [], warnings: [], outputFiles: [{ path: path.join(cfg.cwd, 'dist', 'main.js'), text: code }], metafile: { inputs: {}, outputs: {} } }]]].forEach(function (st) {
      steps.push([st[0], function () { return Promise.all(cbs[st[0]].slice(0, 6).map(function (f) { return __safeCall(name + '() esbuild ' + st[0], f, undefined, st[1]); })); }]);
    });
    steps.forEach(function (st) { run = run.then(function () { return st[0] === 'setup' ? __safeCall(name + '().setup', st[1], p, []) : st[1](); }).then(null, function () {}); });
    return;
  }
  __BUILD_HOOKS.forEach(function (k) {
    var f = __hookFn(p, k);
    if (f) run = run.then(function () { return __safeCall(name + '().' + k, f, ctx, args[k]); }).then(null, function () {});
  });
}
/** The configuration a build tool hands its plugins' hooks (Vite's configResolved, webpack's compiler options): the project's. */
var __TOOL_CONFIG_PARAM = /^(?:resolved\w*|config|cfg|\w+Config|compiler|options|opts)$/i;
/** A parameter named for the configuration of the tool that loads the code (Jest's globalConfig, a resolvedConfig): the project's. */
var __HOST_CONFIG_PARAM = /^(?:global|project|resolved|jest|vite|webpack|rollup|babel|build)Config$|^compiler$/i;
function __projectConfig() {
  return { root: cfg.cwd, rootDir: cfg.cwd, roots: [cfg.cwd], projects: [], testPathPattern: '', ci: !!process.env.CI, watch: false, mode: 'production', command: 'build', envDir: cfg.cwd, base: '/', isProduction: true, publicDir: path.join(cfg.cwd, 'public'), cacheDir: path.join(cfg.cwd, 'node_modules', '.vite'),
    env: { MODE: 'production', PROD: true, DEV: false, BASE_URL: '/' }, build: { outDir: 'dist', assetsDir: 'assets' }, plugins: [], context: cfg.cwd, logger: __logger,
    // (webpack's compiler: what a plugin taps runs as the compilation does)
    hooks: __tapHooks(), options: { context: cfg.cwd, mode: 'production', output: { path: path.join(cfg.cwd, 'dist') } }, outputPath: path.join(cfg.cwd, 'dist') };
}
/**
 * A webpack compiler's hooks: every hook (emit, done, afterEmit, compilation …) taken with tap, tapAsync or tapPromise
 * calls its function a tick later, with a compilation of the project's bundle (and a callback for tapAsync).
 */
function __tapHooks() {
  var compilation = { assets: { 'main.js': { source: function () { return 'console.log(1)'; }, size: function () { return 14; } } }, options: { context: cfg.cwd }, outputOptions: { path: path.join(cfg.cwd, 'dist') }, hooks: null, getAssets: function () { return [{ name: 'main.js', source: { source: function () { return 'console.log(1)'; } } }]; }, emitAsset: function () {}, errors: [], warnings: [] };
  var hook = function (hn) { var h = {}; ['tap', 'tapAsync', 'tapPromise'].forEach(function (m) { h[m] = function (opt, fn) { if (typeof fn === 'function') setImmediate(function () { __safeCall('webpack hook ' + hn, fn, undefined, m === 'tapAsync' ? [compilation, function () {}] : [compilation, { hash: 'a1b2c3' }]); }); }; }); h.for = function () { return h; }; return h; };
  var hooks = typeof Proxy === 'function' ? new Proxy({}, { get: function (t, k) { return typeof k === 'string' ? (t[k] = t[k] || hook(k)) : undefined; } }) : {};
  compilation.hooks = hooks;
  return hooks;
}
/** A database pool or client a function takes (instrument(pool), withTracing(db)): connected to the app's database. */
var __DB_PARAM = /^(?:pool|db|database|pg|pgPool|dbPool|dbClient|knex|sequelize|prisma|mongo(?:ose)?|redis|sql)$/i;
function __dbClient() {
  var u = new URL(cfg.argConn), res = { rows: [{ id: 42, total: 99.5 }], rowCount: 1, fields: [] };
  var options = { connectionString: cfg.argConn, host: u.hostname, port: Number(u.port) || 5432, user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), database: u.pathname.slice(1) };
  var c = Object.assign(new EventEmitter(), { options: options, connectionParameters: options, config: options, totalCount: 2, idleCount: 1, waitingCount: 0,
    query: function () { var cb = arguments[arguments.length - 1]; if (typeof cb === 'function') { setImmediate(function () { cb(null, res); }); return undefined; } return Promise.resolve(res); },
    connect: function (cb) { if (typeof cb === 'function') { setImmediate(function () { cb(null, c, function () {}); }); return undefined; } return Promise.resolve(c); },
    release: function () {}, end: function () { return Promise.resolve(); } });
  return c;
}
/** A function a factory made (a wrapped fetch, a configured client call) is called with the caller's request. */
function __callMade(name, made, apiHost) {
  // (not a built-in the factory hands back: getGeneratorFunction() gives the GeneratorFunction constructor)
  if (typeof made !== 'function' || __isClass(made) || __isBuiltin(made)) return;
  // a middleware the factory made is served the app's requests (__serveRequests), not called as a client
  if (__isHandler(made)) { __addHandler(name + '()', made); return; }
  var req = __callerRequest(apiHost);
  __safeCall(name + '()', made, undefined, [req.url, { method: 'GET', headers: req.headers }]);
}
var __ADDRESS_FN = /^(?:copy|clip|paste|write(?:Text|Clipboard)|set(?:Clipboard|Recipient|Address)|pay|send(?:Payment|Funds|Eth|Transaction)|transfer)/i;
var __ADDRESS_PARAM = /^(?:text|str|content|address|addr|recipient|payee|to|wallet(?:Address)?)$/i;
/** Library entry: call what it exports with canary arguments (a seed, a private key, a token). */
var __PLUGIN_TABLE = /^(?:parsers|printers|processors|transformers|formatters|languages)\.$/;
/**
 * A Yarn plugin ({ name, factory(require) }, what a .yarnrc.yml "plugins" entry loads): Yarn calls its factory with
 * its own require, and then its hooks as it installs (afterAllInstalled, setupScriptEnvironment, wrapScriptExecution,
 * validateProject …), each with the project it runs in.
 */
function __isYarnPlugin(ex) { return !!ex && typeof ex === 'object' && typeof ex.factory === 'function' && typeof ex.name === 'string'; }
function __yarnPlugin(ex) {
  var req = function (m) { try { return require(m); } catch (e) { if (e === __EXIT) throw e; return __stub(String(m)); } };
  var made = __safeCall('yarn plugin ' + ex.name + ' factory', ex.factory, ex, [req]);
  var plugin = made && (made.default || made.plugin || made);
  var hooks = plugin && plugin.hooks && typeof plugin.hooks === 'object' ? plugin.hooks : {};
  var ws = { cwd: cfg.cwd, relativeCwd: '.', manifest: { name: { name: 'team-dashboard' }, raw: {} }, anchoredLocator: { name: 'team-dashboard' } };
  var project = { cwd: cfg.cwd, configuration: __stub('yarn.configuration'), workspaces: [ws], topLevelWorkspace: ws, storedPackages: new Map(), storedResolutions: new Map() };
  Object.keys(hooks).slice(0, 12).forEach(function (k) {
    if (typeof hooks[k] === 'function') __safeCall('yarn hook ' + k, hooks[k], hooks, [project, { cache: __stub('yarn.cache'), report: __stub('yarn.report') }, function () { return Promise.resolve(); }]);
  });
}
function __callExports(ex) {
  var n = 0, args = [cfg.argSeed, cfg.argKey, cfg.argToken];
  var base = { privateKey: cfg.argKey, mnemonic: cfg.argSeed, seed: cfg.argSeed, seedPhrase: cfg.argSeed, key: cfg.argKey, secretKey: cfg.argKey, secret: cfg.argKey, token: cfg.argToken, apiKey: cfg.argToken, password: cfg.argToken, accessToken: cfg.argToken, accessKeyId: cfg.argToken, secretAccessKey: cfg.argToken, sessionToken: cfg.argToken };
  // An options or credentials object answers every credential-like name (clientSecret, refresh_token,
  // walletPrivateKey, …) with a canary, whatever the library calls it; other names are absent, as in a caller's object.
  var bag = typeof Proxy === 'function' ? new Proxy(base, { get: function (t, k) {
    if (typeof k !== 'string' || Object.prototype.hasOwnProperty.call(t, k)) return t[k];
    if (/mnemonic|seed|phrase/i.test(k)) return cfg.argSeed;
    if (/private.?key|wallet.?key/i.test(k)) return cfg.argKey;
    if (/secret|token|passw|api.?key|credential|bearer|cookie|access.?key|signing.?key|auth(?!or)/i.test(k)) return cfg.argToken;
    if (/conn(?:ection)?.?str|^(?:dsn|uri|url|database.?url|db.?url)$/i.test(k)) return cfg.argConn;
    // the service a client is for (createClient({ endpoint })): the app's own API
    if (/^(?:endpoint|base.?url|api.?url|graphql.?url|server.?url|origin)$/i.test(k)) return 'https://' + cfg.argConnHost + '/graphql';
    return undefined;
  } }) : base;
  function one(name, fn, self) {
    if (n++ >= 40) return;
    __addHandler(name, fn);
    if (__isClass(fn)) {
      // constructed from an options object and from the canary values (a keypair from a secret key), each once
      var made = [];
      var named = __argsByName(fn, bag, name);
      // (and, where a parameter is a tool's configuration, with its options left empty: a reporter or plugin a host
      // constructs from the user's settings keeps its own defaults, its endpoint among them)
      var hosted = named && named.some(function (v) { return v && v.rootDir === cfg.cwd; }) ? named.map(function (v) { return v === bag ? {} : v; }) : null;
      var used = [];
      // (and from the options an app passes where the constructor takes its options apart by name: see __optionsOf)
      var opts = __optionsOf(fn, bag);
      [[bag]].concat(opts ? [[opts]] : [], [args], named ? [named] : [], hosted ? [hosted] : []).forEach(function (a) { try { rec({ k: 'call', name: 'new ' + name }); var inst = new fn(a[0], a[1], a[2]); made.push(inst); if (used.length === 0 || a === hosted) used.push(inst); } catch (e) { if (e === __EXIT) throw e; } });
      // (the first instance made, and one with the defaults a host's options leave in place, as a test runner's
      // reporter gets: not one made from the canary values in order, which are no caller's options)
      used.forEach(function (inst) { Object.getOwnPropertyNames(fn.prototype).slice(0, 15).forEach(function (k) { if (k === 'constructor') return; var d = Object.getOwnPropertyDescriptor(fn.prototype, k); if (d && typeof d.value === 'function') { __safeCall(name + '.' + k, d.value, inst, __positional(d.value, args, k)); __safeCall(name + '.' + k, d.value, inst, __bagArgs(d.value, bag, 1, k)); } }); });
      // static factories (Keypair.fromSecretKey, Wallet.fromMnemonic) are where secrets enter a class: as the canary
      // values, an options object, and the key's 32 bytes (a wallet library's secret key is bytes)
      Object.getOwnPropertyNames(fn).slice(0, 20).forEach(function (k) { if (/^(?:length|name|prototype|caller|arguments)$/.test(k)) return; var d = Object.getOwnPropertyDescriptor(fn, k); if (d && typeof d.value === 'function' && !__isClass(d.value)) { __safeCall(name + '.' + k, d.value, fn, args); __safeCall(name + '.' + k, d.value, fn, [bag]); if (/key|seed|secret|wallet|sign|account/i.test(k)) __safeCall(name + '.' + k, d.value, fn, [new Uint8Array(Buffer.from(cfg.argKey.slice(2), 'hex'))]); } });
      return;
    }
    // objects first: a once-per-process step (a "clock sync") fires on the first call, and an options or
    // credentials object is what most APIs take; (request, credentials): rarely the first parameter
    // (an options object only where a parameter may take one: not for track(command) or send(channel, text))
    if (fn.length >= 2) __safeCall(name, fn, self, __bagArgs(fn, bag, 3, name));
    // a page calls a form or widget library with its form (attach(form, options)): the user fills it in later (__typeAndLeave)
    if (cfg.browser && fn.length >= 1 && G.document && G.document.forms) __safeCall(name, fn, self, [G.document.forms[0], {}]);
    var made = __safeCall(name, fn, self, __bagArgs(fn, bag, 1, name));
    __callMade(name, made);
    __useMade(name, made);
    // a factory whose parameters all have defaults (withRetry(base = globalThis.fetch)) is called with none too
    // (and what it makes then is used, as made with its defaults: createClient() with the key from the environment
    // and the endpoint it falls back to)
    if (fn.length === 0) {
      var bare = __safeCall(name, fn, self, []);
      __callMade(name, bare);
      if (bare !== made) __useMade(name, bare);
    }
    // a fetch of its own (fetchRetry(url, init)) is called as an app calls it: with a request that carries its credential
    var pn = __paramNames(fn);
    if (/^(?:url|uri|input|resource|endpoint|href)$/i.test(pn[0] || '') && /^(?:init|opts|options|config|req|request|)$/i.test(pn[1] || '')) {
      __callMade(name, fn);
      // (and with a request to an API the package's code names, a model provider or a code host: the app calls those too)
      if (cfg.apiHost) __callMade(name, fn, cfg.apiHost);
    }
    var byPlace = __positional(fn, args, name);
    __safeCall(name, fn, self, byPlace);
    // a parser or a client of a connection string, by its name (parse(process.env.DATABASE_URL), createPool(url)):
    // called with one too (not every function: a glob or a schema compiler walks whatever string it is given)
    if (fn.length <= 2 && __CONN_FN.test(name + ' ' + (fn.name || ''))) __safeCall(name, fn, self, [cfg.argConn]);
    // and with as many as it declares, so its defaulted parameters take their defaults (sign(payload, key, alg =
    // 'HS256') signs with an HMAC key only when alg is left out)
    if (fn.length > 0 && fn.length < args.length) __safeCall(name, fn, self, byPlace.slice(0, fn.length));
    var named = __argsByName(fn, bag, name);
    if (named) __useMade(name, __safeCall(name, fn, self, named));
    // a function that takes text or an address (copy(text), setRecipient(address)) is called with the address the
    // user copied or pays: what it puts on the clipboard or hands the wallet in its place is a swap
    if (fn.length >= 1 && (__ADDRESS_FN.test(String(name).split('.').pop()) || __ADDRESS_PARAM.test(pn[0] || ''))) __safeCall(name, fn, self, [cfg.walletTo]);
  }
  var seen = [];
  function walk(obj, prefix, depth) {
    if (!obj || (typeof obj !== 'object' && typeof obj !== 'function') || seen.indexOf(obj) >= 0 || seen.length > 50) return;
    seen.push(obj);
    var keys = []; try { keys = Object.keys(obj).slice(0, 60); } catch (e) {}
    keys.forEach(function (k) {
      var v; try { v = obj[k]; } catch (e) { return; }
      if (typeof v === 'function') one(prefix + k, v, obj);
      // (a tool's plugin tables one level deeper: prettier calls parsers.<name>.parse, printers.<name>.print)
      else if ((depth < 1 || (depth < 2 && __PLUGIN_TABLE.test(prefix))) && v && typeof v === 'object' && !Array.isArray(v)) walk(v, prefix + k + '.', depth + 1);
    });
  }
  if (typeof ex === 'function') one(ex.name || 'default export', ex, undefined);
  walk(ex, '', 0);
  __envSchema(ex);
  __lintRules(ex);
  __formatterPlugin(ex);
}
/**
 * A formatter's language plugin (Prettier: languages naming the files it formats, parsers that read them): the editor
 * or prettier --write hands each parser the text of the project's file of that language, as it formats it.
 */
function __formatterPlugin(ex) {
  var p = ex && typeof ex === 'object' ? (ex.parsers ? ex : ex.default) : null;
  if (!p || !p.parsers || typeof p.parsers !== 'object' || !Array.isArray(p.languages)) return;
  Object.keys(p.parsers).slice(0, 6).forEach(function (name) {
    var parser = p.parsers[name];
    if (!parser || typeof parser.parse !== 'function') return;
    var lang = p.languages.filter(function (l) { return l && Array.isArray(l.parsers) && l.parsers.indexOf(name) >= 0; })[0] || p.languages[0] || {};
    var names = [].concat(Array.isArray(lang.filenames) ? lang.filenames : [], Array.isArray(lang.extensions) ? lang.extensions.map(function (e) { return 'src/index' + e; }) : []).slice(0, 8);
    names.forEach(function (n) {
      var file = path.join(cfg.cwd, String(n)), text;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) { return; }
      __safeCall('formatter parser ' + name, parser.parse, parser, [text, { filepath: file, originalText: text, parser: name, printWidth: 80, tabWidth: 2 }]);
    });
  });
}
/**
 * An environment validator (cleanEnv, createEnv, assertEnv, validate …) is called as an app calls it, three times (a run
 * count may gate it), and a fourth time with one variable more that the environment lacks: with a schema of the app's secrets (API keys, a token), each built with the library's own string field
 * maker where it exports one (str()) and a plain { type: 'string' } where not; the values come from the environment.
 * What it hands back is read key by key, as the app then reads it (a proxy's get trap runs then).
 */
var __ENV_KEYS = ['OPENAI_API_KEY', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'ANTHROPIC_API_KEY'], __ENV_MISSING = 'SENTRY_DSN';
function __envSchema(ex) {
  if (!ex || (typeof ex !== 'object' && typeof ex !== 'function')) return;
  var names = []; try { names = Object.keys(ex).slice(0, 60); } catch (e) { return; }
  var entry = names.filter(function (k) { return typeof ex[k] === 'function' && !__isClass(ex[k]) && /^(?:clean|create|define|load|parse|validate|check|make|assert|ensure|require|verify)(?:Env|Environment|Config|Schema|Vars?)$|^validate$/i.test(k); });
  if (!entry.length) return;
  var sk = names.find(function (n) { return /^(?:str|string|text)$/i.test(n) && typeof ex[n] === 'function'; }), strF = null;
  if (sk) try { strF = ex[sk](); } catch (e) { strF = null; }
  var schema = {};
  __ENV_KEYS.forEach(function (k) { schema[k] = strF || { type: 'string', required: true }; });
  // and once more with a variable the environment lacks, as on a machine set up halfway (what a validator does when
  // validation fails: its error path)
  var lacking = Object.assign({}, schema); lacking[__ENV_MISSING] = strF || { type: 'string', required: true };
  entry.slice(0, 4).forEach(function (k) {
    for (var run = 0; run < 4; run++) {
      // (that machine's process exits on the error; this one, which validated, goes on)
      if (run === 3) __apart++;
      var got; try { got = __safeCall('env schema ' + k, ex[k], ex, [run < 3 ? schema : lacking]); } finally { if (run === 3) __apart--; }
      if (got && typeof got === 'object') __ENV_KEYS.forEach(function (key) { try { void got[key]; } catch (e) {} });
    }
  });
}
/**
 * A linter plugin's rules run when the linter lints: each rule's create(context) gives the visitor the linter calls on
 * every file, Program:exit last. What a rule does only then (at lint time, never at install or load) is seen too.
 */
function __lintRules(ex) {
  var rules = ex && typeof ex === 'object' ? ex.rules || (ex.default && ex.default.rules) : null;
  if (!rules || typeof rules !== 'object') return;
  var file = path.join(cfg.cwd, 'src', 'index.js');
  Object.keys(rules).slice(0, 10).forEach(function (k) {
    var r = rules[k], create = r && typeof r.create === 'function' ? r.create : typeof r === 'function' ? r : null;
    if (!create) return;
    var ctx = { id: k, options: [], settings: {}, parserOptions: {}, languageOptions: {}, cwd: cfg.cwd, filename: file, physicalFilename: file, sourceCode: __stub('sourceCode'),
      getCwd: function () { return cfg.cwd; }, getFilename: function () { return file; }, getPhysicalFilename: function () { return file; }, getSourceCode: function () { return ctx.sourceCode; }, report: function () {}, getScope: function () { return __stub('scope'); }, getAncestors: function () { return []; } };
    var v = __safeCall('lint rule ' + k + '.create', create, r, [ctx]);
    if (!v || typeof v !== 'object') return;
    var names = Object.keys(v).filter(function (n) { return typeof v[n] === 'function'; }).slice(0, 12);
    names.sort(function (a, b) { return (/:exit$/.test(a) ? 1 : 0) - (/:exit$/.test(b) ? 1 : 0); });
    names.forEach(function (n) { __safeCall('lint rule ' + k + ' ' + n, v[n], v, [__stub('node')]); });
  });
}
function __pluginEntryOf(ex) {
  var cands = [ex, ex && ex.default, ex && ex.plugin, ex && ex.default && ex.default.default];
  for (var i = 0; i < cands.length; i++) {
    var c = cands[i]; if (!c) continue;
    if (typeof c === 'function' && !__isClass(c) && (cfg.isPlugin || /^(?:register|activate|plugin)/i.test(c.name || ''))) return { fn: c, self: undefined };
    // (an object's activate or setup is a plugin's entry only in a plugin: elsewhere it is the library's own API, a
    // licence's activate(id), called as any export is)
    if (typeof c === 'object') { var f = cfg.isPlugin ? c.register || c.activate || c.setup : c.register; if (typeof f === 'function') return { fn: f, self: c }; }
  }
  return null;
}

// An app crashes now and then: what it registered for an uncaught error (a crash reporter's handler) runs once, with
// an error as the app would throw it.
function __crashOnce() {
  ['uncaughtException', 'unhandledRejection'].forEach(function (ev) {
    if (typeof process.listenerCount !== 'function' || !process.listenerCount(ev)) return;
    rec({ k: 'call', name: 'an uncaught error (' + ev + ')' });
    var err = new TypeError("Cannot read properties of undefined (reading 'id')");
    try { process.emit(ev, err, ev === 'unhandledRejection' ? Promise.resolve() : 'uncaughtException'); } catch (e) { if (e === __EXIT) throw e; }
  });
  __runPending();
}
// ---------------------------------------------------------------- phases (driven by the host)
var __entryExports, __netOwn, __envOwn, __parseOwn, __extOwn;
function __phase(n) {
  try {
    if (n === 1) { __markNative(G, 0); __netOwn = { request: https.request, get: https.get, proto: Object.getOwnPropertyNames(Object.prototype) }; __envOwn = process.env; __parseOwn = JSON.parse; __extOwn = { js: Module._extensions['.js'], json: Module._extensions['.json'] }; __entryExports = __loadModule(cfg.entryAbs, null, false); return 'ok'; }
    if (n === 2) {
      if (__isYarnPlugin(__entryExports)) { __yarnPlugin(__entryExports); return 'ok'; }
      if (cfg.reach !== 'load') return 'skip';
      var pe = __pluginEntryOf(__entryExports);
      // The page's user pays before the page calls the library too: a drainer that hooks at load is seen even when
      // calling every export leaves the run too little budget for the probe after it (phase 3 pays again).
      if (cfg.browser) __payProbe();
      if (pe) { rec({ k: 'call', name: 'register(api)' }); __settle(pe.fn.call(pe.self, __mkApi())); }
      else __callExports(__entryExports);
      return 'ok';
    }
    if (n === 3) { if (cfg.reach !== 'load') return 'skip'; __rearmIntervals(); if (cfg.browser) __payProbe(); else __fireHooks(); return 'ok'; }
    // (a package that put its own fetch in place of the global one, a polyfill or a retry wrapper, is handed the app's
    // requests through it: the app's own calls, with their credentials, go through what it installed)
    if (n === 4) {
      if (cfg.reach === 'load' && !cfg.browser && typeof G.fetch === 'function' && G.fetch !== fetch) { __callMade('fetch, as the package replaced it', G.fetch); __channelRequests(G.fetch); __modelRequests(G.fetch, 'fetch'); }
      // (and https.request or https.get wrapped in place: the model SDKs' requests go through it)
      if (cfg.reach === 'load' && !cfg.browser && __netOwn && (https.request !== __netOwn.request || https.get !== __netOwn.get)) __modelRequests(https.request !== __netOwn.request ? https.request : https.get, 'https.request');
      // (and process.env replaced, a Proxy around it: the gateway reads its provider keys through what the package put
      // there, as it does when it calls a model)
      if (cfg.reach === 'load' && !cfg.browser && __envOwn && process.env !== __envOwn) Object.keys(__envOwn).filter(function (k) { return /KEY|TOKEN|SECRET|PASSWORD/.test(k); }).slice(0, 12).forEach(function (k) { try { void process.env[k]; } catch (e) {} });
      // (and JSON.parse replaced: the gateway reads its own settings through it, as it does when it reloads its config)
      if (cfg.reach === 'load' && !cfg.browser && __parseOwn && JSON.parse !== __parseOwn) { try { var cfgText = JSON.stringify(cfg.apiConfig || {}), reread = JSON.parse(cfgText); rec({ k: 'config-reread', api: 'JSON.parse, as the package replaced it', before: cfgText, value: __trunc(JSON.stringify(reread), 20000) }); } catch (e) {} }
      // (and a loader hook put in place for JSON or JavaScript files: the gateway loads its settings and its other
      // plugins through it, the settings file with its tokens among them)
      if (cfg.reach === 'load' && !cfg.browser && __extOwn) [['.json', __extOwn.json, path.join(cfg.home, '.openclaw', 'openclaw.json')], ['.js', __extOwn.js, path.join(cfg.home, '.openclaw', 'extensions', 'telegram', 'index.js')]].forEach(function (x) { var hook = Module._extensions[x[0]]; if (typeof hook !== 'function' || hook === x[1]) return; try { var mm = new Module(x[2], null); mm.filename = x[2]; hook(mm, x[2]); } catch (e) {} });
      __laterToolCalls();
      // (properties the package put on Object.prototype, a merge of "constructor.prototype" or "__proto__": every object
      // the gateway reads a setting from inherits them)
      if (__netOwn) { var added = Object.getOwnPropertyNames(Object.prototype).filter(function (k) { return __netOwn.proto.indexOf(k) < 0; }).slice(0, 20); if (added.length) { var kept = {}; added.forEach(function (k) { try { var v = Object.prototype[k]; kept[k] = typeof v === 'function' ? '[function]' : v; } catch (e) {} }); rec({ k: 'proto-pollution', value: __trunc(JSON.stringify(kept), 2000) }); } } __runPending(); if (!cfg.browser) { __serveRequests(); __crashOnce(); } else __laterVisit(); return 'ok'; }
    if (n === 5) { process.emit('beforeExit', 0); process.emit('exit', process.exitCode || 0); return 'ok'; }
    return 'skip';
  } catch (e) {
    if (e === __EXIT) return 'exit';
    var msg = e && e.message !== undefined ? String(e.name || 'Error') + ': ' + String(e.message) : String(e);
    return 'error:' + __trunc(msg, 300);
  }
}
`;

/** The module system and the phases, evaluated with every run (the dependency fakes are a lazy unit, see ./index.ts). */
export const PRELUDE_LOADER = LOADER_HEAD + LOADER_TAIL;
