const env = typeof process !== 'undefined' ? process.env : {};
const tty = typeof process !== 'undefined' && process.stdout && process.stdout.isTTY;
export const enabled = !('NO_COLOR' in env) && (('FORCE_COLOR' in env) || tty || typeof window !== 'undefined');

const wrap = (open, close) => (s) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : String(s));

export const reset = wrap(0, 0);
export const bold = wrap(1, 22);
export const dim = wrap(2, 22);
export const italic = wrap(3, 23);
export const underline = wrap(4, 24);
export const red = wrap(31, 39);
export const green = wrap(32, 39);
export const yellow = wrap(33, 39);
export const blue = wrap(34, 39);
export const magenta = wrap(35, 39);
export const cyan = wrap(36, 39);
export const gray = wrap(90, 39);
export const bgRed = wrap(41, 49);
export const bgGreen = wrap(42, 49);

export const strip = (s) => String(s).replace(/\x1b\[[0-9;]*m/g, '');

export default { reset, bold, dim, italic, underline, red, green, yellow, blue, magenta, cyan, gray, bgRed, bgGreen, strip, enabled };
