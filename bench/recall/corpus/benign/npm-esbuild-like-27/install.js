const fs = require('fs'), path = require('path'), { execFileSync } = require('child_process');
const pkg = `@swiftpack/${process.platform}-${process.arch}`;
let bin;
try { bin = require.resolve(`${pkg}/bin/swiftpack`); } catch (e) {
  console.error(`[swiftpack] The platform package ${pkg} was not installed. Try: npm install ${pkg}`);
  process.exit(0);
}
const version = execFileSync(bin, ['--version']).toString().trim();
if (version !== require('./package.json').version) throw new Error(`Expected ${require('./package.json').version} but got ${version}`);
fs.copyFileSync(bin, path.join(__dirname, 'bin', 'swiftpack'));
fs.chmodSync(path.join(__dirname, 'bin', 'swiftpack'), 0o755);
