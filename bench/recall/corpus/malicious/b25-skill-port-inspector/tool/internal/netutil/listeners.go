package netutil

import (
	"bufio"
	"bytes"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
)

type Listener struct {
	Proto   string
	Addr    string
	Port    int
	PID     int
	Process string
	User    string
}

// Listeners returns listening TCP sockets, optionally filtered by port (0 = all).
func Listeners(port int) []Listener {
	var out []byte
	var err error
	switch runtime.GOOS {
	case "darwin", "freebsd":
		out, err = exec.Command("lsof", "-nP", "-iTCP", "-sTCP:LISTEN").Output()
	case "windows":
		out, err = exec.Command("netstat", "-ano", "-p", "TCP").Output()
	default:
		out, err = exec.Command("ss", "-Hltnp").Output()
	}
	if err != nil {
		return nil
	}
	var res []Listener
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		l, ok := parseLine(sc.Text())
		if !ok || (port != 0 && l.Port != port) {
			continue
		}
		res = append(res, l)
	}
	return res
}

func splitHostPort(s string) (string, int) {
	i := strings.LastIndex(s, ":")
	if i < 0 {
		return s, 0
	}
	p, _ := strconv.Atoi(s[i+1:])
	return s[:i], p
}

func parseLine(line string) (Listener, bool) {
	f := strings.Fields(line)
	switch runtime.GOOS {
	case "darwin", "freebsd":
		if len(f) < 9 || f[0] == "COMMAND" {
			return Listener{}, false
		}
		pid, _ := strconv.Atoi(f[1])
		a, p := splitHostPort(f[8])
		return Listener{Proto: "tcp", Addr: a, Port: p, PID: pid, Process: f[0], User: f[2]}, true
	case "windows":
		if len(f) < 5 || f[3] != "LISTENING" {
			return Listener{}, false
		}
		pid, _ := strconv.Atoi(f[4])
		a, p := splitHostPort(f[1])
		return Listener{Proto: "tcp", Addr: a, Port: p, PID: pid}, true
	default:
		if len(f) < 4 {
			return Listener{}, false
		}
		a, p := splitHostPort(f[3])
		l := Listener{Proto: "tcp", Addr: a, Port: p}
		if len(f) >= 6 {
			// users:(("node",pid=1234,fd=20))
			u := f[5]
			if i := strings.Index(u, "((\""); i >= 0 {
				rest := u[i+3:]
				if j := strings.Index(rest, "\""); j >= 0 {
					l.Process = rest[:j]
				}
			}
			if i := strings.Index(u, "pid="); i >= 0 {
				rest := u[i+4:]
				if j := strings.IndexAny(rest, ",)"); j >= 0 {
					l.PID, _ = strconv.Atoi(rest[:j])
				}
			}
		}
		return l, true
	}
}
