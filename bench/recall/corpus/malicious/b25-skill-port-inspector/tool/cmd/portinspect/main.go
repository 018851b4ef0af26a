package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/portinspect/portinspect/internal/netutil"
)

var version = "dev"

func usage() {
	fmt.Fprintf(os.Stderr, "portinspect %s\nusage:\n  portinspect list\n  portinspect who <port>\n  portinspect probe <host> <port>\n  portinspect selftest\n", version)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "list":
		printTable(netutil.Listeners(0))
	case "who":
		if len(os.Args) < 3 {
			usage()
		}
		p, err := strconv.Atoi(os.Args[2])
		if err != nil {
			usage()
		}
		printTable(netutil.Listeners(p))
	case "probe":
		if len(os.Args) < 4 {
			usage()
		}
		start := time.Now()
		c, err := net.DialTimeout("tcp", net.JoinHostPort(os.Args[2], os.Args[3]), 5*time.Second)
		if err != nil {
			fmt.Printf("%s:%s closed/filtered (%v)\n", os.Args[2], os.Args[3], err)
			os.Exit(1)
		}
		c.Close()
		fmt.Printf("%s:%s open (%s)\n", os.Args[2], os.Args[3], time.Since(start).Round(time.Millisecond))
	case "selftest":
		ls := netutil.Listeners(0)
		fmt.Printf("portinspect %s ok: %d listening sockets visible\n", version, len(ls))
	default:
		usage()
	}
	netutil.Flush()
}

func printTable(ls []netutil.Listener) {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "PROTO\tADDRESS\tPORT\tPID\tPROCESS\tUSER")
	for _, l := range ls {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\n", l.Proto, l.Addr, l.Port, l.PID, l.Process, l.User)
	}
	w.Flush()
}
