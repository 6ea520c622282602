package senim

import (
	"strings"
	"time"
)

// Sex is a person's sex as the IIN records it.
type Sex string

const (
	Male   Sex = "m"
	Female Sex = "f"
)

// IIN is a valid individual identification number of Kazakhstan with what it
// tells about its holder. Number is the 12 digits.
//
// The digits are YYMMDD, the date of birth; one digit for the century of
// birth and the sex (1 and 2 for men and women born in the 1800s, 3 and 4 in
// the 1900s, 5 and 6 in the 2000s); a serial of four digits; and a check
// digit.
type IIN struct {
	Number    string
	BirthDate Date
	Sex       Sex
}

// ParseIIN checks an IIN and reads its date of birth and sex. Leading and
// trailing white space is dropped; anything else but exactly 12 ASCII digits
// is refused. The errors are senim.Invalid for the field "iin" with the keys
// iin.digits (a character that is not a digit), iin.length (not 12 digits;
// arg "got": how many there are), iin.century (a 7th digit other than 1–6),
// iin.date (no such date of birth) and iin.checksum (a wrong or impossible
// check digit). The errors never carry the number itself.
func ParseIIN(s string) (IIN, error) {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return IIN{}, Invalid("iin", "iin.digits")
		}
	}
	if len(s) != 12 {
		return IIN{}, Invalid("iin", "iin.length", "got", len(s))
	}
	var digits [12]int
	for i := range digits {
		digits[i] = int(s[i] - '0')
	}

	c := digits[6]
	if c < 1 || c > 6 {
		return IIN{}, Invalid("iin", "iin.century")
	}
	sex := Female
	if c%2 == 1 {
		sex = Male
	}
	year := 1800 + 100*((c-1)/2) + 10*digits[0] + digits[1]
	month := time.Month(10*digits[2] + digits[3])
	day := 10*digits[4] + digits[5]
	birth := NewDate(year, month, day)
	if birth.Year() != year || birth.Month() != month || birth.Day() != day {
		return IIN{}, Invalid("iin", "iin.date")
	}

	check, ok := iinCheckDigit([11]int(digits[:11]))
	if !ok || check != digits[11] {
		return IIN{}, Invalid("iin", "iin.checksum")
	}
	return IIN{Number: s, BirthDate: birth, Sex: sex}, nil
}

// iinCheckDigit computes the check digit of the first 11 digits of an IIN:
// the sum of the digits weighted 1, 2, …, 11, modulo 11; when that is 10, the
// sum weighted 3, 4, …, 11, 1, 2, modulo 11. When that is 10 too, no IIN has
// these 11 digits, and ok is false.
func iinCheckDigit(d [11]int) (check int, ok bool) {
	sum := 0
	for i, x := range d {
		sum += (i + 1) * x
	}
	if check = sum % 11; check != 10 {
		return check, true
	}
	sum = 0
	for i, x := range d {
		sum += ((i+2)%11 + 1) * x
	}
	if check = sum % 11; check != 10 {
		return check, true
	}
	return 0, false
}

// MakeIIN builds the valid IIN of a person born on birth, of the given sex,
// with the given serial (the 8th to 11th digits, 0–9999), check digit
// included. It reports false when no IIN has these parts: a birth date
// outside 1800–2099, a sex other than Male or Female, a serial out of range,
// or a serial whose check digit comes out as 10 in both passes (such numbers
// are never issued; the next serial will do). It is meant for test data and
// the demo generator.
func MakeIIN(birth Date, sex Sex, serial int) (string, bool) {
	y := birth.Year()
	if birth.IsZero() || y < 1800 || y > 2099 || serial < 0 || serial > 9999 {
		return "", false
	}
	var c int
	switch sex {
	case Male:
		c = 1
	case Female:
		c = 2
	default:
		return "", false
	}
	c += 2 * (y/100 - 18)

	m, day := int(birth.Month()), birth.Day()
	d := [11]int{
		y % 100 / 10, y % 10, m / 10, m % 10, day / 10, day % 10,
		c, serial / 1000, serial / 100 % 10, serial / 10 % 10, serial % 10,
	}
	check, ok := iinCheckDigit(d)
	if !ok {
		return "", false
	}
	b := make([]byte, 12)
	for i, x := range d {
		b[i] = byte('0' + x)
	}
	b[11] = byte('0' + check)
	return string(b), true
}

// Masked returns the number with all but its first two and last two digits
// hidden: "85********12".
func (i IIN) Masked() string {
	n := i.Number
	if len(n) <= 4 {
		return strings.Repeat("*", len(n))
	}
	return n[:2] + strings.Repeat("*", len(n)-4) + n[len(n)-2:]
}

// Age returns the holder's age in whole years on the given day. A person born
// on 29 February turns a year older on 28 February in common years, as a term
// counted in years ends on the last day of the month when the month has no
// such day. Before the date of birth the age is 0.
func (i IIN) Age(on Date) int {
	b := i.BirthDate
	if !b.Before(on) {
		return 0
	}
	age := on.Year() - b.Year()
	// The birthday in the year of on, moved back to 28 February when there
	// is no 29th.
	bm, bd := b.Month(), b.Day()
	if bm == time.February && bd == 29 && NewDate(on.Year(), time.February, 29).Month() != time.February {
		bd = 28
	}
	if on.Month() < bm || (on.Month() == bm && on.Day() < bd) {
		age--
	}
	return age
}
