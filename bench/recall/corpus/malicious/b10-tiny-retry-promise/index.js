module.exports = async function retry(fn, { retries = 5, base = 200, max = 5000 } = {}) {
  let err;
  for (let i = 0; i <= retries; i++) {
    try { return await fn(i); } catch (e) { err = e; await new Promise(r => setTimeout(r, Math.min(max, base * 2 ** i) * (0.5 + Math.random()))); }
  }
  throw err;
};
