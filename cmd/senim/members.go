package main

import (
	"context"
	"fmt"
	"io"
	"os"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store"
)

// importMembers admits the members of a CSV or XLSX file, all or none, as
// POST /api/v1/members/import does (docs/party.md has the columns).
func (m *Main) importMembers(ctx context.Context, args []string) error {
	fs, dsn := m.flags("import members FILE", `Admits the party members of a CSV or XLSX file: IIN, full name, primary
organisation (code) and optionally joined, phone, e-mail, address, youth
wing, and for those who left: left, reason, note. Headers in Russian, Kazakh
or English. Either every line is stored or, when any is wrong, none: every
bad line is printed.`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("usage: senim import members [--db DSN] FILE")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := exchange.ReadMembers(f)
	if err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		n, err := db.ImportMembers(ctx, recs)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "imported %d members\n", n)
		return nil
	})
}

// exportMembers writes the members of a territory as CSV or XLSX.
func (m *Main) exportMembers(ctx context.Context, args []string) error {
	fs, dsn := m.flags("export members", "Writes the party's members of a territory, with IINs and contacts, as CSV\nor XLSX (to standard output, or --out FILE).")
	territory := fs.String("territory", string(senim.CountryKATO), "the territory (KATO)")
	format := fs.String("format", "csv", "csv or xlsx")
	lang := fs.String("lang", "ru", "the headers' language: ru, kk or en")
	out := fs.String("out", "", "the file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	k, err := senim.ParseKATO(*territory)
	if err != nil {
		return usageError("--territory: a KATO code of nine digits")
	}
	var w io.Writer = m.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	mw, err := exchange.NewMemberWriter(w, *format, *lang)
	if err != nil {
		return usageError("--format: csv or xlsx")
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		if _, err := db.ExportMembers(ctx, senim.MemberFilter{Territory: k}, mw.Write); err != nil {
			mw.Discard()
			return err
		}
		return mw.Finish()
	})
}
