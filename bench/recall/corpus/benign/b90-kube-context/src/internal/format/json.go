package format

import (
	"encoding/json"
	"io"
)

func init() {
	Register("json", func(w io.Writer, ctxs []Context) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(ctxs)
	})
	Register("name", func(w io.Writer, ctxs []Context) error {
		for _, c := range ctxs {
			if _, err := io.WriteString(w, c.Name+"\n"); err != nil {
				return err
			}
		}
		return nil
	})
}
