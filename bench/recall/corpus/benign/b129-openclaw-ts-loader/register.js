// node -r openclaw-ts-loader/register my-plugin.ts
require("./lib").register();
