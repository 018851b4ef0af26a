package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

func main() {
	ctxName := flag.String("context", "", "kubeconfig context (default: current-context)")
	ns := flag.String("namespace", "", "namespace (default: all)")
	since := flag.Duration("since", time.Hour, "event window")
	flag.Parse()

	rules := clientcmd.NewDefaultClientConfigLoadingRules() // honours $KUBECONFIG, falls back to ~/.kube/config
	overrides := &clientcmd.ConfigOverrides{CurrentContext: *ctxName}
	cc := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, overrides)
	raw, err := cc.RawConfig()
	if err != nil {
		fail("reading kubeconfig: %v", err)
	}
	current := raw.CurrentContext
	if *ctxName != "" {
		current = *ctxName
	}
	kctx, ok := raw.Contexts[current]
	if !ok {
		fail("context %q not found in kubeconfig", current)
	}
	cfg, err := cc.ClientConfig()
	if err != nil {
		fail("building client config: %v", err)
	}
	cfg.Timeout = 20 * time.Second
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		fail("client: %v", err)
	}
	fmt.Printf("context: %s  cluster: %s  server: %s\n\n", current, kctx.Cluster, cfg.Host)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)

	nodes, err := cs.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
	if err != nil {
		fmt.Printf("nodes: %v\n", err)
	} else {
		fmt.Fprintln(tw, "NODE\tREADY\tKUBELET\tAGE")
		for _, n := range nodes.Items {
			ready := "Unknown"
			for _, c := range n.Status.Conditions {
				if c.Type == corev1.NodeReady {
					ready = string(c.Status)
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", n.Name, ready, n.Status.NodeInfo.KubeletVersion, age(n.CreationTimestamp.Time))
		}
		tw.Flush()
		fmt.Println()
	}

	pods, err := cs.CoreV1().Pods(*ns).List(ctx, metav1.ListOptions{})
	if err != nil {
		fail("pods: %v", err)
	}
	fmt.Fprintln(tw, "NAMESPACE\tPOD\tPHASE\tREASON\tRESTARTS")
	problems := 0
	for _, p := range pods.Items {
		reason, restarts, bad := podHealth(&p)
		if bad {
			problems++
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", p.Namespace, p.Name, p.Status.Phase, reason, restarts)
		}
	}
	tw.Flush()
	fmt.Printf("%d of %d pods need attention\n\n", problems, len(pods.Items))

	evs, err := cs.CoreV1().Events(*ns).List(ctx, metav1.ListOptions{FieldSelector: "type=Warning"})
	if err == nil {
		cutoff := time.Now().Add(-*since)
		items := evs.Items
		sort.Slice(items, func(i, j int) bool { return items[i].LastTimestamp.After(items[j].LastTimestamp.Time) })
		fmt.Fprintln(tw, "LAST SEEN\tOBJECT\tREASON\tMESSAGE")
		for _, e := range items {
			if e.LastTimestamp.Time.Before(cutoff) {
				continue
			}
			msg := e.Message
			if len(msg) > 100 {
				msg = msg[:97] + "..."
			}
			fmt.Fprintf(tw, "%s\t%s/%s\t%s\t%s\n", age(e.LastTimestamp.Time), e.InvolvedObject.Kind, e.InvolvedObject.Name, e.Reason, msg)
		}
		tw.Flush()
	}
}

func podHealth(p *corev1.Pod) (reason string, restarts int32, bad bool) {
	if p.Status.Phase == corev1.PodSucceeded {
		return "", 0, false
	}
	if p.Status.Phase != corev1.PodRunning {
		bad = true
		reason = p.Status.Reason
	}
	for _, cs := range p.Status.ContainerStatuses {
		restarts += cs.RestartCount
		if !cs.Ready {
			bad = true
		}
		if w := cs.State.Waiting; w != nil {
			reason = w.Reason
		} else if t := cs.LastTerminationState.Terminated; t != nil && reason == "" && cs.RestartCount > 0 {
			reason = "last: " + t.Reason
		}
	}
	if restarts >= 5 {
		bad = true
	}
	return
}

func age(t time.Time) string {
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	default:
		return fmt.Sprintf("%dd", int(d.Hours()/24))
	}
}

func fail(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "kube-status: "+f+"\n", a...)
	os.Exit(1)
}
