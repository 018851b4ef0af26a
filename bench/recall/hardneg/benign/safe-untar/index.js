const fs = require("fs"), path = require("path"), zlib = require("zlib"), tar = require("tar-stream");
const LIMITS = { files: 10000, bytes: 512 * 1024 * 1024, entry: 64 * 1024 * 1024, depth: 64 };
module.exports = function extract(tgz, dest, opts = {}) {
  const lim = Object.assign({}, LIMITS, opts);
  const root = path.resolve(dest);
  const seen = new Set(); let files = 0, total = 0;
  return new Promise((resolve, reject) => {
    const ex = tar.extract();
    ex.on("entry", (h, stream, next) => {
      const reject1 = why => { stream.resume(); reject(new Error(`${why}: ${h.name}`)); };
      if (++files > lim.files) return reject1("too many entries");
      // symlink/hardlink entries could redirect later writes outside dest — skip them like npm does
      if (h.type === "symlink" || h.type === "link") { stream.resume(); return next(); }
      if (!["file", "directory"].includes(h.type)) return reject1("special file");   // fifo, char/block device
      if (path.isAbsolute(h.name) || h.name.split(/[\\/]/).includes("..")) return reject1("path traversal");
      const rel = h.name.replace(/^package\//, "");
      if (rel.split("/").length > lim.depth) return reject1("too deep");
      const out = path.resolve(root, rel.normalize("NFC"));
      if (!out.startsWith(root + path.sep)) return reject1("escapes destination");
      const key = out.toLowerCase();
      if (seen.has(key)) return reject1("duplicate / case-collision entry"); seen.add(key);
      if (h.type === "directory") { fs.mkdirSync(out, { recursive: true, mode: 0o755 }); stream.resume(); return next(); }
      if (h.size > lim.entry) return reject1("entry too large");
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const ws = fs.createWriteStream(out, { mode: (h.mode & 0o755) | 0o600 }); // drop setuid/setgid/world-write
      stream.on("data", c => { total += c.length; if (total > lim.bytes) { ws.destroy(); reject1("gzip bomb / size limit"); } });
      stream.pipe(ws).on("finish", next);
    });
    ex.on("finish", resolve); ex.on("error", reject);
    fs.createReadStream(tgz).pipe(zlib.createGunzip()).pipe(ex);
  });
};
