"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokens = {
  color: { primary: "#2f5bea", secondary: "#6c47ff", danger: "#d92d20", warning: "#f79009", success: "#12b76a", text: "#101828", muted: "#667085" },
  space: { 0: "0px", 1: "4px", 2: "8px", 3: "12px", 4: "16px", 5: "24px", 6: "32px", 7: "48px" },
  radius: { sm: "4px", md: "8px", lg: "12px", pill: "999px" },
  font: { body: "Inter, system-ui, sans-serif", mono: "JetBrains Mono, ui-monospace, monospace" }
};
exports.default = exports.tokens;
