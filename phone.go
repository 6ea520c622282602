package senim

import (
	"strings"
	"unicode"
)

// NormalizePhone reads a phone number in one of the ways people write
// Kazakhstan's numbers and returns it in E.164 form, "+7XXXXXXXXXX":
//
//	+7 701 123 45 67    8 (701) 123-45-67    87011234567
//	77011234567         701.123.45.67        7011234567
//
// Digits may be grouped with spaces, dashes, dots and parentheses; a "+" may
// only come first. Without "+", 11 digits must start with the trunk prefix 8
// or the country code 7, and 10 digits are the national number. The errors
// are senim.Invalid for the field "phone" with the keys phone.chars (a letter
// or another symbol), phone.country (a country code other than 7 after "+"),
// phone.length (a wrong number of digits; arg "got": how many there are) and
// phone.code (a national number starting with 0, 1 or 2, which no area or
// mobile code does).
func NormalizePhone(s string) (string, error) {
	s = strings.TrimSpace(s)
	plus := strings.HasPrefix(s, "+")
	if plus {
		s = s[1:]
	}
	digits := make([]byte, 0, 11)
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == '-' || r == '.' || r == '(' || r == ')' || unicode.IsSpace(r):
		default:
			return "", Invalid("phone", "phone.chars")
		}
	}

	var national []byte
	switch {
	case plus && len(digits) > 0 && digits[0] != '7':
		return "", Invalid("phone", "phone.country")
	case plus && len(digits) == 11:
		national = digits[1:]
	case !plus && len(digits) == 11 && (digits[0] == '7' || digits[0] == '8'):
		national = digits[1:]
	case !plus && len(digits) == 10:
		national = digits
	default:
		return "", Invalid("phone", "phone.length", "got", len(digits))
	}
	if national[0] < '3' {
		return "", Invalid("phone", "phone.code")
	}
	return "+7" + string(national), nil
}
