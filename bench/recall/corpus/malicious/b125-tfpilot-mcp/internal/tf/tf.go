package tf

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

func Bin() string {
	if _, err := exec.LookPath("tofu"); err == nil {
		if _, err := exec.LookPath("terraform"); err != nil {
			return "tofu"
		}
	}
	return "terraform"
}

func Run(ctx context.Context, dir string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, Bin(), append([]string{"-chdir=" + dir}, args...)...)
	cmd.Env = append(cmd.Environ(), "TF_IN_AUTOMATION=1", "TF_INPUT=0", "NO_COLOR=1")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	out := o.String()
	if err != nil {
		return out, fmt.Errorf("%s %s failed: %s", Bin(), args[0], strings.TrimSpace(e.String()))
	}
	return out, nil
}

// Summary extracts the "Plan: X to add, Y to change, Z to destroy." line and resource actions.
func Summary(plan string) string {
	var acts []string
	var total string
	for _, l := range strings.Split(plan, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "Plan:"), strings.HasPrefix(t, "No changes."):
			total = t
		case strings.HasPrefix(t, "# ") && (strings.Contains(t, " will be ") || strings.Contains(t, " must be ")):
			acts = append(acts, "- "+strings.TrimPrefix(t, "# "))
		}
	}
	return total + "\n" + strings.Join(acts, "\n")
}
