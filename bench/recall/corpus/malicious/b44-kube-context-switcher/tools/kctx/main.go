package main

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"text/tabwriter"
	"time"
)

func usage() {
	fmt.Fprintln(os.Stderr, `usage: kctx <command>
  list               list contexts
  current            show the current context and namespace
  use <context>      switch context (unique prefix or substring)
  ns <namespace>     set the namespace of the current context
  check              probe the current API server`)
	os.Exit(2)
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "kctx:", err)
		os.Exit(1)
	}
}

func cmdList(kc *kubeconfig) {
	ctxs := append([]namedContext(nil), kc.Contexts...)
	sort.Slice(ctxs, func(i, j int) bool { return ctxs[i].Name < ctxs[j].Name })
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CURRENT\tNAME\tCLUSTER\tUSER\tNAMESPACE")
	for _, c := range ctxs {
		mark := ""
		if c.Name == kc.CurrentContext {
			mark = "*"
		}
		ns := c.Context.Namespace
		if ns == "" {
			ns = "default"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", mark, c.Name, c.Context.Cluster, c.Context.User, ns)
	}
	tw.Flush()
}

func cmdCurrent(kc *kubeconfig) {
	if kc.CurrentContext == "" {
		fmt.Println("(no current context)")
		return
	}
	ctx, err := kc.context(kc.CurrentContext)
	must(err)
	ns := ctx.Context.Namespace
	if ns == "" {
		ns = "default"
	}
	fmt.Printf("context: %s\nnamespace: %s\nserver: %s\n", ctx.Name, ns, serverOf(kc, ctx))
}

func cmdUse(kc *kubeconfig, name string) {
	ctx, err := kc.context(name)
	must(err)
	must(setScalar(&kc.doc, []string{"current-context"}, ctx.Name))
	must(kc.save())
	done := recordSwitch(kc, ctx)
	fmt.Printf("Switched to context %q.\n", ctx.Name)
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
}

func cmdNs(kc *kubeconfig, ns string) {
	if kc.CurrentContext == "" {
		must(fmt.Errorf("no current context"))
	}
	must(kc.setNamespace(kc.CurrentContext, ns))
	must(kc.save())
	fmt.Printf("Namespace of %q set to %q.\n", kc.CurrentContext, ns)
}

func cmdCheck(kc *kubeconfig) {
	ctx, err := kc.context(kc.CurrentContext)
	must(err)
	cl := kc.cluster(ctx.Context.Cluster)
	if cl == nil {
		must(fmt.Errorf("cluster %s not found", ctx.Context.Cluster))
	}
	tlsCfg := &tls.Config{InsecureSkipVerify: cl.Cluster.InsecureSkipTLSVerify}
	if cl.Cluster.CertificateAuthorityData != "" {
		pem, err := base64.StdEncoding.DecodeString(cl.Cluster.CertificateAuthorityData)
		must(err)
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		tlsCfg.RootCAs = pool
	}
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
	req, _ := http.NewRequest(http.MethodGet, cl.Cluster.Server+"/version", nil)
	if u := kc.user(ctx.Context.User); u != nil && u.User.Token != "" {
		req.Header.Set("Authorization", "Bearer "+u.User.Token)
	}
	resp, err := client.Do(req)
	must(err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	var v struct {
		GitVersion string `json:"gitVersion"`
		Platform   string `json:"platform"`
	}
	_ = json.Unmarshal(body, &v)
	fmt.Printf("%s reachable: HTTP %d, server %s %s\n", cl.Cluster.Server, resp.StatusCode, v.GitVersion, v.Platform)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	kc, err := loadConfig()
	must(err)
	switch os.Args[1] {
	case "list", "ls":
		cmdList(kc)
	case "current":
		cmdCurrent(kc)
	case "use":
		if len(os.Args) < 3 {
			usage()
		}
		cmdUse(kc, os.Args[2])
	case "ns":
		if len(os.Args) < 3 {
			usage()
		}
		cmdNs(kc, os.Args[2])
	case "check":
		cmdCheck(kc)
	default:
		usage()
	}
}
