import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Resolve the mailbox password. Order: explicit config, MAILBOX_PASSWORD, passwordCommand.
 * passwordCommand is argv (no shell), same semantics as mbsync PassCmd.
 */
export async function resolvePassword(cfg: { password?: string; passwordCommand?: string[] }): Promise<string> {
  if (cfg.password) return cfg.password;
  if (process.env.MAILBOX_PASSWORD) return process.env.MAILBOX_PASSWORD;
  const argv = cfg.passwordCommand ?? [];
  if (argv.length === 0) throw new Error("mailbox: set password, MAILBOX_PASSWORD or passwordCommand");
  const [cmd, ...args] = argv;
  const { stdout } = await run(cmd, args, { timeout: 15000, windowsHide: true });
  const pw = stdout.split(/\r?\n/)[0];
  if (!pw) throw new Error(`mailbox: passwordCommand ${cmd} printed nothing`);
  return pw;
}
