import js from "@eslint/js";
import tseslint from "typescript-eslint";
import local from "./tools/eslint-rules/index.mjs";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    rules: {
      "local/no-raw-pipe-in-cell": "error",
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
);
