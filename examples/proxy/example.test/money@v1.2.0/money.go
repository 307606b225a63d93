// Package money formats amounts of money.
package money

import "fmt"

// Cents is an amount in hundredths of a unit.
type Cents int64

// Format renders an amount such as 1234 as "12.34".
// (v1.2.0 mishandles negative amounts: the advisory in examples/vulndb.)
func Format(c Cents) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

// Parse reads "12.34" back into cents.
func Parse(s string) (Cents, error) {
	var whole, frac int64
	_, err := fmt.Sscanf(s, "%d.%02d", &whole, &frac)
	return Cents(whole*100 + frac), err
}
