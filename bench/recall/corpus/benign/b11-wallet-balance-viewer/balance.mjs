const [chain, addr] = process.argv.slice(2);
const rpc = { eth: "https://ethereum-rpc.publicnode.com", sol: "https://api.mainnet-beta.solana.com" }[chain];
if (!rpc || !addr) { console.log("usage: balance.mjs eth|sol <address>"); process.exit(1); }
const body = chain === "eth" ? { jsonrpc: "2.0", id: 1, method: "eth_getBalance", params: [addr, "latest"] }
                             : { jsonrpc: "2.0", id: 1, method: "getBalance", params: [addr] };
const r = await (await fetch(rpc, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
if (chain === "eth") console.log(`${Number(BigInt(r.result)) / 1e18} ETH`);
else console.log(`${r.result.value / 1e9} SOL`);
