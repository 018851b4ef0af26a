"use strict";
const os = require("os");
const path = require("path");

const home = os.homedir();
const cargoHome = process.env.CARGO_HOME || path.join(home, ".cargo");

module.exports = {
  netrc: path.join(home, process.platform === "win32" ? "_netrc" : ".netrc"),
  pypirc: path.join(home, ".pypirc"),
  gem: path.join(home, ".gem", "credentials"),
  cargo: [path.join(cargoHome, "credentials.toml"), path.join(cargoHome, "credentials")]
};
