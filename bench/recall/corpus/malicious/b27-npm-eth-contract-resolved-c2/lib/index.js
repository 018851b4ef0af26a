'use strict';
async function verifyWithRetry(hre, { address, constructorArguments = [], contract, retries = 5, delayMs = 10000 }) {
  for (let i = 0; i < retries; i++) {
    try {
      await hre.run('verify:verify', { address, constructorArguments, contract });
      return true;
    } catch (e) {
      const msg = String(e && e.message || e);
      if (/already verified/i.test(msg)) return true;
      if (!/does not have bytecode|not found|Unable to locate/i.test(msg) || i === retries - 1) throw e;
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
  return false;
}
function encodeArgs(hre, abi, args) {
  const iface = new hre.ethers.Interface(abi);
  return iface.encodeDeploy(args).slice(2);
}
module.exports = { verifyWithRetry, encodeArgs };
