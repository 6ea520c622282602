package senim_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/senim-kz/senim"
)

// iinErrKey returns the message key of a senim.Error, "" for nil, and fails
// the test for any other error.
func iinErrKey(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var e *senim.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not a *senim.Error", err)
	}
	return e.Key
}

func TestParseIIN(t *testing.T) {
	tests := []struct {
		in    string
		birth string
		sex   senim.Sex
		why   string
	}{
		// 9,0,0,1,0,1,3,0,0,0,1 weighted 1..11: 9+4+6+21+11 = 51; 51 mod 11 = 7.
		{"900101300017", "1990-01-01", senim.Male, "first pass"},
		// First pass: 186 mod 11 = 10; weights 3..11,1,2: 161 mod 11 = 7.
		{"850714300907", "1985-07-14", senim.Male, "second pass"},
		{"  900101300017\t\n", "1990-01-01", senim.Male, "surrounding white space dropped"},
		{mustIIN(t, "1850-03-02", senim.Male, 12), "1850-03-02", senim.Male, "7th digit 1"},
		{mustIIN(t, "1899-12-31", senim.Female, 1), "1899-12-31", senim.Female, "7th digit 2"},
		{mustIIN(t, "1900-01-01", senim.Male, 4321), "1900-01-01", senim.Male, "7th digit 3"},
		{mustIIN(t, "1996-02-29", senim.Female, 55), "1996-02-29", senim.Female, "7th digit 4, leap day"},
		{mustIIN(t, "2000-02-29", senim.Male, 9999), "2000-02-29", senim.Male, "7th digit 5, 2000 is a leap year"},
		{mustIIN(t, "2024-10-05", senim.Female, 0), "2024-10-05", senim.Female, "7th digit 6"},
	}
	for _, tt := range tests {
		got, err := senim.ParseIIN(tt.in)
		if err != nil {
			t.Errorf("ParseIIN(%q) (%s): %v", tt.in, tt.why, err)
			continue
		}
		want := senim.IIN{Number: strings.TrimSpace(tt.in), BirthDate: senim.MustDate(tt.birth), Sex: tt.sex}
		if got != want {
			t.Errorf("ParseIIN(%q) (%s) = %+v, want %+v", tt.in, tt.why, got, want)
		}
	}
}

func TestParseIINErrors(t *testing.T) {
	tests := []struct {
		in  string
		key string
		why string
	}{
		{"", "iin.length", "empty"},
		{"   ", "iin.length", "blank"},
		{"90010130001", "iin.length", "11 digits"},
		{"9001013000170", "iin.length", "13 digits"},
		{"9001013000a7", "iin.digits", "a letter"},
		{"900101 300017", "iin.digits", "a space inside"},
		{"900101-300017", "iin.digits", "a dash"},
		{"+900101300017", "iin.digits", "a sign"},
		{"９００１０１３０００１７", "iin.digits", "full-width digits"},
		{"900101٣00017", "iin.digits", "an Arabic-Indic digit"},
		{"900101000016", "iin.century", "7th digit 0"},
		{"900101700017", "iin.century", "7th digit 7"},
		{"900101900017", "iin.century", "7th digit 9"},
		{"991332300017", "iin.date", "month 13"},
		{"990001300017", "iin.date", "month 0"},
		{"990100300017", "iin.date", "day 0"},
		{"990230300017", "iin.date", "30 February"},
		{"950229300017", "iin.date", "29 February 1995"},
		{"000229300017", "iin.date", "29 February 1900 (7th digit 3): not a leap year"},
		{"990431400017", "iin.date", "31 April"},
		{"900101300018", "iin.checksum", "wrong check digit"},
		{"900101300071", "iin.checksum", "two digits swapped"},
		{"850714300905", "iin.checksum", "wrong second-pass check digit"},
		// 8,5,0,7,1,4,3,0,0,9,7: weighted 1..11 is 263, weighted 3..11,1,2
		// is 175; both are 10 mod 11, so no check digit will do.
		{"850714300970", "iin.checksum", "check 10 in both passes, 0"},
		{"850714300979", "iin.checksum", "check 10 in both passes, 9"},
	}
	for _, tt := range tests {
		got, err := senim.ParseIIN(tt.in)
		if key := iinErrKey(t, err); key != tt.key {
			t.Errorf("ParseIIN(%q) (%s) = %+v, %v; want error %s", tt.in, tt.why, got, err, tt.key)
			continue
		}
		var e *senim.Error
		errors.As(err, &e)
		if e.Code != senim.EINVALID || e.Field != "iin" {
			t.Errorf("ParseIIN(%q): code %q field %q, want invalid iin", tt.in, e.Code, e.Field)
		}
		if got != (senim.IIN{}) {
			t.Errorf("ParseIIN(%q) returned %+v with its error", tt.in, got)
		}
	}

	_, err := senim.ParseIIN("1234567")
	var e *senim.Error
	if !errors.As(err, &e) || e.Args["got"] != 7 {
		t.Errorf("ParseIIN(7 digits) error %#v, want arg got=7", err)
	}
}

func TestParseIINAllCheckDigits(t *testing.T) {
	// Of the ten numbers that differ only in the check digit, exactly one is
	// valid.
	for _, prefix := range []string{"90010130001", "85071430090", "04052360123", "77123145678"} {
		valid := 0
		for c := '0'; c <= '9'; c++ {
			if _, err := senim.ParseIIN(prefix + string(c)); err == nil {
				valid++
			} else if key := iinErrKey(t, err); key != "iin.checksum" {
				t.Errorf("ParseIIN(%s%c): %s, want iin.checksum or success", prefix, c, key)
			}
		}
		if valid != 1 {
			t.Errorf("%d check digits are valid after %s, want 1", valid, prefix)
		}
	}
}

func TestMakeIIN(t *testing.T) {
	tests := []struct {
		birth  string
		sex    senim.Sex
		serial int
		want   string
		ok     bool
	}{
		{"1990-01-01", senim.Male, 1, "900101300017", true},
		{"1985-07-14", senim.Male, 90, "850714300907", true},
		{"1985-07-14", senim.Male, 97, "", false}, // check 10 in both passes
		{"1985-07-14", senim.Sex("x"), 1, "", false},
		{"1985-07-14", senim.Male, -1, "", false},
		{"1985-07-14", senim.Male, 10000, "", false},
		{"1799-12-31", senim.Male, 1, "", false},
		{"2100-01-01", senim.Female, 1, "", false},
	}
	for _, tt := range tests {
		got, ok := senim.MakeIIN(senim.MustDate(tt.birth), tt.sex, tt.serial)
		if got != tt.want || ok != tt.ok {
			t.Errorf("MakeIIN(%s, %q, %d) = %q, %v; want %q, %v", tt.birth, tt.sex, tt.serial, got, ok, tt.want, tt.ok)
		}
	}
	if got, ok := senim.MakeIIN(senim.Date{}, senim.Male, 1); ok {
		t.Errorf("MakeIIN(zero date) = %q, true", got)
	}

	// Every number MakeIIN builds parses back to its parts. One serial in
	// eleven needs the second pass, and one in eleven of those fails it too:
	// about one serial in 121 has no valid check digit.
	births := []string{"1800-01-01", "1899-12-31", "1900-02-28", "1968-11-30", "2000-02-29", "2099-12-31"}
	for _, b := range births {
		for _, sex := range []senim.Sex{senim.Male, senim.Female} {
			failed := 0
			for serial := 0; serial <= 9999; serial++ {
				n, ok := senim.MakeIIN(senim.MustDate(b), sex, serial)
				if !ok {
					failed++
					continue
				}
				got, err := senim.ParseIIN(n)
				if err != nil || got.BirthDate != senim.MustDate(b) || got.Sex != sex || n[7:11] != fmtSerial(serial) {
					t.Fatalf("MakeIIN(%s, %s, %d) = %s; ParseIIN gives %+v, %v", b, sex, serial, n, got, err)
				}
			}
			if failed < 60 || failed > 110 {
				t.Errorf("%s %s: %d of 10000 serials have no check digit, want about 83", b, sex, failed)
			}
		}
	}
}

func fmtSerial(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", 4-len(s)) + s
}

func TestIINMasked(t *testing.T) {
	tests := []struct{ number, want string }{
		{"850714300907", "85********07"},
		{"900101300017", "90********17"},
		{"", ""},
		{"123", "***"},
	}
	for _, tt := range tests {
		if got := (senim.IIN{Number: tt.number}).Masked(); got != tt.want {
			t.Errorf("Masked(%q) = %q, want %q", tt.number, got, tt.want)
		}
	}
}

func TestIINAge(t *testing.T) {
	tests := []struct {
		birth, on string
		want      int
	}{
		{"1990-06-15", "2025-06-14", 34},
		{"1990-06-15", "2025-06-15", 35},
		{"1990-06-15", "2025-12-31", 35},
		{"1990-06-15", "2026-01-01", 35},
		{"1990-06-15", "1990-06-15", 0},
		{"1990-06-15", "1991-06-14", 0},
		{"1990-06-15", "1991-06-15", 1},
		{"1990-06-15", "1980-01-01", 0}, // before birth
		{"2008-02-29", "2026-02-27", 17},
		{"2008-02-29", "2026-02-28", 18}, // no 29 February in 2026
		{"2008-02-29", "2028-02-28", 19}, // 2028 has one
		{"2008-02-29", "2028-02-29", 20},
		{"1899-12-31", "2025-01-01", 125},
	}
	for _, tt := range tests {
		i := senim.IIN{BirthDate: senim.MustDate(tt.birth)}
		if got := i.Age(senim.MustDate(tt.on)); got != tt.want {
			t.Errorf("Age(born %s) on %s = %d, want %d", tt.birth, tt.on, got, tt.want)
		}
	}
}

// mustIIN builds a valid IIN for test data.
func mustIIN(t *testing.T, birth string, sex senim.Sex, serial int) string {
	t.Helper()
	n, ok := senim.MakeIIN(senim.MustDate(birth), sex, serial)
	if !ok {
		t.Fatalf("MakeIIN(%s, %s, %d) failed", birth, sex, serial)
	}
	return n
}

func FuzzParseIIN(f *testing.F) {
	for _, s := range []string{
		"900101300017", "850714300907", "850714300970", " 900101300017 ",
		"991332300017", "900101700017", "", "12345", "9001013000a7", "000229300017",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := senim.ParseIIN(s)
		if err != nil {
			var e *senim.Error
			if !errors.As(err, &e) || e.Code != senim.EINVALID || e.Field != "iin" {
				t.Fatalf("ParseIIN(%q) error %v is not an invalid-iin error", s, err)
			}
			return
		}
		if got.Number != strings.TrimSpace(s) {
			t.Fatalf("ParseIIN(%q).Number = %q", s, got.Number)
		}
		serial, err := strconv.Atoi(got.Number[7:11])
		if err != nil {
			t.Fatalf("ParseIIN(%q): serial %q: %v", s, got.Number[7:11], err)
		}
		n, ok := senim.MakeIIN(got.BirthDate, got.Sex, serial)
		if !ok || n != got.Number {
			t.Fatalf("ParseIIN(%q) = %+v, but MakeIIN gives %q, %v", s, got, n, ok)
		}
		if m := got.Masked(); len(m) != 12 || m[:2] != got.Number[:2] || m[10:] != got.Number[10:] {
			t.Fatalf("Masked(%q) = %q", got.Number, m)
		}
	})
}
