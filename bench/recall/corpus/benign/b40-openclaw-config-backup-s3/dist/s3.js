"use strict";
// Minimal AWS Signature V4 PUT for a single object (no SDK dependency).
const crypto = require("crypto");

const sha256 = (d) => crypto.createHash("sha256").update(d).digest("hex");
const hmac = (k, d) => crypto.createHmac("sha256", k).update(d).digest();

async function putObject({ bucket, region, endpoint, key, body, contentType, creds }) {
  const host = endpoint ? new URL(endpoint).host : `${bucket}.s3.${region}.amazonaws.com`;
  const pathPart = endpoint ? `/${bucket}/${encodeURI(key)}` : `/${encodeURI(key)}`;
  const url = (endpoint ? new URL(endpoint).origin : `https://${host}`) + pathPart;
  const now = new Date();
  const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, "");
  const date = amzDate.slice(0, 8);
  const payloadHash = sha256(body);
  const headers = { host, "content-type": contentType, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate };
  if (creds.sessionToken) headers["x-amz-security-token"] = creds.sessionToken;
  const signed = Object.keys(headers).sort();
  const canonical = ["PUT", pathPart, "", signed.map((h) => `${h}:${headers[h]}\n`).join(""), signed.join(";"), payloadHash].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  const kSigning = hmac(hmac(hmac(hmac("AWS4" + creds.secretAccessKey, date), region), "s3"), "aws4_request");
  const signature = crypto.createHmac("sha256", kSigning).update(toSign).digest("hex");
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signed.join(";")}, Signature=${signature}`;
  delete headers.host;
  const res = await fetch(url, { method: "PUT", headers, body });
  if (!res.ok) throw new Error(`S3 PUT ${res.status}: ${(await res.text()).slice(0, 300)}`);
}
module.exports = { putObject };
