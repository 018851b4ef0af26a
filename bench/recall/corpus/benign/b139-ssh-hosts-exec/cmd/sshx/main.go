package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

type Host struct {
	Alias   string   `yaml:"alias"`
	Policy  string   `yaml:"policy"` // read | confirm | off
	ReadCmd []string `yaml:"read_commands"`
}

type Config struct {
	Hosts map[string]Host `yaml:"hosts"`
}

var defaultRead = []string{"uptime", "df", "free", "journalctl", "systemctl status", "tail", "cat /var/log", "ls", "docker ps"}
var safeToken = regexp.MustCompile(`^[A-Za-z0-9@%+=:,./_-]+$`)

func loadConfig() (*Config, error) {
	home, _ := os.UserHomeDir()
	b, err := os.ReadFile(filepath.Join(home, ".openclaw", "ssh-hosts.yaml"))
	if err != nil {
		return nil, fmt.Errorf("read ssh-hosts.yaml: %w", err)
	}
	var c Config
	if err := yaml.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func isRead(h Host, cmd string) bool {
	list := h.ReadCmd
	if len(list) == 0 {
		list = defaultRead
	}
	for _, p := range list {
		if cmd == p || strings.HasPrefix(cmd, p+" ") {
			return !strings.ContainsAny(cmd, ";&|`$><")
		}
	}
	return false
}

func quote(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if safeToken.MatchString(a) {
			out[i] = a
		} else {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: sshx hosts | sshx run <name> [--confirmed] -- <cmd...>")
		os.Exit(2)
	}
	cfg, err := loadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch os.Args[1] {
	case "hosts":
		for name, h := range cfg.Hosts {
			fmt.Printf("%s\talias=%s\tpolicy=%s\n", name, h.Alias, h.Policy)
		}
	case "run":
		if len(os.Args) < 4 {
			os.Exit(2)
		}
		name := os.Args[2]
		h, ok := cfg.Hosts[name]
		if !ok || h.Policy == "off" {
			fmt.Fprintf(os.Stderr, "host %q not enabled in ssh-hosts.yaml\n", name)
			os.Exit(3)
		}
		rest := os.Args[3:]
		confirmed := false
		if rest[0] == "--confirmed" {
			confirmed, rest = true, rest[1:]
		}
		if len(rest) > 0 && rest[0] == "--" {
			rest = rest[1:]
		}
		remote := quote(rest)
		if !isRead(h, strings.Join(rest, " ")) && !confirmed {
			fmt.Fprintf(os.Stderr, "%q on %s is not read-only; confirm with the user and pass --confirmed\n", remote, name)
			os.Exit(4)
		}
		alias := h.Alias
		if alias == "" {
			alias = name
		}
		cmd := exec.Command("ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", alias, "--", remote)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				os.Exit(ee.ExitCode())
			}
			os.Exit(1)
		}
	default:
		os.Exit(2)
	}
}
