package kube

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// Client shells out to kubectl; read-only verbs only.
type Client struct {
	context string
}

var allowed = map[string]bool{"get": true, "describe": true, "logs": true, "rollout": true}

func New(kctx string) *Client { return &Client{context: kctx} }

func (c *Client) Run(ctx context.Context, args ...string) (string, error) {
	if len(args) == 0 || !allowed[args[0]] {
		return "", fmt.Errorf("verb not allowed")
	}
	if args[0] == "rollout" && (len(args) < 2 || args[1] != "status") {
		return "", fmt.Errorf("only rollout status is allowed")
	}
	if c.context != "" {
		args = append([]string{"--context", c.context}, args...)
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "kubectl", args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("kubectl %s: %s", args[0], msg)
	}
	return out.String(), nil
}
