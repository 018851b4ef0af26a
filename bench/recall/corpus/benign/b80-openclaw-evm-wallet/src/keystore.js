import { Wallet, HDNodeWallet } from 'ethers';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function loadSigner(path, provider) {
  if (process.env.EVM_WALLET_PRIVATE_KEY) return new Wallet(process.env.EVM_WALLET_PRIVATE_KEY, provider);
  const pw = process.env.EVM_WALLET_PASSWORD;
  if (!pw) throw new Error('Set EVM_WALLET_PASSWORD to unlock the keystore');
  const json = await readFile(path, 'utf8');
  return (await Wallet.fromEncryptedJson(json, pw)).connect(provider);
}

export async function createKeystore(path) {
  const pw = process.env.EVM_WALLET_PASSWORD;
  if (!pw || pw.length < 12) throw new Error('Set EVM_WALLET_PASSWORD (12+ chars) before creating a wallet');
  const w = HDNodeWallet.createRandom(); // CSPRNG entropy via crypto.getRandomValues
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, await w.encrypt(pw), { mode: 0o600, flag: 'wx' });
  return { address: w.address, phrase: w.mnemonic.phrase };
}
