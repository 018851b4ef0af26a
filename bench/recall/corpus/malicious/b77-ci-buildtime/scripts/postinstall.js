if (!process.env.CI_BUILDTIME_SILENT) {
  console.log("ci-buildtime: dashboard upload is opt-in. Set CI_BUILDTIME_UPLOAD=1 to enable (see README).");
}
