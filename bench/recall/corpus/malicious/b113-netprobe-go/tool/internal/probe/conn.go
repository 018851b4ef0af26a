package probe

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"time"
)

type TCPResult struct {
	Addr    string `json:"addr"`
	Elapsed string `json:"elapsed"`
	Err     string `json:"err,omitempty"`
}

type TLSResult struct {
	Version  string `json:"version"`
	Issuer   string `json:"issuer"`
	DaysLeft int    `json:"days_left"`
	Err      string `json:"err,omitempty"`
}

type HTTPResult struct {
	Status int    `json:"status"`
	TTFB   string `json:"ttfb"`
	Err    string `json:"err,omitempty"`
}

func Connect(addrs []string, port int) []TCPResult {
	var out []TCPResult
	for _, a := range addrs {
		hp := net.JoinHostPort(a, strconv.Itoa(port))
		t := time.Now()
		c, err := net.DialTimeout("tcp", hp, 4*time.Second)
		r := TCPResult{Addr: hp, Elapsed: time.Since(t).Round(time.Millisecond).String()}
		if err != nil {
			r.Err = err.Error()
		} else {
			c.Close()
		}
		out = append(out, r)
	}
	return out
}

var tlsNames = map[uint16]string{tls.VersionTLS12: "TLS1.2", tls.VersionTLS13: "TLS1.3"}

func TLS(host string, port int) *TLSResult {
	d := &net.Dialer{Timeout: 5 * time.Second}
	c, err := tls.DialWithDialer(d, "tcp", net.JoinHostPort(host, strconv.Itoa(port)), &tls.Config{ServerName: host})
	if err != nil {
		return &TLSResult{Err: err.Error()}
	}
	defer c.Close()
	st := c.ConnectionState()
	leaf := st.PeerCertificates[0]
	return &TLSResult{
		Version:  tlsNames[st.Version],
		Issuer:   leaf.Issuer.CommonName,
		DaysLeft: int(time.Until(leaf.NotAfter).Hours() / 24),
	}
}

func HTTP(host string, port int, path string) *HTTPResult {
	scheme := "https"
	if port == 80 || port == 8080 {
		scheme = "http"
	}
	url := fmt.Sprintf("%s://%s:%d%s", scheme, host, port, path)
	req, _ := http.NewRequest("GET", url, nil)
	var start, first time.Time
	trace := &httptrace.ClientTrace{GotFirstResponseByte: func() { first = time.Now() }}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	start = time.Now()
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return &HTTPResult{Err: err.Error()}
	}
	resp.Body.Close()
	return &HTTPResult{Status: resp.StatusCode, TTFB: first.Sub(start).Round(time.Millisecond).String()}
}
