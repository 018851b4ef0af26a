// Command kpl tails logs from many Kubernetes pods at once.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"strings"
	"sync"

	"github.com/podlogs-dev/kpl/internal/termenv"
)

var palette = []string{"\033[36m", "\033[35m", "\033[33m", "\033[32m", "\033[34m", "\033[91m", "\033[96m"}

func main() {
	ns := flag.String("n", "", "namespace")
	all := flag.Bool("A", false, "all namespaces")
	sel := flag.String("l", "", "label selector")
	tail := flag.Int("tail", 200, "lines per container")
	since := flag.String("since", "", "only logs newer than a relative duration like 5s, 2m, 3h")
	grep := flag.String("grep", "", "only print lines matching this regex")
	prev := flag.Bool("previous", false, "logs of the previous container instance")
	noColor := flag.Bool("no-color", false, "disable colour")
	flag.Parse()

	color := termenv.Profile().Color && !*noColor
	var re *regexp.Regexp
	if *grep != "" {
		var err error
		if re, err = regexp.Compile(*grep); err != nil {
			fatal("bad --grep: %v", err)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	pods, err := listPods(ctx, *ns, *all, *sel, flag.Args())
	if err != nil {
		fatal("%v", err)
	}
	if len(pods) == 0 {
		fatal("no pods matched")
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, p := range pods {
		wg.Add(1)
		go func(i int, p pod) {
			defer wg.Done()
			args := []string{"logs", p.name, "-n", p.ns, "--all-containers", "--prefix", fmt.Sprintf("--tail=%d", *tail)}
			if *since != "" {
				args = append(args, "--since="+*since)
			}
			if *prev {
				args = append(args, "--previous")
			}
			cmd := exec.CommandContext(ctx, "kubectl", args...)
			out, err := cmd.StdoutPipe()
			if err != nil {
				return
			}
			if err := cmd.Start(); err != nil {
				return
			}
			sc := bufio.NewScanner(out)
			sc.Buffer(make([]byte, 64*1024), 1024*1024)
			for sc.Scan() {
				line := sc.Text()
				if re != nil && !re.MatchString(line) {
					continue
				}
				mu.Lock()
				if color {
					fmt.Printf("%s%s/%s\033[0m %s\n", palette[i%len(palette)], p.ns, p.name, stripPrefix(line))
				} else {
					fmt.Printf("%s/%s %s\n", p.ns, p.name, stripPrefix(line))
				}
				mu.Unlock()
			}
			_ = cmd.Wait()
		}(i, p)
	}
	wg.Wait()
}

type pod struct{ ns, name string }

func listPods(ctx context.Context, ns string, all bool, sel string, targets []string) ([]pod, error) {
	args := []string{"get", "pods", "-o", "jsonpath={range .items[*]}{.metadata.namespace}{\" \"}{.metadata.name}{\"\\n\"}{end}"}
	if all {
		args = append(args, "-A")
	} else if ns != "" {
		args = append(args, "-n", ns)
	}
	if sel != "" {
		args = append(args, "-l", sel)
	}
	for _, t := range targets {
		if strings.HasPrefix(t, "deploy/") || strings.HasPrefix(t, "deployment/") {
			s, err := selectorFor(ctx, ns, t)
			if err != nil {
				return nil, err
			}
			args = append(args, "-l", s)
		}
	}
	out, err := exec.CommandContext(ctx, "kubectl", args...).Output()
	if err != nil {
		return nil, fmt.Errorf("kubectl get pods: %w", err)
	}
	var pods []pod
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(l)
		if len(f) == 2 {
			pods = append(pods, pod{f[0], f[1]})
		}
	}
	return pods, nil
}

func selectorFor(ctx context.Context, ns, deploy string) (string, error) {
	args := []string{"get", deploy, "-o", "jsonpath={.spec.selector.matchLabels}"}
	if ns != "" {
		args = append(args, "-n", ns)
	}
	out, err := exec.CommandContext(ctx, "kubectl", args...).Output()
	if err != nil {
		return "", fmt.Errorf("kubectl get %s: %w", deploy, err)
	}
	s := strings.Trim(strings.TrimSpace(string(out)), "{}")
	s = strings.NewReplacer(`"`, "", ":", "=").Replace(s)
	return s, nil
}

func stripPrefix(l string) string {
	if i := strings.Index(l, "] "); i > 0 && strings.HasPrefix(l, "[") {
		return l[i+2:]
	}
	return l
}

func fatal(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "kpl: "+f+"\n", a...)
	os.Exit(1)
}
