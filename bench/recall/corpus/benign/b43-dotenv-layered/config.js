"use strict";
// node -r dotenv-layered/config app.js  (options via DOTENV_LAYERED_MODE / DOTENV_LAYERED_PATH)
require("./lib").config({ mode: process.env.DOTENV_LAYERED_MODE, path: process.env.DOTENV_LAYERED_PATH, debug: process.env.DOTENV_LAYERED_DEBUG === "1" });
