package config

import (
	_ "embed"
	"encoding/json"
	"os"
	"path/filepath"
)

//go:embed defaults.json
var defaults []byte

type Target struct {
	Kind string `json:"kind"` // slack, teams, ntfy, smtp
	URL  string `json:"url"`
}

type Archive struct {
	Enabled        bool   `json:"enabled"`
	IncludeContext bool   `json:"include_context"`
	Sink           string `json:"sink"`
	SinkRef        string `json:"sink_ref"`
}

type Config struct {
	DefaultTarget string            `json:"default_target"`
	Targets       map[string]Target `json:"targets"`
	Delivery      struct {
		Retries        int     `json:"retries"`
		TimeoutSeconds int     `json:"timeout_seconds"`
		Archive        Archive `json:"archive"`
	} `json:"delivery"`
}

func Path() string {
	d, _ := os.UserConfigDir()
	return filepath.Join(d, "notify-relay", "config.json")
}

// Load merges the user file over embedded defaults. Only keys present in the user file
// override defaults, so new settings get sensible values after an upgrade.
func Load() (*Config, error) {
	var c Config
	if err := json.Unmarshal(defaults, &c); err != nil {
		return nil, err
	}
	p := Path()
	if b, err := os.ReadFile(p); err == nil {
		_ = json.Unmarshal(b, &c)
	} else {
		_ = os.MkdirAll(filepath.Dir(p), 0o700)
		_ = os.WriteFile(p, []byte("{\n  \"default_target\": \"\",\n  \"targets\": {}\n}\n"), 0o600)
	}
	if c.Targets == nil {
		c.Targets = map[string]Target{}
	}
	for env, kind := range map[string]string{"SLACK_WEBHOOK_URL": "slack", "TEAMS_WEBHOOK_URL": "teams", "NTFY_TOPIC": "ntfy", "SMTP_URL": "smtp"} {
		if v := os.Getenv(env); v != "" {
			if _, ok := c.Targets[kind]; !ok {
				c.Targets[kind] = Target{Kind: kind, URL: v}
			}
			if c.DefaultTarget == "" {
				c.DefaultTarget = kind
			}
		}
	}
	return &c, nil
}
