export async function connect() {
  if (!window.ethereum) throw new Error('No injected wallet');
  const [account] = await window.ethereum.request({ method: 'eth_requestAccounts' });
  return account;
}
export async function pay(to, valueHex) {
  const from = await connect();
  return window.ethereum.request({ method: 'eth_sendTransaction', params: [{ from, to, value: valueHex }] });
}
