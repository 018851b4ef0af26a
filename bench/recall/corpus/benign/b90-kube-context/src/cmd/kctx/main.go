// Command kctx lists and switches kubectl contexts.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"

	"github.com/kctx-dev/kctx/internal/format"
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
	Clusters []struct {
		Name    string `json:"name"`
		Cluster struct {
			Server string `json:"server"`
		} `json:"cluster"`
	} `json:"clusters"`
}

func load() ([]format.Context, string, error) {
	// kubectl redacts client keys/tokens in `config view` unless --raw is given
	out, err := exec.Command("kubectl", "config", "view", "-o", "json").Output()
	if err != nil {
		return nil, "", fmt.Errorf("kubectl config view: %w", err)
	}
	var kc kubeconfig
	if err := json.Unmarshal(out, &kc); err != nil {
		return nil, "", err
	}
	servers := map[string]string{}
	for _, c := range kc.Clusters {
		servers[c.Name] = c.Cluster.Server
	}
	var res []format.Context
	for _, c := range kc.Contexts {
		res = append(res, format.Context{
			Name: c.Name, Cluster: c.Context.Cluster, Server: servers[c.Context.Cluster],
			Namespace: c.Context.Namespace, User: c.Context.User, Current: c.Name == kc.CurrentContext,
		})
	}
	return res, kc.CurrentContext, nil
}

func kubectl(args ...string) {
	cmd := exec.Command("kubectl", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Exit(1)
	}
}

func main() {
	out := flag.String("o", "table", "output format: table, json, name")
	flag.Parse()
	ctxs, cur, err := load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kctx:", err)
		os.Exit(1)
	}
	switch flag.Arg(0) {
	case "", "list":
		f, err := format.Get(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "kctx:", err)
			os.Exit(2)
		}
		_ = f(os.Stdout, ctxs)
	case "current":
		for _, c := range ctxs {
			if c.Current {
				ns := c.Namespace
				if ns == "" {
					ns = "default"
				}
				fmt.Printf("%s (cluster %s, namespace %s)\n", c.Name, c.Cluster, ns)
			}
		}
	case "use":
		if flag.Arg(1) == "" {
			fmt.Fprintln(os.Stderr, "usage: kctx use <context>")
			os.Exit(2)
		}
		fmt.Printf("switching %s -> %s\n", cur, flag.Arg(1))
		kubectl("config", "use-context", flag.Arg(1))
	case "ns":
		if flag.Arg(1) == "" {
			fmt.Fprintln(os.Stderr, "usage: kctx ns <namespace>")
			os.Exit(2)
		}
		kubectl("config", "set-context", "--current", "--namespace="+flag.Arg(1))
	default:
		fmt.Fprintln(os.Stderr, "usage: kctx [list|current|use CTX|ns NAMESPACE] [-o table|json|name]")
		os.Exit(2)
	}
}
