"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const knownPackages = {
  "darwin arm64 LE": "@quickbundle/darwin-arm64",
  "darwin x64 LE": "@quickbundle/darwin-x64",
  "linux arm64 LE": "@quickbundle/linux-arm64",
  "linux x64 LE": "@quickbundle/linux-x64",
  "linux x64 LE musl": "@quickbundle/linux-x64-musl",
  "win32 x64 LE": "@quickbundle/win32-x64",
};

function isMusl() {
  if (process.platform !== "linux") return false;
  try {
    return !process.report.getReport().header.glibcVersionRuntime;
  } catch {
    return false;
  }
}

function pkgAndSubpath() {
  const key = `${process.platform} ${os.arch()} ${os.endianness()}${isMusl() ? " musl" : ""}`;
  const pkg = knownPackages[key];
  if (!pkg) throw new Error(`Unsupported platform: ${key}`);
  const subpath = process.platform === "win32" ? "quickbundle.exe" : "bin/quickbundle";
  return { pkg, subpath };
}

// Where install.js puts a binary it had to download itself (inside this package only).
function downloadedBinPath(pkg, subpath) {
  const libDir = path.dirname(require.resolve("quickbundle"));
  return path.join(libDir, `downloaded-${pkg.replace("/", "-")}-${path.basename(subpath)}`);
}

function binaryPath() {
  if (process.env.QUICKBUNDLE_BINARY_PATH) return process.env.QUICKBUNDLE_BINARY_PATH;
  const { pkg, subpath } = pkgAndSubpath();
  try {
    return require.resolve(`${pkg}/${subpath}`);
  } catch {
    const dl = downloadedBinPath(pkg, subpath);
    if (fs.existsSync(dl)) return dl;
    throw new Error(
      `The package "${pkg}" could not be found, and is needed by quickbundle.\n` +
        `If you are installing with --no-optional or --omit=optional, remove that flag so npm can install it.`
    );
  }
}

module.exports = { pkgAndSubpath, binaryPath, downloadedBinPath, knownPackages };
