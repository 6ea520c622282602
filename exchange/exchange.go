// Package exchange reads and writes the tables people exchange with Senim:
// CSV (UTF-8 or Windows-1251, comma or semicolon) and XLSX, and the files
// built on them, such as the official classifier of territories (KATO).
package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// MaxFileSize is the largest file read, so that a wrong file cannot eat the
// server's memory.
const MaxFileSize = 256 << 20

// ReadTable reads the rows of a CSV or XLSX file (by its extension; the first
// sheet of a workbook).
func ReadTable(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return ReadXLSX(f)
	}
	return ReadCSV(f)
}

// ReadCSV reads CSV in UTF-8 (with or without a byte-order mark) or, when
// the bytes are not UTF-8, Windows-1251; the delimiter is a semicolon when
// the first line has more semicolons than commas.
func ReadCSV(r io.Reader) ([][]string, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("the file is larger than %d MiB", MaxFileSize>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		if b, err = charmap.Windows1251.NewDecoder().Bytes(b); err != nil {
			return nil, errors.New("the file is neither UTF-8 nor Windows-1251 text")
		}
	}
	first, _, _ := bytes.Cut(b, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(b))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("line %d: %v", pe.Line, pe.Err)
		}
		return nil, err
	}
	return rows, nil
}

// ReadXLSX reads the first sheet of a workbook.
func ReadXLSX(r io.Reader) ([][]string, error) {
	f, err := excelize.OpenReader(io.LimitReader(r, MaxFileSize))
	if err != nil {
		return nil, fmt.Errorf("not a readable XLSX workbook: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("the workbook has no sheets")
	}
	return f.GetRows(sheets[0])
}

// WriteXLSX writes a header and rows as the single sheet of a workbook.
func WriteXLSX(w io.Writer, sheet string, header []string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	h := make([]any, len(header))
	for i, v := range header {
		h[i] = v
	}
	if err := sw.SetRow("A1", h); err != nil {
		return err
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}
