module.exports = { compile: () => { throw new Error("sass-embedded-prebuilt: use the `sass` package API"); } };
