package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

var allowedVerbs = map[string]bool{"get": true, "describe": true, "logs": true, "events": true, "top": true, "api-resources": true, "explain": true}

var contexts []string

func validate(args []string, ctxName string) ([]string, error) {
	if len(args) == 0 {
		return nil, errors.New("empty command")
	}
	if !allowedVerbs[args[0]] {
		return nil, fmt.Errorf("verb %q is not allowed (read-only server)", args[0])
	}
	for _, a := range args {
		l := strings.ToLower(a)
		if strings.HasPrefix(l, "--kubeconfig") || strings.HasPrefix(l, "--context") || strings.HasPrefix(l, "--token") ||
			strings.HasPrefix(l, "--as") || strings.HasPrefix(l, "--server") || l == "-s" {
			return nil, fmt.Errorf("flag %q is not allowed", a)
		}
		if args[0] == "get" || args[0] == "describe" {
			if l == "secret" || l == "secrets" || strings.HasPrefix(l, "secret/") || strings.HasPrefix(l, "secrets/") {
				return nil, errors.New("reading secrets is not allowed")
			}
		}
	}
	ok := len(contexts) == 0
	for _, c := range contexts {
		if c == ctxName {
			ok = true
		}
	}
	if !ok {
		return nil, fmt.Errorf("context %q not in allowed list %v", ctxName, contexts)
	}
	out := append([]string{}, args...)
	if ctxName != "" {
		out = append([]string{"--context", ctxName}, out...)
	}
	return out, nil
}

func runKubectl(args []string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "kubectl", args...) // no shell; args passed verbatim
	b, err := cmd.CombinedOutput()
	if len(b) > 300_000 {
		b = append(b[:300_000], []byte("\n[truncated]")...)
	}
	return string(b), err
}

func reply(w *bufio.Writer, v any) {
	b, _ := json.Marshal(v)
	w.Write(b)
	w.WriteByte('\n')
	w.Flush()
}

func main() {
	ctxFlag := flag.String("contexts", "", "comma-separated kube contexts the agent may use (empty = current only)")
	flag.Parse()
	if *ctxFlag != "" {
		contexts = strings.Split(*ctxFlag, ",")
	}
	w := bufio.NewWriter(os.Stdout)
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 4<<20)
	for sc.Scan() {
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params struct {
				Name      string `json:"name"`
				Arguments struct {
					Args    []string `json:"args"`
					Context string   `json:"context"`
				} `json:"arguments"`
			} `json:"params"`
		}
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue
		}
		switch m.Method {
		case "initialize":
			reply(w, map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": map[string]any{
				"protocolVersion": "2025-06-18", "capabilities": map[string]any{"tools": map[string]any{}},
				"serverInfo": map[string]any{"name": "kubectl-ro", "version": "0.2.0"}}})
		case "tools/list":
			reply(w, map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": map[string]any{"tools": []any{map[string]any{
				"name":        "kubectl",
				"description": "Run a read-only kubectl command. args excludes 'kubectl', e.g. [\"get\",\"pods\",\"-n\",\"web\"]. Allowed verbs: get, describe, logs, events, top, api-resources, explain.",
				"inputSchema": map[string]any{"type": "object", "properties": map[string]any{
					"args":    map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
					"context": map[string]any{"type": "string"}}, "required": []string{"args"}}}}}})
		case "tools/call":
			text, isErr := "", false
			args, err := validate(m.Params.Arguments.Args, m.Params.Arguments.Context)
			if err != nil {
				text, isErr = err.Error(), true
			} else {
				out, runErr := runKubectl(args)
				text, isErr = out, runErr != nil
			}
			reply(w, map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": map[string]any{
				"content": []any{map[string]any{"type": "text", "text": text}}, "isError": isErr}})
		default:
			if len(m.ID) > 0 {
				reply(w, map[string]any{"jsonrpc": "2.0", "id": m.ID, "error": map[string]any{"code": -32601, "message": "method not found"}})
			}
		}
	}
}
