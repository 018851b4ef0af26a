package format

import (
	"fmt"
	"io"
	"text/tabwriter"
)

func init() {
	Register("table", func(w io.Writer, ctxs []Context) error {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "CURRENT\tNAME\tCLUSTER\tSERVER\tNAMESPACE\tUSER")
		for _, c := range ctxs {
			mark := ""
			if c.Current {
				mark = "*"
			}
			ns := c.Namespace
			if ns == "" {
				ns = "default"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", mark, c.Name, c.Cluster, c.Server, ns, c.User)
		}
		return tw.Flush()
	})
}
