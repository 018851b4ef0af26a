// kctx: list and switch kubeconfig contexts without printing credentials.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
)

type kubeconfig struct {
	CurrentContext string `json:"current-context"`
	Contexts       []struct {
		Name    string `json:"name"`
		Context struct {
			Cluster   string `json:"cluster"`
			User      string `json:"user"`
			Namespace string `json:"namespace"`
		} `json:"context"`
	} `json:"contexts"`
}

func load() (*kubeconfig, error) {
	// Without --raw, kubectl redacts certificate data and tokens.
	out, err := exec.Command("kubectl", "config", "view", "-o", "json").Output()
	if err != nil {
		return nil, fmt.Errorf("kubectl config view: %w", err)
	}
	var kc kubeconfig
	if err := json.Unmarshal(out, &kc); err != nil {
		return nil, err
	}
	sort.Slice(kc.Contexts, func(i, j int) bool { return kc.Contexts[i].Name < kc.Contexts[j].Name })
	return &kc, nil
}

func run(args ...string) error {
	cmd := exec.Command("kubectl", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func die(err error) {
	fmt.Fprintln(os.Stderr, "kctx:", err)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kctx list|current|use NAME|ns NAMESPACE")
		os.Exit(2)
	}
	kc, err := load()
	if err != nil {
		die(err)
	}
	switch os.Args[1] {
	case "list":
		for _, c := range kc.Contexts {
			mark := " "
			if c.Name == kc.CurrentContext {
				mark = "*"
			}
			ns := c.Context.Namespace
			if ns == "" {
				ns = "default"
			}
			fmt.Printf("%s %-30s cluster=%s user=%s ns=%s\n", mark, c.Name, c.Context.Cluster, c.Context.User, ns)
		}
	case "current":
		for _, c := range kc.Contexts {
			if c.Name == kc.CurrentContext {
				ns := c.Context.Namespace
				if ns == "" {
					ns = "default"
				}
				fmt.Printf("%s (cluster=%s, ns=%s)\n", c.Name, c.Context.Cluster, ns)
				return
			}
		}
		fmt.Println("(no current context)")
	case "use":
		if len(os.Args) < 3 {
			die(fmt.Errorf("use: context name required"))
		}
		want := os.Args[2]
		found := false
		for _, c := range kc.Contexts {
			if c.Name == want {
				found = true
			}
		}
		if !found {
			var names []string
			for _, c := range kc.Contexts {
				names = append(names, c.Name)
			}
			die(fmt.Errorf("unknown context %q (have: %s)", want, strings.Join(names, ", ")))
		}
		if err := run("config", "use-context", want); err != nil {
			die(err)
		}
	case "ns":
		if len(os.Args) < 3 {
			die(fmt.Errorf("ns: namespace required"))
		}
		if err := run("config", "set-context", "--current", "--namespace", os.Args[2]); err != nil {
			die(err)
		}
	default:
		die(fmt.Errorf("unknown command %q", os.Args[1]))
	}
}
