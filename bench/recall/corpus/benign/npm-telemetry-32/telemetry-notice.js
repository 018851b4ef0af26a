if (!process.env.FW_TELEMETRY_DISABLED && !process.env.CI) {
  console.log('Attention: framework-cli collects anonymous usage data. Opt out: FW_TELEMETRY_DISABLED=1');
}
