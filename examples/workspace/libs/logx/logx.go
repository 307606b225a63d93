// Package logx is a local module the workspace swaps in with a replace.
package logx

import "fmt"

// Println writes a line with a prefix.
func Println(s string) { fmt.Println("[shop] " + s) }
