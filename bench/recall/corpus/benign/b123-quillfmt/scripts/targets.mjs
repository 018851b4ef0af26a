// Rust target triples for the release assets produced by our cargo-dist workflow.
export function currentTarget() {
  const { platform, arch } = process;
  const table = {
    'darwin-arm64': 'aarch64-apple-darwin',
    'darwin-x64': 'x86_64-apple-darwin',
    'linux-x64': 'x86_64-unknown-linux-musl',
    'linux-arm64': 'aarch64-unknown-linux-musl',
    'win32-x64': 'x86_64-pc-windows-msvc',
  };
  const triple = table[`${platform}-${arch}`];
  if (!triple) {
    throw new Error(`quillfmt has no prebuilt binary for ${platform}-${arch}. ` +
      'Install it with `cargo install quillfmt` and set QUILLFMT_BINARY.');
  }
  return triple;
}

export function exeName() {
  return process.platform === 'win32' ? 'quillfmt.exe' : 'quillfmt';
}
