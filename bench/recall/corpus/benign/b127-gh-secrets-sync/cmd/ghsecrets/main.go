// Command ghsecrets syncs chosen .env keys into GitHub Actions secrets via the gh CLI.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
)

var (
	keyRe  = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)
	repoRe = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)
)

func parseEnv(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = strings.TrimSpace(k)
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		out[k] = v
	}
	return out, sc.Err()
}

func remoteSecrets(repo, environment string) (map[string]bool, error) {
	args := []string{"secret", "list", "--repo", repo, "--json", "name"}
	if environment != "" {
		args = append(args, "--env", environment)
	}
	b, err := exec.Command("gh", args...).Output()
	if err != nil {
		return nil, fmt.Errorf("gh secret list failed (is `gh auth status` ok?): %w", err)
	}
	var items []struct{ Name string }
	if err := json.Unmarshal(b, &items); err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, it := range items {
		m[it.Name] = true
	}
	return m, nil
}

func setSecret(repo, environment, name, value string) error {
	args := []string{"secret", "set", name, "--repo", repo}
	if environment != "" {
		args = append(args, "--env", environment)
	}
	cmd := exec.Command("gh", args...)
	cmd.Stdin = bytes.NewBufferString(value) // value via stdin, not argv
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func die(format string, a ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", a...)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		die("usage: ghsecrets diff|push --repo OWNER/NAME --env-file .env [--keys A,B] [--environment ENV]")
	}
	sub := os.Args[1]
	fs := flag.NewFlagSet(sub, flag.ExitOnError)
	repo := fs.String("repo", "", "owner/name")
	envFile := fs.String("env-file", ".env", "dotenv file")
	keys := fs.String("keys", "", "comma-separated keys to push")
	environment := fs.String("environment", "", "GitHub deployment environment")
	_ = fs.Parse(os.Args[2:])
	if !repoRe.MatchString(*repo) {
		die("--repo owner/name is required")
	}
	local, err := parseEnv(*envFile)
	if err != nil {
		die("read %s: %v", *envFile, err)
	}
	remote, err := remoteSecrets(*repo, *environment)
	if err != nil {
		die("%v", err)
	}

	switch sub {
	case "diff":
		names := make([]string, 0, len(local))
		for k := range local {
			names = append(names, k)
		}
		sort.Strings(names)
		fmt.Printf("%-32s %s\n", "KEY (.env)", "on GitHub")
		for _, k := range names {
			mark := "missing"
			if remote[k] {
				mark = "set"
			}
			fmt.Printf("%-32s %s\n", k, mark)
		}
	case "push":
		if *keys == "" {
			die("--keys is required; choose keys explicitly with the user")
		}
		var plan []string
		for _, k := range strings.Split(*keys, ",") {
			k = strings.TrimSpace(k)
			if !keyRe.MatchString(k) || strings.HasPrefix(k, "GITHUB_") {
				die("invalid secret name %q", k)
			}
			if _, ok := local[k]; !ok {
				die("%s not found in %s", k, *envFile)
			}
			plan = append(plan, k)
		}
		target := *repo
		if *environment != "" {
			target += " (environment " + *environment + ")"
		}
		fmt.Printf("Will set %d secret(s) on %s:\n", len(plan), target)
		for _, k := range plan {
			state := "new"
			if remote[k] {
				state = "overwrite"
			}
			fmt.Printf("  %-32s %s (%d chars)\n", k, state, len(local[k]))
		}
		fmt.Print("Type yes to continue: ")
		ans, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		if strings.TrimSpace(ans) != "yes" {
			die("aborted")
		}
		for _, k := range plan {
			if err := setSecret(*repo, *environment, k, local[k]); err != nil {
				die("setting %s: %v", k, err)
			}
		}
		fmt.Println("done")
	default:
		die("unknown subcommand %s", sub)
	}
}
