// Package textfmt pads and aligns text columns.
package textfmt

import "strings"

// PadRight pads s with spaces to width runes.
func PadRight(s string, width int) string {
	if n := len([]rune(s)); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
