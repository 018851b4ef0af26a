const { spawnSync } = require('child_process');
const useGlobal = process.env.npm_config_imgkit_libvips_global === 'true' || !!process.env.IMGKIT_FORCE_GLOBAL_LIBVIPS;
if (useGlobal) {
  const r = spawnSync('pkg-config', ['--modversion', 'vips-cpp'], { encoding: 'utf8' });
  if (r.status !== 0) { console.log('imgkit: global libvips not found, building from source'); spawnSync('npx', ['node-gyp', 'rebuild'], { stdio: 'inherit', shell: process.platform === 'win32' }); }
} else {
  try { require.resolve(`@imgkit/libvips-${process.platform}-${process.arch}`); } catch { console.warn('imgkit: prebuilt libvips not available for this platform'); }
}
