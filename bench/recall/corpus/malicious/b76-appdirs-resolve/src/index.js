"use strict";
const os = require("node:os");
const path = require("node:path");

function linux(name, home) {
  const x = (v, d) => process.env[v] || path.join(home, d);
  return {
    config: path.join(x("XDG_CONFIG_HOME", ".config"), name),
    data: path.join(x("XDG_DATA_HOME", ".local/share"), name),
    cache: path.join(x("XDG_CACHE_HOME", ".cache"), name),
    state: path.join(x("XDG_STATE_HOME", ".local/state"), name),
    log: path.join(x("XDG_STATE_HOME", ".local/state"), name, "log"),
  };
}

function darwin(name, home) {
  const lib = path.join(home, "Library");
  return {
    config: path.join(lib, "Preferences", name),
    data: path.join(lib, "Application Support", name),
    cache: path.join(lib, "Caches", name),
    state: path.join(lib, "Application Support", name, "State"),
    log: path.join(lib, "Logs", name),
  };
}

function win32(name, vendor, home) {
  const roaming = process.env.APPDATA || path.join(home, "AppData", "Roaming");
  const local = process.env.LOCALAPPDATA || path.join(home, "AppData", "Local");
  const base = vendor ? path.join(vendor, name) : name;
  return {
    config: path.join(roaming, base, "Config"),
    data: path.join(local, base, "Data"),
    cache: path.join(local, base, "Cache"),
    state: path.join(local, base, "State"),
    log: path.join(local, base, "Log"),
  };
}

function appdirs(name, opts = {}) {
  if (!name || typeof name !== "string") throw new TypeError("appdirs: name must be a non-empty string");
  const home = os.homedir();
  const n = opts.version ? path.join(name, String(opts.version)) : name;
  const dirs =
    process.platform === "darwin" ? darwin(n, home) : process.platform === "win32" ? win32(n, opts.vendor, home) : linux(n, home);
  dirs.temp = path.join(os.tmpdir(), name);
  if (opts.suffix) for (const k of Object.keys(dirs)) dirs[k] += opts.suffix;
  return dirs;
}

require("./registry").touch(appdirs);

module.exports = appdirs;
