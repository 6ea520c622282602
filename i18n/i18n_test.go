package i18n

import (
	"regexp"
	"slices"
	"testing"
)

// Every catalog has the same keys, the same placeholders and the plural
// forms its language needs.
func TestCatalogsAgree(t *testing.T) {
	ph := regexp.MustCompile(`\{[a-z_]+\}`)
	needForms := map[string][]string{"ru": {"few", "many", "one", "other"}, "kk": {"one", "other"}, "en": {"one", "other"}}
	for _, lang := range Languages {
		for key, m := range catalogs["en"] {
			other, ok := catalogs[lang][key]
			if !ok {
				t.Errorf("%s: missing %q", lang, key)
				continue
			}
			if (m.forms == nil) != (other.forms == nil) {
				t.Errorf("%s: %q plural in one catalog only", lang, key)
				continue
			}
			if m.forms == nil {
				if a, b := placeholders(ph, m.text), placeholders(ph, other.text); !slices.Equal(a, b) {
					t.Errorf("%s: %q has placeholders %v, English %v", lang, key, b, a)
				}
				if other.text == "" {
					t.Errorf("%s: %q is empty", lang, key)
				}
				continue
			}
			var forms []string
			for f := range other.forms {
				forms = append(forms, f)
			}
			slices.Sort(forms)
			if !slices.Equal(forms, needForms[lang]) {
				t.Errorf("%s: %q has forms %v, want %v", lang, key, forms, needForms[lang])
			}
		}
		if len(catalogs[lang]) != len(catalogs["en"]) {
			t.Errorf("%s has %d keys, English %d", lang, len(catalogs[lang]), len(catalogs["en"]))
		}
	}
}

func placeholders(re *regexp.Regexp, s string) []string {
	p := re.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

func TestPlurals(t *testing.T) {
	cases := []struct {
		lang string
		n    int
		want string
	}{
		{"ru", 1, "1 обращение"}, {"ru", 2, "2 обращения"}, {"ru", 5, "5 обращений"}, {"ru", 11, "11 обращений"},
		{"ru", 21, "21 обращение"}, {"ru", 104, "104 обращения"}, {"ru", 0, "0 обращений"},
		{"kk", 1, "1 өтініш"}, {"kk", 5, "5 өтініш"},
		{"en", 1, "1 appeal"}, {"en", 2, "2 appeals"},
	}
	for _, c := range cases {
		if got := N(c.lang, "appeals.count", c.n, nil); got != c.want {
			t.Errorf("N(%s, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}

func TestNegotiate(t *testing.T) {
	cases := map[string]string{
		"":                        "ru",
		"kk-KZ,kk;q=0.9,ru;q=0.8": "kk",
		"en-US,en;q=0.9":          "en",
		"de-DE":                   "ru",
		"ru-RU":                   "ru",
		"fr;q=0.9, en;q=0.8":      "en",
		"garbage;;;":              "ru",
	}
	for header, want := range cases {
		if got := Negotiate(header); got != want {
			t.Errorf("Negotiate(%q) = %q, want %q", header, got, want)
		}
	}
}

func TestFill(t *testing.T) {
	if got := T("en", "iin.length", map[string]any{"got": 11}); got != "The IIN must have 12 digits; you entered 11." {
		t.Errorf("got %q", got)
	}
	if got := T("en", "no.such.key", nil); got != "no.such.key" {
		t.Errorf("missing key gives %q", got)
	}
}
