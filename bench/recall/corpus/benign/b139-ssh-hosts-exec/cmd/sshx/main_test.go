package main

import "testing"

func TestIsRead(t *testing.T) {
	h := Host{}
	if !isRead(h, "df -h") {
		t.Fatal("df should be read")
	}
	if isRead(h, "df -h; rm -rf /") {
		t.Fatal("metachar should not be read")
	}
	if isRead(h, "systemctl restart nginx") {
		t.Fatal("restart is not read")
	}
}

func TestQuote(t *testing.T) {
	if got := quote([]string{"echo", "a b"}); got != "echo 'a b'" {
		t.Fatal(got)
	}
}
