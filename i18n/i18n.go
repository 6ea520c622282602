// Package i18n holds the message catalogs (Russian, Kazakh, English) and
// picks the language of a request. Messages are looked up by key; plural
// forms follow the CLDR rules (Russian one/few/many/other, Kazakh and
// English one/other) through golang.org/x/text.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Languages are the interface's languages; the first is the default.
var Languages = []string{"ru", "kk", "en"}

// Default is the language when nothing else is known.
const Default = "ru"

//go:embed *.json
var files embed.FS

// message is one catalog entry: a plain text, or texts per plural form.
type message struct {
	text  string
	forms map[string]string
}

func (m *message) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &m.text)
	}
	return json.Unmarshal(b, &m.forms)
}

var (
	catalogs = map[string]map[string]message{}
	tags     = map[string]language.Tag{"ru": language.Russian, "kk": language.Kazakh, "en": language.English}
	matcher  = language.NewMatcher([]language.Tag{language.Russian, language.Kazakh, language.English})
)

func init() {
	for _, lang := range Languages {
		b, err := files.ReadFile(lang + ".json")
		if err != nil {
			panic(err)
		}
		m := map[string]message{}
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("i18n: %s.json: %v", lang, err))
		}
		catalogs[lang] = m
	}
}

// Supported reports whether lang is one of Languages.
func Supported(lang string) bool {
	_, ok := catalogs[lang]
	return ok
}

// Negotiate picks the best language for an Accept-Language header.
func Negotiate(acceptLanguage string) string {
	prefs, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(prefs) == 0 {
		return Default
	}
	_, i, conf := matcher.Match(prefs...)
	if conf == language.No {
		return Default
	}
	return Languages[i]
}

// Has reports whether the catalog of lang has key.
func Has(lang, key string) bool {
	_, ok := catalogs[lang][key]
	return ok
}

// T returns the message key in lang with {name} placeholders filled from
// args. A key missing from lang falls back to Russian, then to the key.
func T(lang, key string, args map[string]any) string {
	m, ok := lookup(lang, key)
	if !ok {
		return key
	}
	text := m.text
	if m.forms != nil {
		text = m.forms["other"]
	}
	return fill(text, args)
}

// N returns the plural message key for the count n in lang; {n} is n.
func N(lang, key string, n int, args map[string]any) string {
	m, ok := lookup(lang, key)
	if !ok {
		return key
	}
	text := m.text
	if m.forms != nil {
		text = m.forms[Form(lang, n)]
		if text == "" {
			text = m.forms["other"]
		}
	}
	all := map[string]any{"n": n}
	for k, v := range args {
		all[k] = v
	}
	return fill(text, all)
}

// Form returns the CLDR plural form ("one", "few", "many", "other") of n in lang.
func Form(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	switch plural.Cardinal.MatchPlural(tags[lang], n, 0, 0, 0, 0) {
	case plural.One:
		return "one"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	case plural.Two:
		return "two"
	case plural.Zero:
		return "zero"
	}
	return "other"
}

// Keys returns every key of lang's catalog.
func Keys(lang string) []string {
	out := make([]string, 0, len(catalogs[lang]))
	for k := range catalogs[lang] {
		out = append(out, k)
	}
	return out
}

func lookup(lang, key string) (message, bool) {
	if m, ok := catalogs[lang][key]; ok {
		return m, true
	}
	m, ok := catalogs[Default][key]
	return m, ok
}

func fill(text string, args map[string]any) string {
	if len(args) == 0 || !strings.Contains(text, "{") {
		return text
	}
	pairs := make([]string, 0, 2*len(args))
	for k, v := range args {
		pairs = append(pairs, "{"+k+"}", fmt.Sprint(v))
	}
	return strings.NewReplacer(pairs...).Replace(text)
}
