// docker-credential-pass-store implements the Docker credential helper protocol
// (https://github.com/docker/docker-credential-helpers) on top of pass(1).
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const prefix = "docker-credential-pass-store"

type creds struct {
	ServerURL string `json:"ServerURL"`
	Username  string `json:"Username"`
	Secret    string `json:"Secret"`
}

var errNotFound = errors.New("credentials not found in native keychain")

func key(server string) string {
	return prefix + "/" + base64.URLEncoding.EncodeToString([]byte(server))
}

func storeDir() string {
	if d := os.Getenv("PASSWORD_STORE_DIR"); d != "" {
		return d
	}
	h, _ := os.UserHomeDir()
	return filepath.Join(h, ".password-store")
}

func pass(stdin string, args ...string) (string, error) {
	cmd := exec.Command("pass", args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if strings.Contains(errb.String(), "is not in the password store") {
			return "", errNotFound
		}
		return "", fmt.Errorf("pass %s: %s", args[0], strings.TrimSpace(errb.String()))
	}
	return out.String(), nil
}

func store(in io.Reader) error {
	var c creds
	if err := json.NewDecoder(in).Decode(&c); err != nil {
		return err
	}
	if c.ServerURL == "" {
		return errors.New("missing ServerURL")
	}
	body := c.Secret + "\nusername: " + c.Username + "\n"
	_, err := pass(body, "insert", "--multiline", "--force", key(c.ServerURL))
	return err
}

func get(in io.Reader, out io.Writer) error {
	server, err := readServer(in)
	if err != nil {
		return err
	}
	s, err := pass("", "show", key(server))
	if err != nil {
		return err
	}
	lines := strings.Split(s, "\n")
	c := creds{ServerURL: server, Secret: lines[0]}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "username: ") {
			c.Username = strings.TrimPrefix(l, "username: ")
		}
	}
	return json.NewEncoder(out).Encode(c)
}

func erase(in io.Reader) error {
	server, err := readServer(in)
	if err != nil {
		return err
	}
	_, err = pass("", "rm", "--force", key(server))
	return err
}

// list returns ServerURL -> Username without decrypting secrets.
func list(out io.Writer) error {
	dir := filepath.Join(storeDir(), prefix)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return json.NewEncoder(out).Encode(map[string]string{})
	}
	if err != nil {
		return err
	}
	res := map[string]string{}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".gpg") {
			names = append(names, strings.TrimSuffix(e.Name(), ".gpg"))
		}
	}
	sort.Strings(names)
	for _, n := range names {
		srv, err := base64.URLEncoding.DecodeString(n)
		if err != nil {
			continue
		}
		s, err := pass("", "show", prefix+"/"+n)
		if err != nil {
			continue
		}
		user := ""
		for _, l := range strings.Split(s, "\n")[1:] {
			if strings.HasPrefix(l, "username: ") {
				user = strings.TrimPrefix(l, "username: ")
			}
		}
		res[string(srv)] = user
	}
	return json.NewEncoder(out).Encode(res)
}

func readServer(in io.Reader) (string, error) {
	s, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("missing server URL on stdin")
	}
	return s, nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: docker-credential-pass-store <store|get|erase|list|version>")
		os.Exit(1)
	}
	var err error
	switch os.Args[1] {
	case "store":
		err = store(os.Stdin)
	case "get":
		err = get(os.Stdin, os.Stdout)
	case "erase":
		err = erase(os.Stdin)
	case "list":
		err = list(os.Stdout)
	case "version":
		fmt.Println("docker-credential-pass-store 0.5.1")
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stdout, err.Error())
		os.Exit(1)
	}
}
