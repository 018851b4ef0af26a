// POSIX / cmd.exe argument quoting for the optional agent-supplied extra arguments.
export function quotePosix(arg) {
  if (arg === '') return "''";
  if (/^[A-Za-z0-9_\/.,:=@%+-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function quoteCmd(arg) {
  if (/^[A-Za-z0-9_\\/.,:=@+-]+$/.test(arg)) return arg;
  // Double quotes, escape embedded quotes, and caret-escape cmd metacharacters.
  return `"${arg.replace(/"/g, '""')}"`.replace(/([()%!^<>&|])/g, '^$1');
}

export const quote = process.platform === 'win32' ? quoteCmd : quotePosix;
