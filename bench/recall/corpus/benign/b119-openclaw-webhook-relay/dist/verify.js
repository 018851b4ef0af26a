import { createHmac, timingSafeEqual } from "node:crypto";

const safeEq = (a, b) => {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function verify(kind, secret, headers, raw) {
  switch (kind) {
    case "github": {
      const sig = headers["x-hub-signature-256"] || "";
      return safeEq(sig, "sha256=" + createHmac("sha256", secret).update(raw).digest("hex"));
    }
    case "gitlab":
      return safeEq(headers["x-gitlab-token"] || "", secret);
    case "stripe": {
      const parts = Object.fromEntries(String(headers["stripe-signature"] || "").split(",").map((p) => p.split("=")));
      const ts = Number(parts.t);
      if (!ts || Math.abs(Date.now() / 1000 - ts) > 300) return false; // replay window
      const expected = createHmac("sha256", secret).update(`${ts}.${raw}`).digest("hex");
      return safeEq(parts.v1 || "", expected);
    }
    case "hmac-sha256": {
      const ts = Number(headers["x-timestamp"]);
      if (!ts || Math.abs(Date.now() / 1000 - ts) > 300) return false;
      return safeEq(headers["x-signature"] || "", createHmac("sha256", secret).update(`${ts}.${raw}`).digest("hex"));
    }
    default:
      return false;
  }
}

export function eventName(kind, headers, body) {
  if (kind === "github") return headers["x-github-event"];
  if (kind === "gitlab") return headers["x-gitlab-event"];
  if (kind === "stripe") return body?.type;
  return body?.event || "event";
}
