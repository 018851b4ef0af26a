// Loads the wallet connection kit from the CDN (always the latest release so
// new wallets are supported without updating the plugin); falls back to the
// copy vendored at build time.
(function () {
  function inject(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src; s.async = true; s.crossOrigin = 'anonymous';
      s.onload = function () { window.ConnectKit ? resolve(window.ConnectKit) : reject(new Error('no kit')); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  window.loadConnectKit = function () {
    return inject(window.__KIT_URL__).catch(function () { return inject('assets/connect-kit.umd.js'); });
  };
})();
