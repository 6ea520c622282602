package exchange

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"golang.org/x/text/encoding/charmap"
)

func TestParseKATO(t *testing.T) {
	// The official file's columns, in its order, semicolon-separated.
	official := "te;ab;cd;ef;hij;k;kaz_name;rus_name;nn\n" +
		"350000000;35;00;00;000;1;Қарағанды облысы;Карагандинская область;\n" +
		"351600000;35;16;00;000;2;Абай ауданы;Абайский район;\n" +
		"351620100;35;16;20;100;4;Топар кенті;поселок Топар;\n"
	ts, err := readString(official)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 3 || ts[2].NameKK != "Топар кенті" || ts[2].NameRU != "поселок Топар" || ts[1].Code != "351600000" {
		t.Fatalf("parsed %+v", ts)
	}
}

func TestParseKATOWindows1251AndBOM(t *testing.T) {
	text := "code,name_ru,name_kk\n351600000,Абайский район,Абай ауданы\n"
	cp, _ := charmap.Windows1251.NewEncoder().String(strings.Replace(text, "Абай ауданы", "Abai audany", 1))
	for name, in := range map[string]string{"cp1251": cp, "bom": "\xef\xbb\xbf" + text} {
		ts, err := readString(in)
		if err != nil || len(ts) != 1 || ts[0].NameRU != "Абайский район" {
			t.Fatalf("%s: %+v, %v", name, ts, err)
		}
	}
}

func TestParseKATOErrors(t *testing.T) {
	cases := map[string]string{
		"te;rus_name\n35160000;Район\n":                      "line 2",
		"te;rus_name\n351600000;Район\n351600000;Дубль\n":    "line 3",
		"te;rus_name\n351600000;\n":                          "line 2",
		"te;rus_name\n35x600000;Район\n351700000;Район\nabc": "line 2",
		"name;rus_name\n351600000;Район\n":                   "no column with the code",
		"te;color\n351600000;red\n":                          "no column with the name",
		"":                                                   "empty",
		"te;rus_name\n":                                      "no territories",
	}
	for in, want := range cases {
		_, err := readString(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
	// Every bad line is named at once.
	_, err := readString("te;rus_name\n1;a\n2;b\n351600000;ok\n")
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Rows) != 2 || ie.Rows[0].Line != 2 || ie.Rows[1].Line != 3 {
		t.Fatalf("all bad lines: %v", err)
	}
}

func TestKATOFromXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kato.xlsx")
	f, _ := os.Create(path)
	err := writeXLSX(f, "KATO", []string{"te", "kaz_name", "rus_name"}, [][]any{
		{"351600000", "Абай ауданы", "Абайский район"}, {"351620100", "Топар кенті", "поселок Топар"},
	})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	ts, err := ReadKATOFile(path)
	if err != nil || len(ts) != 2 || ts[1].NameKK != "Топар кенті" {
		t.Fatalf("%+v, %v", ts, err)
	}
	os.WriteFile(path, []byte("not a workbook"), 0o600)
	if _, err := ReadKATOFile(path); err == nil || !strings.Contains(err.Error(), "XLSX") {
		t.Fatalf("broken workbook: %v", err)
	}
}

func readString(s string) ([]*senim.Territory, error) {
	rows, err := ReadCSV(bytes.NewReader([]byte(s)))
	if err != nil {
		return nil, err
	}
	return ParseKATO(rows)
}

// FuzzKATO feeds arbitrary bytes to the classifier reader: it never panics,
// and what it accepts is valid.
func FuzzKATO(f *testing.F) {
	f.Add([]byte("te;kaz_name;rus_name\n351600000;Абай ауданы;Абайский район\n"))
	f.Add([]byte("code,name_ru\n000000000,Страна\n350000000,\"Кара,ганда\"\n"))
	f.Add([]byte("\xef\xbb\xbfte;rus_name\n35\"16;x\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, err := ReadCSV(bytes.NewReader(b))
		if err != nil {
			return
		}
		ts, err := ParseKATO(rows)
		if err != nil {
			return
		}
		for _, tr := range ts {
			if err := tr.Validate(); err != nil || len(tr.Code) != 9 {
				t.Fatalf("accepted an invalid territory %+v: %v", tr, err)
			}
		}
	})
}

// writeXLSX writes a header and rows as the single sheet of a workbook.
func writeXLSX(w io.Writer, sheet string, header []string, rows [][]any) error {
	x, err := NewXLSXWriter(sheet, header)
	if err != nil {
		return err
	}
	for _, row := range rows {
		if err := x.Row(row); err != nil {
			x.Discard()
			return err
		}
	}
	return x.Finish(w)
}
