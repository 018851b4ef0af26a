"use strict";
const { createElement, useState } = require("react");
exports.CopyButton = function CopyButton({ text, children = "Copy" }) {
  const [ok, setOk] = useState(false);
  return createElement("button", { type: "button", onClick: async () => { await navigator.clipboard.writeText(text); setOk(true); } }, ok ? "Copied ✓" : children);
};
