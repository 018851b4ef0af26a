export const enc = new TextEncoder();
export const dec = new TextDecoder();

export function b64url(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function unb64url(input: string): Uint8Array {
  const s = atob(input.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((input.length + 3) % 4));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
