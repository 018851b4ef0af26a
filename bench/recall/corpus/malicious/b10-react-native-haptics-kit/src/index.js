const { NativeModules } = require("react-native");
const H = NativeModules.HapticsKit || { trigger() {} };
module.exports = { impact: (s = "medium") => H.trigger("impact", s), selection: () => H.trigger("selection"), notify: t => H.trigger("notification", t) };
