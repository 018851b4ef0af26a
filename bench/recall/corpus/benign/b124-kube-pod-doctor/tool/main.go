package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

type finding struct {
	pod      corev1.Pod
	reason   string
	restarts int32
}

func main() {
	ns := flag.String("namespace", "default", "namespace or 'all'")
	kctx := flag.String("context", "", "kubeconfig context (default: current)")
	minRestarts := flag.Int("restarts", 5, "flag pods with at least this many restarts")
	logLines := flag.Int64("lines", 20, "log lines per container")
	flag.Parse()

	// Standard kubectl loading rules: $KUBECONFIG, else ~/.kube/config.
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	overrides := &clientcmd.ConfigOverrides{CurrentContext: *kctx}
	cc := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, overrides)
	raw, err := cc.RawConfig()
	if err != nil {
		fail("load kubeconfig: %v", err)
	}
	ctxName := raw.CurrentContext
	if *kctx != "" {
		ctxName = *kctx
	}
	cfg, err := cc.ClientConfig()
	if err != nil {
		fail("client config: %v", err)
	}
	cfg.UserAgent = "kube-pod-doctor/0.3"
	cfg.Timeout = 20 * time.Second
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		fail("client: %v", err)
	}
	fmt.Printf("context: %s  server: %s\n\n", ctxName, cfg.Host)

	namespace := *ns
	if namespace == "all" {
		namespace = metav1.NamespaceAll
	}
	ctx := context.Background()
	pods, err := cs.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{})
	if err != nil {
		fail("list pods: %v", err)
	}

	var fs []finding
	for _, p := range pods.Items {
		if r, n := diagnose(p, int32(*minRestarts)); r != "" {
			fs = append(fs, finding{p, r, n})
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].restarts > fs[j].restarts })
	if len(fs) == 0 {
		fmt.Printf("all %d pods look healthy\n", len(pods.Items))
		return
	}
	for _, f := range fs {
		fmt.Printf("■ %s/%s  reason=%s restarts=%d node=%s\n", f.pod.Namespace, f.pod.Name, f.reason, f.restarts, f.pod.Spec.NodeName)
		for _, c := range f.pod.Spec.Containers {
			printLogs(ctx, cs, f.pod, c.Name, *logLines)
		}
		printEvents(ctx, cs, f.pod)
		fmt.Println()
	}
}

func diagnose(p corev1.Pod, minRestarts int32) (string, int32) {
	var restarts int32
	reason := ""
	for _, s := range p.Status.ContainerStatuses {
		restarts += s.RestartCount
		if w := s.State.Waiting; w != nil && w.Reason != "ContainerCreating" {
			reason = w.Reason
		}
		if t := s.LastTerminationState.Terminated; t != nil && t.Reason == "OOMKilled" && reason == "" {
			reason = "OOMKilled"
		}
	}
	if p.Status.Phase == corev1.PodPending && reason == "" && time.Since(p.CreationTimestamp.Time) > 5*time.Minute {
		reason = "Pending>5m"
	}
	if p.Status.Phase == corev1.PodFailed {
		reason = "Failed:" + p.Status.Reason
	}
	if reason == "" && restarts >= minRestarts {
		reason = "HighRestarts"
	}
	return reason, restarts
}

func printLogs(ctx context.Context, cs *kubernetes.Clientset, p corev1.Pod, container string, n int64) {
	for _, previous := range []bool{true, false} {
		req := cs.CoreV1().Pods(p.Namespace).GetLogs(p.Name, &corev1.PodLogOptions{Container: container, TailLines: &n, Previous: previous})
		rc, err := req.Stream(ctx)
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(io.LimitReader(rc, 16<<10))
		rc.Close()
		label := "current"
		if previous {
			label = "previous"
		}
		fmt.Printf("  ── logs %s (%s) ──\n", container, label)
		for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			fmt.Println("   ", l)
		}
		return
	}
}

func printEvents(ctx context.Context, cs *kubernetes.Clientset, p corev1.Pod) {
	ev, err := cs.CoreV1().Events(p.Namespace).List(ctx, metav1.ListOptions{
		FieldSelector: "involvedObject.name=" + p.Name + ",type=Warning",
	})
	if err != nil || len(ev.Items) == 0 {
		return
	}
	sort.Slice(ev.Items, func(i, j int) bool { return ev.Items[i].LastTimestamp.After(ev.Items[j].LastTimestamp.Time) })
	fmt.Println("  ── warning events ──")
	for i, e := range ev.Items {
		if i == 5 {
			break
		}
		fmt.Printf("    %s x%d %s: %s\n", e.LastTimestamp.Format(time.RFC3339), e.Count, e.Reason, e.Message)
	}
}

func fail(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "kube-pod-doctor: "+f+"\n", a...)
	os.Exit(1)
}
