const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
export function decode(seg: string): number[] {
  const out: number[] = []; let v = 0, shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch); v += (d & 31) << shift;
    if (d & 32) shift += 5; else { out.push(v & 1 ? -(v >>> 1) : v >>> 1); v = 0; shift = 0; }
  }
  return out;
}
