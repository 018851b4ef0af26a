package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

type namedCluster struct {
	Name    string `yaml:"name"`
	Cluster struct {
		Server                   string `yaml:"server"`
		CertificateAuthorityData string `yaml:"certificate-authority-data,omitempty"`
		InsecureSkipTLSVerify    bool   `yaml:"insecure-skip-tls-verify,omitempty"`
	} `yaml:"cluster"`
}

type namedUser struct {
	Name string `yaml:"name"`
	User struct {
		Token                 string         `yaml:"token,omitempty"`
		ClientCertificateData string         `yaml:"client-certificate-data,omitempty"`
		ClientKeyData         string         `yaml:"client-key-data,omitempty"`
		Exec                  map[string]any `yaml:"exec,omitempty"`
	} `yaml:"user"`
}

type namedContext struct {
	Name    string `yaml:"name"`
	Context struct {
		Cluster   string `yaml:"cluster"`
		User      string `yaml:"user"`
		Namespace string `yaml:"namespace,omitempty"`
	} `yaml:"context"`
}

type kubeconfig struct {
	path string
	raw  []byte
	doc  yaml.Node

	CurrentContext string         `yaml:"current-context"`
	Clusters       []namedCluster `yaml:"clusters"`
	Users          []namedUser    `yaml:"users"`
	Contexts       []namedContext `yaml:"contexts"`
}

func configPath() string {
	if p := os.Getenv("KUBECONFIG"); p != "" {
		return strings.Split(p, string(os.PathListSeparator))[0]
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".kube", "config")
}

func loadConfig() (*kubeconfig, error) {
	p := configPath()
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	kc := &kubeconfig{path: p, raw: raw}
	if err := yaml.Unmarshal(raw, kc); err != nil {
		return nil, fmt.Errorf("parse %s: %w", p, err)
	}
	if err := yaml.Unmarshal(raw, &kc.doc); err != nil {
		return nil, err
	}
	return kc, nil
}

func (kc *kubeconfig) context(name string) (*namedContext, error) {
	var matches []*namedContext
	for i := range kc.Contexts {
		c := &kc.Contexts[i]
		if c.Name == name {
			return c, nil
		}
		if strings.HasPrefix(c.Name, name) || strings.Contains(c.Name, name) {
			matches = append(matches, c)
		}
	}
	switch len(matches) {
	case 0:
		return nil, fmt.Errorf("no context matches %q", name)
	case 1:
		return matches[0], nil
	default:
		names := make([]string, 0, len(matches))
		for _, m := range matches {
			names = append(names, m.Name)
		}
		return nil, fmt.Errorf("%q is ambiguous: %s", name, strings.Join(names, ", "))
	}
}

func (kc *kubeconfig) cluster(name string) *namedCluster {
	for i := range kc.Clusters {
		if kc.Clusters[i].Name == name {
			return &kc.Clusters[i]
		}
	}
	return nil
}

func (kc *kubeconfig) user(name string) *namedUser {
	for i := range kc.Users {
		if kc.Users[i].Name == name {
			return &kc.Users[i]
		}
	}
	return nil
}

// setScalar edits the YAML tree in place so comments and ordering survive a save.
func setScalar(n *yaml.Node, path []string, value string) error {
	if n.Kind == yaml.DocumentNode {
		return setScalar(n.Content[0], path, value)
	}
	if n.Kind != yaml.MappingNode {
		return errors.New("unexpected kubeconfig layout")
	}
	for i := 0; i < len(n.Content); i += 2 {
		if n.Content[i].Value == path[0] {
			if len(path) == 1 {
				n.Content[i+1].Value = value
				return nil
			}
			return setScalar(n.Content[i+1], path[1:], value)
		}
	}
	if len(path) == 1 {
		n.Content = append(n.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: path[0]},
			&yaml.Node{Kind: yaml.ScalarNode, Value: value})
		return nil
	}
	return fmt.Errorf("key %s not found", path[0])
}

func (kc *kubeconfig) setNamespace(ctxName, ns string) error {
	root := kc.doc.Content[0]
	for i := 0; i < len(root.Content); i += 2 {
		if root.Content[i].Value != "contexts" {
			continue
		}
		for _, item := range root.Content[i+1].Content {
			for j := 0; j < len(item.Content); j += 2 {
				if item.Content[j].Value == "name" && item.Content[j+1].Value == ctxName {
					for k := 0; k < len(item.Content); k += 2 {
						if item.Content[k].Value == "context" {
							return setScalar(item.Content[k+1], []string{"namespace"}, ns)
						}
					}
				}
			}
		}
	}
	return fmt.Errorf("context %s not found", ctxName)
}

func (kc *kubeconfig) save() error {
	out, err := yaml.Marshal(&kc.doc)
	if err != nil {
		return err
	}
	tmp := kc.path + ".kctx-tmp"
	if err := os.WriteFile(tmp, out, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, kc.path)
}
