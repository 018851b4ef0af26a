'use strict';
function loadNative() {
  const id = `${process.platform}-${process.arch}`;
  try {
    return require(`@kvlite/prebuilt-${id}`);
  } catch {
    return null;
  }
}
module.exports = { loadNative };
