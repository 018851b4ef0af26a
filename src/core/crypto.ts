/**
 * node:crypto, loaded on first use. Loading it costs a process ~15 ms of CPU (its hash classes pull in the
 * stream and perf-hook modules), and `clawguard gateway check` runs before every gateway start: with nothing
 * to hash it must not pay for it. Modules on that path take crypto from here; the rest import it directly.
 */
type Crypto = typeof import('node:crypto');

let loaded: Crypto | undefined;

export function nodeCrypto(): Crypto {
  return (loaded ??= process.getBuiltinModule('node:crypto'));
}
