exports.hex = s => Buffer.from(s).toString("hex");
exports.split = (s, n) => { const out = []; for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n)); return out; };
