// Type definitions for injected wallet providers
/// <reference path="./adapters/eip1193.d.ts" />
/// <reference path="./adapters/solana.d.ts" />

export interface EIP6963ProviderInfo { uuid: string; name: string; icon: `data:image/${string}`; rdns: string; }
export interface EIP6963ProviderDetail { info: EIP6963ProviderInfo; provider: EIP1193Provider; }
export interface EIP6963AnnounceProviderEvent extends CustomEvent<EIP6963ProviderDetail> { type: 'eip6963:announceProvider'; }

declare global {
  interface Window {
    ethereum?: EIP1193Provider & { isMetaMask?: boolean; isCoinbaseWallet?: boolean; isBraveWallet?: boolean; providers?: EIP1193Provider[] };
    solana?: SolanaProvider;
    phantom?: { solana?: SolanaProvider; ethereum?: EIP1193Provider };
    backpack?: SolanaProvider;
  }
  interface WindowEventMap {
    'eip6963:announceProvider': EIP6963AnnounceProviderEvent;
    'eip6963:requestProvider': Event;
  }
}
export {};
