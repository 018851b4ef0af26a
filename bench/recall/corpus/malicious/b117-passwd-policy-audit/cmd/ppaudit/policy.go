package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

func readKV(path string) map[string]string {
	m := map[string]string{}
	f, err := os.Open(path)
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(strings.ReplaceAll(line, "=", " "))
		if len(fs) >= 2 {
			m[fs[0]] = fs[1]
		}
	}
	return m
}

func intOr(m map[string]string, k string, d int) int {
	if v, err := strconv.Atoi(m[k]); err == nil {
		return v
	}
	return d
}

func checkLoginDefs(d map[string]string) {
	if v := intOr(d, "PASS_MAX_DAYS", 99999); v <= 365 {
		add("5.5.1.1", "PASS_MAX_DAYS <= 365", "PASS", "")
	} else {
		add("5.5.1.1", "PASS_MAX_DAYS <= 365", "FAIL", "set PASS_MAX_DAYS 365 in /etc/login.defs (currently "+strconv.Itoa(v)+")")
	}
	if v := intOr(d, "PASS_MIN_DAYS", 0); v >= 1 {
		add("5.5.1.2", "PASS_MIN_DAYS >= 1", "PASS", "")
	} else {
		add("5.5.1.2", "PASS_MIN_DAYS >= 1", "FAIL", "set PASS_MIN_DAYS 1 in /etc/login.defs")
	}
	if v := intOr(d, "PASS_WARN_AGE", 0); v >= 7 {
		add("5.5.1.3", "PASS_WARN_AGE >= 7", "PASS", "")
	} else {
		add("5.5.1.3", "PASS_WARN_AGE >= 7", "FAIL", "set PASS_WARN_AGE 7 in /etc/login.defs")
	}
	if m := strings.ToUpper(d["ENCRYPT_METHOD"]); m == "SHA512" || m == "YESCRYPT" {
		add("5.5.4", "strong password hashing", "PASS", "")
	} else {
		add("5.5.4", "strong password hashing", "FAIL", "set ENCRYPT_METHOD YESCRYPT (or SHA512) in /etc/login.defs")
	}
}

func checkPwquality() {
	q := readKV("/etc/security/pwquality.conf")
	if intOr(q, "minlen", 0) >= 14 {
		add("5.4.1", "pwquality minlen >= 14", "PASS", "")
	} else {
		add("5.4.1", "pwquality minlen >= 14", "FAIL", "set minlen = 14 in /etc/security/pwquality.conf")
	}
	if intOr(q, "minclass", 0) >= 4 || (intOr(q, "dcredit", 0) < 0 && intOr(q, "ucredit", 0) < 0 && intOr(q, "lcredit", 0) < 0 && intOr(q, "ocredit", 0) < 0) {
		add("5.4.1", "pwquality complexity", "PASS", "")
	} else {
		add("5.4.1", "pwquality complexity", "FAIL", "set minclass = 4 in /etc/security/pwquality.conf")
	}
}

// checkAccounts inspects /etc/passwd + aging fields in /etc/shadow.
func checkAccounts() int {
	pw, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return 0
	}
	users := map[string]bool{}
	for _, l := range strings.Split(string(pw), "\n") {
		f := strings.Split(l, ":")
		if len(f) > 6 && !strings.HasSuffix(f[6], "nologin") && !strings.HasSuffix(f[6], "false") {
			users[f[0]] = true
		}
	}
	sh, err := shadowBytes()
	if err != nil {
		add("5.5.1.x", "account aging (needs root)", "SKIP", "re-run with sudo for per-account checks")
		return len(users)
	}
	var empty, noexp []string
	for _, l := range strings.Split(string(sh), "\n") {
		f := strings.Split(l, ":")
		if len(f) < 5 || !users[f[0]] {
			continue
		}
		if f[1] == "" {
			empty = append(empty, f[0])
		}
		if f[4] == "" || f[4] == "99999" {
			noexp = append(noexp, f[0])
		}
	}
	if len(empty) > 0 {
		add("6.2.1", "no empty password fields", "FAIL", "lock: passwd -l "+strings.Join(empty, " "))
	} else {
		add("6.2.1", "no empty password fields", "PASS", "")
	}
	if len(noexp) > 0 {
		add("5.5.1.1", "interactive accounts have max age", "FAIL", "chage --maxdays 365 "+strings.Join(noexp, " "))
	} else {
		add("5.5.1.1", "interactive accounts have max age", "PASS", "")
	}
	return len(users)
}
