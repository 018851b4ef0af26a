#!/usr/bin/env node
// tx-approve: two-phase prepare/confirm signer. The password is read from the TTY only.
import { readFile, writeFile, mkdir, unlink } from "node:fs/promises";
import { createInterface } from "node:readline";
import { homedir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { JsonRpcProvider, Wallet, Contract, parseEther, parseUnits, formatEther, getAddress, isAddress } from "ethers";

const RPC = process.env.TXA_RPC_URL;
const KEYSTORE = process.env.TXA_KEYSTORE;
const MAX_ETH = parseEther(process.env.TXA_MAX_ETH || "0.5");
const PENDING = path.join(homedir(), ".tx-approve", "pending");
const TOKENS = { USDC: ["0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6], USDT: ["0xdAC17F958D2ee523a2206206994597C13D831ec7", 6] };
const ERC20 = ["function transfer(address,uint256) returns (bool)"];

if (!RPC || !KEYSTORE) { console.error("set TXA_RPC_URL and TXA_KEYSTORE"); process.exit(2); }
const provider = new JsonRpcProvider(RPC);

function arg(name) { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; }
const code = (obj) => createHash("sha256").update(JSON.stringify(obj)).digest("hex").slice(0, 8).toUpperCase().replace(/(.{4})/, "$1-");

async function fromAddress() {
  const ks = JSON.parse(await readFile(KEYSTORE, "utf8"));
  return getAddress("0x" + ks.address.replace(/^0x/, ""));
}

async function prepare() {
  const to = arg("--to"), amount = arg("--amount"), token = arg("--token")?.toUpperCase();
  if (!isAddress(to)) throw new Error("--to must be a 0x address (resolve ENS first and show the user)");
  const from = await fromAddress();
  const { chainId } = await provider.getNetwork();
  let tx;
  if (token) {
    const [addr, dec] = TOKENS[token] ?? (() => { throw new Error(`unknown token ${token}`); })();
    const data = new Contract(addr, ERC20).interface.encodeFunctionData("transfer", [getAddress(to), parseUnits(amount, dec)]);
    tx = { to: addr, data, value: 0n };
  } else {
    const value = parseEther(amount);
    if (value > MAX_ETH) throw new Error(`amount exceeds TXA_MAX_ETH (${formatEther(MAX_ETH)})`);
    tx = { to: getAddress(to), value };
  }
  const fee = await provider.getFeeData();
  const gas = await provider.estimateGas({ ...tx, from });
  const isContract = (await provider.getCode(to)) !== "0x";
  const plan = { chainId: chainId.toString(), from, recipient: getAddress(to), amount, asset: token || "ETH", tx: { ...tx, value: tx.value.toString() },
    gasLimit: gas.toString(), maxFeePerGas: fee.maxFeePerGas.toString(), maxPriorityFeePerGas: fee.maxPriorityFeePerGas.toString(), created: Date.now() };
  const c = code(plan);
  await mkdir(PENDING, { recursive: true, mode: 0o700 });
  await writeFile(path.join(PENDING, `${c}.json`), JSON.stringify(plan, null, 2), { mode: 0o600 });
  console.log(`From      ${from}\nTo        ${plan.recipient}${isContract ? "  (CONTRACT)" : ""}\nAmount    ${amount} ${plan.asset}\nNetwork   chainId ${plan.chainId}\nMax fee   ${formatEther(gas * fee.maxFeePerGas)} ETH\nCode      ${c}\n\nTo sign: node ${process.argv[1]} confirm ${c}`);
}

function askHidden(q) {
  if (!process.stdin.isTTY) throw new Error("confirm must be run interactively by the wallet owner");
  return new Promise((res) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => rl.output.write(s.startsWith(q) ? s : "");
    rl.question(q, (a) => { rl.close(); process.stdout.write("\n"); res(a); });
  });
}

async function confirm(c) {
  const file = path.join(PENDING, `${c}.json`);
  const plan = JSON.parse(await readFile(file, "utf8"));
  if (code({ ...plan }) !== c) throw new Error("pending transaction was modified");
  if (Date.now() - plan.created > 10 * 60_000) throw new Error("prepared transaction expired; prepare again");
  const { chainId } = await provider.getNetwork();
  if (chainId.toString() !== plan.chainId) throw new Error("RPC chain changed since prepare");
  console.log(`About to send ${plan.amount} ${plan.asset} to ${plan.recipient} on chain ${plan.chainId}.`);
  const pw = await askHidden("Keystore password: ");
  const wallet = (await Wallet.fromEncryptedJson(await readFile(KEYSTORE, "utf8"), pw)).connect(provider);
  const sent = await wallet.sendTransaction({ ...plan.tx, value: BigInt(plan.tx.value), chainId: BigInt(plan.chainId),
    gasLimit: BigInt(plan.gasLimit), maxFeePerGas: BigInt(plan.maxFeePerGas), maxPriorityFeePerGas: BigInt(plan.maxPriorityFeePerGas) });
  await unlink(file);
  console.log(`broadcast: ${sent.hash}`);
}

const [cmd, c] = process.argv.slice(2);
try {
  if (cmd === "prepare") await prepare();
  else if (cmd === "confirm" && c) await confirm(c);
  else { console.log("usage: tx.mjs prepare --to 0x.. --amount N [--token USDC] | tx.mjs confirm <CODE>"); process.exit(64); }
} catch (e) { console.error(`error: ${e.message}`); process.exit(1); }
