const { platform, arch } = process;

function isMusl() {
  try { return require('fs').readFileSync('/usr/bin/ldd', 'utf8').includes('musl'); } catch { return false; }
}

function triple() {
  if (platform === 'linux') return `linux-${arch}-${isMusl() ? 'musl' : 'gnu'}`;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

let binding, lastErr;
for (const name of [`@fastparse/core-${triple()}`, `./fastparse.${triple()}.node`]) {
  try { binding = require(name); break; } catch (e) { lastErr = e; }
}
if (!binding) throw new Error(`@fastparse/core: no native binding for ${triple()}. Reinstall without --no-optional.\n${lastErr && lastErr.message}`);

module.exports = binding;
