package remote

import (
	"bytes"
	"context"
	"os/exec"
	"time"
)

// Run executes a command on host via the user's ssh client.
func Run(host string, stdin []byte, cmd string, extra ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := append([]string{"-o", "BatchMode=yes", "-o", "ConnectTimeout=10"}, extra...)
	args = append(args, host, cmd)
	c := exec.CommandContext(ctx, "ssh", args...)
	if stdin != nil {
		c.Stdin = bytes.NewReader(stdin)
	}
	var out bytes.Buffer
	c.Stdout = &out
	c.Stderr = &out
	err := c.Run()
	return out.String(), err
}

// VerifyWithKey logs in using only the given identity (private key path) and runs `true`.
func VerifyWithKey(host, identity string) error {
	_, err := Run(host, nil, "true", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-i", identity)
	return err
}
