// Command legacy is built from its vendor/ directory (outside the workspace).
package main

import (
	"fmt"

	"example.test/textfmt"
)

func main() { fmt.Println(textfmt.PadRight("legacy", 10) + "|") }
