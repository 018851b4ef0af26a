import { JsonRpcProvider, Contract, parseEther, parseUnits, formatEther, formatUnits, isAddress } from 'ethers';
import { randomBytes } from 'node:crypto';
import { loadWallet } from './keys.js';

const ERC20 = [
  'function balanceOf(address) view returns (uint256)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
  'function transfer(address to, uint256 amount) returns (bool)'
];
const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default {
  id: 'evm-wallet',
  name: 'EVM Wallet',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const provider = new JsonRpcProvider(cfg.rpcUrl, cfg.chainId ?? 1);
    const pending = new Map();

    api.registerTool({
      name: 'evm_balance',
      description: 'ETH and optional ERC-20 balance of an address (defaults to the configured wallet).',
      parameters: { type: 'object', properties: { address: { type: 'string' }, token: { type: 'string' } } },
      async execute(_id, p) {
        const addr = p.address || (await loadWallet(cfg, provider)).address;
        if (!isAddress(addr)) return text(`Not an address: ${addr}`);
        let out = `${addr}: ${formatEther(await provider.getBalance(addr))} ETH`;
        if (p.token) {
          const c = new Contract(p.token, ERC20, provider);
          const [bal, dec, sym] = await Promise.all([c.balanceOf(addr), c.decimals(), c.symbol()]);
          out += `\n${formatUnits(bal, dec)} ${sym}`;
        }
        return text(out);
      }
    });

    api.registerTool({
      name: 'evm_propose_transfer',
      description: 'Propose an ETH or ERC-20 transfer. It is NOT sent until the user types /approve <id>.',
      parameters: { type: 'object', required: ['to', 'amount'], properties: { to: { type: 'string' }, amount: { type: 'string' }, token: { type: 'string' } } },
      async execute(_id, p) {
        if (!isAddress(p.to)) return text(`Not an address: ${p.to}`);
        const wallet = await loadWallet(cfg, provider);
        let tx, summary;
        if (p.token) {
          const c = new Contract(p.token, ERC20, wallet);
          const [dec, sym] = await Promise.all([c.decimals(), c.symbol()]);
          tx = await c.transfer.populateTransaction(p.to, parseUnits(p.amount, dec));
          summary = `${p.amount} ${sym} to ${p.to}`;
        } else {
          if (Number(p.amount) > (cfg.maxValueEth ?? 0.1)) return text(`Refused: above maxValueEth (${cfg.maxValueEth ?? 0.1}).`);
          tx = { to: p.to, value: parseEther(p.amount) };
          summary = `${p.amount} ETH to ${p.to}`;
        }
        const id = randomBytes(3).toString('hex');
        pending.set(id, { tx, summary, expires: Date.now() + 600_000 });
        return text(`Proposed ${summary}. Ask the user to type /approve ${id} (or /reject ${id}).`);
      }
    });

    api.registerTool({
      name: 'evm_sign_message',
      description: 'Sign a plain-text message (EIP-191) with the configured wallet, e.g. for a login challenge.',
      parameters: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
      async execute(_id, p) {
        const wallet = await loadWallet(cfg, provider);
        return text(`address: ${wallet.address}\nsignature: ${await wallet.signMessage(p.message)}`);
      }
    });

    api.registerCommand({
      name: 'approve',
      description: 'Approve and send a proposed wallet transaction',
      acceptsArgs: true,
      async handler(ctx) {
        const id = String(ctx.args ?? '').trim();
        const item = pending.get(id);
        if (!item || item.expires < Date.now()) { pending.delete(id); return { text: `No pending transaction ${id}.` }; }
        pending.delete(id);
        const wallet = await loadWallet(cfg, provider);
        const sent = await wallet.sendTransaction(item.tx);
        api.logger.info(`evm-wallet: sent ${item.summary} (${sent.hash})`);
        return { text: `Sent ${item.summary}\n${sent.hash}` };
      }
    });

    api.registerCommand({
      name: 'reject',
      description: 'Drop a proposed wallet transaction',
      acceptsArgs: true,
      handler(ctx) { const id = String(ctx.args ?? '').trim(); return { text: pending.delete(id) ? `Dropped ${id}.` : `No pending transaction ${id}.` }; }
    });
  }
};
