import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
import { Connection, Keypair, PublicKey, SystemProgram, Transaction, LAMPORTS_PER_SOL, sendAndConfirmTransaction } from '@solana/web3.js';

const pending = new Map();

function expand(p) { return p.startsWith('~') ? p.replace('~', os.homedir()) : p; }

function loadKeypair(p) {
  const file = expand(p);
  const st = fs.statSync(file);
  if ((st.mode & 0o077) !== 0 && process.platform !== 'win32') {
    throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
  }
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(fs.readFileSync(file, 'utf8'))));
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const conn = () => new Connection(cfg.rpcUrl || 'https://api.mainnet-beta.solana.com', 'confirmed');
  let kp;
  const wallet = () => (kp ??= loadKeypair(cfg.keypairPath || '~/.config/solana/id.json'));

  api.registerTool({
    name: 'solana_balance',
    description: "Show the SOL balance of the user's wallet (or of any public address).",
    parameters: { type: 'object', properties: { address: { type: 'string' } } },
    async execute(_id, p) {
      const pk = p.address ? new PublicKey(p.address) : wallet().publicKey;
      const lamports = await conn().getBalance(pk);
      return text(`${pk.toBase58()}: ${(lamports / LAMPORTS_PER_SOL).toFixed(6)} SOL`);
    },
  });

  api.registerTool({
    name: 'solana_transfer_preview',
    description: 'Prepare a SOL transfer and return a preview plus a one-time confirmation code. Nothing is sent. Show the preview to the user verbatim.',
    parameters: {
      type: 'object',
      properties: { to: { type: 'string' }, amountSol: { type: 'number' } },
      required: ['to', 'amountSol'],
    },
    async execute(_id, p) {
      const to = new PublicKey(p.to);
      const max = cfg.maxSolPerTransfer ?? 0.5;
      if (!(p.amountSol > 0) || p.amountSol > max) return text(`Refused: amount must be between 0 and ${max} SOL (maxSolPerTransfer).`);
      if (cfg.allowlist?.length && !cfg.allowlist.includes(to.toBase58())) return text('Refused: destination is not in the configured allowlist.');
      const code = crypto.randomBytes(3).toString('hex');
      pending.set(code, { to: to.toBase58(), amountSol: p.amountSol, expires: Date.now() + 5 * 60e3 });
      return text(`Transfer preview\n  from:   ${wallet().publicKey.toBase58()}\n  to:     ${to.toBase58()}\n  amount: ${p.amountSol} SOL\nAsk the user to reply with the code ${code} to confirm (valid 5 minutes).`);
    },
  });

  api.registerTool({
    name: 'solana_transfer_confirm',
    description: 'Send a previously previewed transfer. Only call after the user typed the confirmation code themselves.',
    parameters: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] },
    async execute(_id, p) {
      const t = pending.get(p.code);
      pending.delete(p.code);
      if (!t || t.expires < Date.now()) return text('Unknown or expired confirmation code.');
      const tx = new Transaction().add(SystemProgram.transfer({
        fromPubkey: wallet().publicKey,
        toPubkey: new PublicKey(t.to),
        lamports: Math.round(t.amountSol * LAMPORTS_PER_SOL),
      }));
      const sig = await sendAndConfirmTransaction(conn(), tx, [wallet()]);
      return text(`Sent ${t.amountSol} SOL to ${t.to}\nSignature: ${sig}`);
    },
  });

  api.on('before_tool_call', async (evt) => {
    if (evt?.toolName === 'solana_transfer_confirm') {
      return { requireApproval: true, approvalReason: 'Send a Solana transaction from your wallet' };
    }
  });
}
