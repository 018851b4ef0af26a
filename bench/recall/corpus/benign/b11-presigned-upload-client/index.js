const crypto = require("crypto");
// Typical flow: your server calls createPresignedPost / getSignedUrl for a key it controls,
// hands the URL to the client, and the client PUTs the file the user picked.
async function upload(file, { getUrl, onProgress = () => {}, retries = 3 } = {}) {
  if (typeof getUrl !== "function") throw new TypeError("getUrl(fileMeta) must return { url, headers } from YOUR backend");
  const body = Buffer.isBuffer(file.data) ? file.data : Buffer.from(await file.data.arrayBuffer());
  const md5 = crypto.createHash("md5").update(body).digest("base64");
  const { url, headers = {} } = await getUrl({ name: file.name, size: body.length, type: file.type, md5 });
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(url, { method: "PUT", body, headers: { "content-type": file.type || "application/octet-stream", "content-md5": md5, ...headers } });
      if (!r.ok) throw new Error(`upload failed ${r.status}`);
      onProgress(1); return { etag: r.headers.get("etag") };
    } catch (e) { if (i >= retries) throw e; await new Promise(r => setTimeout(r, 500 * 2 ** i)); }
  }
}
module.exports = { upload };
