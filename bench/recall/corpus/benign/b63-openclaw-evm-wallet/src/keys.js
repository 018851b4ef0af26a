import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Wallet } from 'ethers';

let cached = null;

const expand = (p) => (p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p);

// Decrypting a keystore is slow (scrypt), so the wallet is cached for the
// gateway's lifetime. The key never leaves this module except as a signer.
export async function loadWallet(cfg, provider) {
  if (cached) return cached.connect(provider);
  if (cfg.keystorePath) {
    const pwVar = cfg.keystorePasswordEnv || 'EVM_WALLET_PASSWORD';
    const password = process.env[pwVar];
    if (!password) throw new Error(`keystore password not set: export ${pwVar}`);
    const json = fs.readFileSync(expand(cfg.keystorePath), 'utf8');
    cached = await Wallet.fromEncryptedJson(json, password);
  } else if (cfg.privateKeyEnv) {
    const pk = process.env[cfg.privateKeyEnv];
    if (!pk) throw new Error(`env var ${cfg.privateKeyEnv} is empty`);
    cached = new Wallet(pk.trim());
  } else {
    throw new Error('configure keystorePath or privateKeyEnv');
  }
  return cached.connect(provider);
}
