package exchange

import (
	"errors"
	"fmt"
	"strings"

	senim "github.com/senim-kz/senim"
)

// RowError is a problem with one line of an imported file.
type RowError struct {
	Line   int    // 1-based, as a spreadsheet shows it
	Column string // the header of the column at fault, if any
	Err    error
}

func (e *RowError) Error() string {
	if e.Column != "" {
		return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// ImportError lists every bad line of a file; nothing of it is imported.
type ImportError struct{ Rows []*RowError }

func (e *ImportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d bad lines, nothing imported:", len(e.Rows))
	for i, r := range e.Rows {
		if i == 20 {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Rows)-20)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(r.Error())
	}
	return b.String()
}

// The headers the official KATO file uses, and the plainer ones we accept.
var (
	katoCode = []string{"te", "code", "kato", "код", "като"}
	katoRU   = []string{"rus_name", "name_ru", "ru", "наименование на русском языке", "наименование"}
	katoKK   = []string{"kaz_name", "name_kk", "kk", "kz", "наименование на казахском языке", "атауы"}
	katoEN   = []string{"eng_name", "name_en", "en"}
)

// ReadKATOFile reads the classifier of territories from a CSV or XLSX file.
func ReadKATOFile(path string) ([]*senim.Territory, error) {
	rows, err := ReadTable(path)
	if err != nil {
		return nil, err
	}
	return ParseKATO(rows)
}

// ParseKATO turns the rows of a classifier file into territories. The first
// row names the columns. Every bad line is reported; if there is any, no
// territory is returned.
func ParseKATO(rows [][]string) ([]*senim.Territory, error) {
	if len(rows) == 0 {
		return nil, errors.New("the file is empty")
	}
	header := rows[0]
	col := func(names []string) int {
		for i, h := range header {
			h = strings.ToLower(strings.TrimSpace(h))
			for _, n := range names {
				if h == n {
					return i
				}
			}
		}
		return -1
	}
	iCode, iRU, iKK, iEN := col(katoCode), col(katoRU), col(katoKK), col(katoEN)
	if iCode < 0 {
		return nil, errors.New("no column with the code: name it te, code or kato in the first row")
	}
	if iRU < 0 && iKK < 0 {
		return nil, errors.New("no column with the name: name it rus_name (name_ru) or kaz_name (name_kk) in the first row")
	}
	cell := func(row []string, i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[i])
	}
	var out []*senim.Territory
	var bad []*RowError
	seen := map[senim.KATO]int{}
	for n, row := range rows[1:] {
		line := n + 2
		if strings.TrimSpace(strings.Join(row, "")) == "" {
			continue
		}
		code := cell(row, iCode)
		k, err := senim.ParseKATO(code)
		if err != nil {
			bad = append(bad, &RowError{Line: line, Column: header[iCode], Err: fmt.Errorf("%q is not a 9-digit KATO code", code)})
			continue
		}
		if first, dup := seen[k]; dup {
			bad = append(bad, &RowError{Line: line, Column: header[iCode], Err: fmt.Errorf("the code %s is already on line %d", k, first)})
			continue
		}
		seen[k] = line
		t := &senim.Territory{Code: k, NameRU: cell(row, iRU), NameKK: cell(row, iKK), NameEN: cell(row, iEN)}
		if err := t.Validate(); err != nil {
			bad = append(bad, &RowError{Line: line, Err: errors.New("no name in Russian or Kazakh")})
			continue
		}
		if k == senim.CountryKATO {
			continue // the country is built in
		}
		out = append(out, t)
	}
	if len(bad) > 0 {
		return nil, &ImportError{Rows: bad}
	}
	if len(out) == 0 {
		return nil, errors.New("the file has no territories")
	}
	return out, nil
}
