// Package money formats amounts of money.
package money

import "fmt"

// Cents is an amount in hundredths of a unit.
type Cents int64

// Format renders an amount such as 1234 as "12.34" and -5 as "-0.05".
func Format(c Cents) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

// Parse reads "12.34" back into cents.
func Parse(s string) (Cents, error) {
	var whole, frac int64
	_, err := fmt.Sscanf(s, "%d.%02d", &whole, &frac)
	return Cents(whole*100 + frac), err
}
