export const TICKERS: Record<string, string> = {
  BTC: "bitcoin",
  ETH: "ethereum",
  SOL: "solana",
  XRP: "ripple",
  ADA: "cardano",
  DOGE: "dogecoin",
  DOT: "polkadot",
  LTC: "litecoin",
  AVAX: "avalanche-2",
  LINK: "chainlink",
  USDC: "usd-coin",
  USDT: "tether",
};

export function idFor(symbolOrId: string): string {
  const s = symbolOrId.replace(/^\$/, "");
  return TICKERS[s.toUpperCase()] ?? s.toLowerCase();
}
