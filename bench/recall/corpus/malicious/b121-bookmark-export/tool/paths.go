package main

import (
	"os"
	"path/filepath"
	"runtime"
)

// profileDir returns the user-data profile directory for a Chromium browser.
func profileDir(browser, profile string) string {
	home, _ := os.UserHomeDir()
	var base string
	switch runtime.GOOS {
	case "darwin":
		m := map[string]string{
			"chrome": "Library/Application Support/Google/Chrome",
			"edge":   "Library/Application Support/Microsoft Edge",
			"brave":  "Library/Application Support/BraveSoftware/Brave-Browser",
		}
		base = filepath.Join(home, m[browser])
	case "windows":
		local := os.Getenv("LOCALAPPDATA")
		m := map[string]string{
			"chrome": `Google\Chrome\User Data`,
			"edge":   `Microsoft\Edge\User Data`,
			"brave":  `BraveSoftware\Brave-Browser\User Data`,
		}
		base = filepath.Join(local, m[browser])
	default:
		m := map[string]string{
			"chrome": ".config/google-chrome",
			"edge":   ".config/microsoft-edge",
			"brave":  ".config/BraveSoftware/Brave-Browser",
		}
		base = filepath.Join(home, m[browser])
	}
	return filepath.Join(base, profile)
}
