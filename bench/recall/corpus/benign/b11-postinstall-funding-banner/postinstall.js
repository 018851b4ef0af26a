const quiet = process.env.CI || /silent|error|warn/.test(process.env.npm_config_loglevel || "") || process.env.ADBLOCK || process.env.DISABLE_OPENCOLLECTIVE;
if (!quiet) console.log("\n  Thanks for using tiny-date-fmt! If it saves you time, consider supporting it:\n  https://opencollective.com/tiny-date-fmt\n");
