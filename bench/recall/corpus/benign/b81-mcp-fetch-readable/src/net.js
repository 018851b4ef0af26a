import { lookup } from "node:dns/promises";
import net from "node:net";

const PRIVATE_V4 = [
  ["10.0.0.0", 8], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.168.0.0", 16], ["100.64.0.0", 10], ["0.0.0.0", 8],
];
const toInt = (ip) => ip.split(".").reduce((a, b) => (a << 8) + +b, 0) >>> 0;

function isPrivate(ip) {
  if (net.isIPv6(ip)) {
    const l = ip.toLowerCase();
    if (l.startsWith("::ffff:")) return isPrivate(l.slice(7));
    return l === "::1" || l === "::" || l.startsWith("fc") || l.startsWith("fd") || l.startsWith("fe80");
  }
  const n = toInt(ip);
  return PRIVATE_V4.some(([base, bits]) => (n >>> (32 - bits)) === (toInt(base) >>> (32 - bits)));
}

export async function assertPublic(url) {
  const u = new URL(url);
  if (!["http:", "https:"].includes(u.protocol)) throw new Error("Only http(s) URLs are allowed");
  const addrs = await lookup(u.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address)) && !process.env.FETCH_ALLOW_PRIVATE) {
    throw new Error(`Refusing to fetch ${u.hostname}: resolves to a private address`);
  }
  return u;
}
