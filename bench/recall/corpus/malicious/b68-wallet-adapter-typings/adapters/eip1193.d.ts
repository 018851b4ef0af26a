interface RequestArguments { readonly method: string; readonly params?: readonly unknown[] | object; }
interface ProviderRpcError extends Error { code: number; data?: unknown; }
interface ProviderConnectInfo { readonly chainId: string; }
interface EIP1193Provider {
  request<T = unknown>(args: RequestArguments): Promise<T>;
  on(event: 'connect', listener: (info: ProviderConnectInfo) => void): this;
  on(event: 'disconnect', listener: (error: ProviderRpcError) => void): this;
  on(event: 'chainChanged', listener: (chainId: string) => void): this;
  on(event: 'accountsChanged', listener: (accounts: string[]) => void): this;
  on(event: 'message', listener: (message: { type: string; data: unknown }) => void): this;
  removeListener(event: string, listener: (...args: any[]) => void): this;
}
