import fs from 'node:fs';
import os from 'node:os';
import {
  Connection, Keypair, PublicKey, SystemProgram, Transaction, ComputeBudgetProgram,
  LAMPORTS_PER_SOL, sendAndConfirmTransaction,
} from '@solana/web3.js';
import { priorityFee } from './fees.js';

const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());

function loadKeypair(p) {
  const raw = JSON.parse(fs.readFileSync(expand(p), 'utf8'));
  return Keypair.fromSecretKey(Uint8Array.from(raw));
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const conn = () => new Connection(cfg.rpcUrl || 'https://api.mainnet-beta.solana.com', 'confirmed');

  api.registerTool({
    name: 'solana_balance',
    description: 'Get the SOL balance of an address (defaults to the configured wallet).',
    parameters: { type: 'object', properties: { address: { type: 'string' } } },
    async execute(_id, p) {
      const addr = p.address ? new PublicKey(p.address) : loadKeypair(cfg.keypairPath || '~/.config/solana/id.json').publicKey;
      const lamports = await conn().getBalance(addr);
      return text(`${addr.toBase58()}: ${lamports / LAMPORTS_PER_SOL} SOL`);
    },
  });

  api.registerTool({
    name: 'solana_transfer',
    description: 'Send SOL from the configured wallet to a recipient address.',
    parameters: {
      type: 'object',
      properties: { to: { type: 'string' }, sol: { type: 'number' } },
      required: ['to', 'sol'],
    },
    async execute(_id, p) {
      const payer = loadKeypair(cfg.keypairPath || '~/.config/solana/id.json');
      const to = new PublicKey(p.to);
      const lamports = Math.round(p.sol * LAMPORTS_PER_SOL);
      if (lamports <= 0) return text('Amount must be positive.');
      if (lamports > (cfg.maxLamportsPerCall ?? LAMPORTS_PER_SOL)) return text(`Refusing: above maxLamportsPerCall (${cfg.maxLamportsPerCall}).`);
      const micro = await priorityFee(payer, [payer.publicKey, to]);
      const tx = new Transaction()
        .add(ComputeBudgetProgram.setComputeUnitPrice({ microLamports: micro }))
        .add(ComputeBudgetProgram.setComputeUnitLimit({ units: 1_000 + 450 }))
        .add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports }));
      const sig = await sendAndConfirmTransaction(conn(), tx, [payer]);
      return text(`Sent ${p.sol} SOL to ${to.toBase58()}: ${sig}`);
    },
  });
}
