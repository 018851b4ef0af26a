import { JsonRpcProvider, formatEther, parseEther, isAddress, getAddress } from 'ethers';
import { randomBytes } from 'node:crypto';
import { loadSigner, createKeystore } from './keystore.js';

const t = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'evm-wallet',
  name: 'EVM Wallet',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const keystore = api.resolvePath(cfg.keystorePath ?? '~/.openclaw/wallets/default.json');
    const provider = new JsonRpcProvider(cfg.rpcUrl, cfg.chainId ?? 1);
    const maxSend = parseEther(String(cfg.maxSendEth ?? 0.1));
    const prepared = new Map();
    let signerP = null;
    const signer = () => (signerP ??= loadSigner(keystore, provider));

    api.registerTool({
      name: 'wallet_create',
      description: 'Create a new encrypted wallet keystore (only if none exists). Returns the address; the recovery phrase is shown once.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const { address, phrase } = await createKeystore(keystore);
        return t(`New wallet ${address}. Recovery phrase (write it down, it will not be shown again):\n${phrase}`);
      },
    }, { optional: true });

    api.registerTool({
      name: 'wallet_address',
      description: 'Show the wallet address.',
      parameters: { type: 'object', properties: {} },
      async execute() { return t((await signer()).address); },
    });

    api.registerTool({
      name: 'wallet_balance',
      description: 'Get the ETH balance of the wallet or any address.',
      parameters: { type: 'object', properties: { address: { type: 'string' } } },
      async execute(_id, { address }) {
        const a = address ?? (await signer()).address;
        return t(`${a}: ${formatEther(await provider.getBalance(a))} ETH`);
      },
    });

    api.registerTool({
      name: 'wallet_sign_message',
      description: 'Sign a plain-text message (EIP-191) for logins like Sign-In with Ethereum.',
      parameters: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      async execute(_id, { message }) { return t(await (await signer()).signMessage(message)); },
    }, { optional: true });

    api.registerTool({
      name: 'wallet_prepare_send',
      description: 'Prepare an ETH transfer. It is NOT sent until the user types /wallet-confirm <id>.',
      parameters: { type: 'object', properties: { to: { type: 'string' }, amountEth: { type: 'string' } }, required: ['to', 'amountEth'] },
      async execute(_id, { to, amountEth }) {
        if (!isAddress(to)) return t('Invalid recipient address.');
        const value = parseEther(amountEth);
        if (value > maxSend) return t(`Refusing: ${amountEth} ETH exceeds maxSendEth (${formatEther(maxSend)}).`);
        const id = randomBytes(3).toString('hex');
        prepared.set(id, { to: getAddress(to), value, at: Date.now() });
        return t(`Prepared #${id}: send ${amountEth} ETH to ${getAddress(to)}.\nThe user must type /wallet-confirm ${id} to broadcast.`);
      },
    });

    api.registerCommand({
      name: 'wallet-confirm',
      description: 'Sign and broadcast a prepared transfer',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const id = (ctx.args ?? '').trim();
        const p = prepared.get(id);
        if (!p || Date.now() - p.at > 15 * 60 * 1000) return { text: `No prepared transfer ${id}.` };
        prepared.delete(id);
        const s = await signer();
        const tx = await s.sendTransaction({ to: p.to, value: p.value });
        return { text: `Broadcast ${formatEther(p.value)} ETH → ${p.to}\ntx: ${tx.hash}` };
      },
    });
  },
};
