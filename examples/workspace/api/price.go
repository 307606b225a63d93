// Package api prices items for the shop.
package api

import "example.test/money"

// Item is something the shop sells.
type Item struct {
	Name  string
	Price money.Cents
}

// Label is the text shown next to an item.
func Label(it Item) string {
	return it.Name + ": " + money.Format(it.Price)
}
