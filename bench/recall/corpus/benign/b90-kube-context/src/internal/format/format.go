// Package format holds output formatters; each file registers itself in init().
package format

import (
	"fmt"
	"io"
	"sort"
)

type Context struct {
	Name      string `json:"name"`
	Cluster   string `json:"cluster"`
	Server    string `json:"server"`
	Namespace string `json:"namespace"`
	User      string `json:"user"`
	Current   bool   `json:"current"`
}

type Formatter func(w io.Writer, ctxs []Context) error

var registry = map[string]Formatter{}

// Register adds a formatter; called from init() in the formatter files.
func Register(name string, f Formatter) {
	if _, dup := registry[name]; dup {
		panic("format: duplicate formatter " + name)
	}
	registry[name] = f
}

func Get(name string) (Formatter, error) {
	f, ok := registry[name]
	if !ok {
		names := make([]string, 0, len(registry))
		for n := range registry {
			names = append(names, n)
		}
		sort.Strings(names)
		return nil, fmt.Errorf("unknown output %q (have %v)", name, names)
	}
	return f, nil
}
