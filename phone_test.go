package senim_test

import (
	"errors"
	"regexp"
	"testing"

	"github.com/senim-kz/senim"
)

func TestNormalizePhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"+7 701 123 45 67", "+77011234567"},
		{"+77011234567", "+77011234567"},
		{"+7 (701) 123-45-67", "+77011234567"},
		{"+ 7 701 1234567", "+77011234567"},
		{"8 (701) 123-45-67", "+77011234567"},
		{"8-701-123-45-67", "+77011234567"},
		{"87011234567", "+77011234567"},
		{"77011234567", "+77011234567"},
		{"7 701 123 4567", "+77011234567"},
		{"7011234567", "+77011234567"},
		{"701.123.45.67", "+77011234567"},
		{"(701) 123 45 67", "+77011234567"},
		{"  8 727 272 12 34\n", "+77272721234"}, // Almaty landline
		{"8 (7172) 74-12-34", "+77172741234"},   // Astana landline
		{"+7\u00a0701\u00a0123\u00a045\u00a067", "+77011234567"},
		{"8 600 123 45 67", "+76001234567"},
		{"3001234567", "+73001234567"},
		{"+7 999 123 45 67", "+79991234567"},
	}
	for _, tt := range tests {
		got, err := senim.NormalizePhone(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("NormalizePhone(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestNormalizePhoneErrors(t *testing.T) {
	tests := []struct {
		in, key string
		got     int // arg "got" of phone.length
	}{
		{"", "phone.length", 0},
		{"+", "phone.length", 0},
		{"-- ()", "phone.length", 0},
		{"701 123 45 6", "phone.length", 9},
		{"+7 701 123 45 6", "phone.length", 10},
		{"+7 701 123 45 678", "phone.length", 12},
		{"8 701 123 45 678", "phone.length", 12},
		{"870112345678", "phone.length", 12},
		{"97011234567", "phone.length", 11}, // 11 digits start with neither 7 nor 8
		{"+8 701 123 45 67", "phone.country", 0},
		{"+996 555 123 456", "phone.country", 0},
		{"+1 202 555 0123", "phone.country", 0},
		{"8 (012) 345-67-89", "phone.code", 0},
		{"+7 101 234 56 78", "phone.code", 0},
		{"2012345678", "phone.code", 0},
		{"701 123 45 67 ext 5", "phone.chars", 0},
		{"8 701 I23 45 67", "phone.chars", 0},
		{"7+7011234567", "phone.chars", 0},
		{"++77011234567", "phone.chars", 0},
		{"+7/701/1234567", "phone.chars", 0},
		{"+7_701_1234567", "phone.chars", 0},
		{"８７０１１２３４５６７", "phone.chars", 0}, // full-width digits
		{"8 701 123 45 67;", "phone.chars", 0},
	}
	for _, tt := range tests {
		got, err := senim.NormalizePhone(tt.in)
		var e *senim.Error
		if !errors.As(err, &e) || e.Key != tt.key || e.Code != senim.EINVALID || e.Field != "phone" {
			t.Errorf("NormalizePhone(%q) = %q, %v; want invalid phone %s", tt.in, got, err, tt.key)
			continue
		}
		if got != "" {
			t.Errorf("NormalizePhone(%q) returned %q with its error", tt.in, got)
		}
		if tt.key == "phone.length" && e.Args["got"] != tt.got {
			t.Errorf("NormalizePhone(%q): got=%v, want %d", tt.in, e.Args["got"], tt.got)
		}
	}
}

var e164KZ = regexp.MustCompile(`^\+7[3-9]\d{9}$`)

func FuzzNormalizePhone(f *testing.F) {
	for _, s := range []string{
		"+7 701 123 45 67", "8 (701) 123-45-67", "87011234567", "77011234567", "7011234567",
		"+8 701", "0123456789", "abc", "", "+", "8 701 123 45 67 ", "\u00a0+77011234567",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := senim.NormalizePhone(s)
		if err != nil {
			var e *senim.Error
			if !errors.As(err, &e) || e.Code != senim.EINVALID || e.Field != "phone" {
				t.Fatalf("NormalizePhone(%q) error %v is not an invalid-phone error", s, err)
			}
			return
		}
		if !e164KZ.MatchString(got) {
			t.Fatalf("NormalizePhone(%q) = %q, not +7 E.164", s, got)
		}
		again, err := senim.NormalizePhone(got)
		if err != nil || again != got {
			t.Fatalf("NormalizePhone(%q) = %q, %v; want it unchanged", got, again, err)
		}
	})
}
