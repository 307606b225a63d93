// Command server prints the shop's price list.
package main

import (
	"example.test/logx"
	"example.test/shop/api"
	"example.test/textfmt"
)

func main() {
	items := []api.Item{{Name: "gopher plush", Price: 1299}, {Name: "sticker", Price: 250}}
	for _, it := range items {
		logx.Println(textfmt.PadRight(api.Label(it), 24) + "|")
	}
}
