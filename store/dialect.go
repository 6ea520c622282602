package store

import (
	"strings"
	"unicode"
)

// The engine differences, in one place: how an appeal's text is indexed for
// full-text search and how a search matches it. Everything else is the same
// SQL on both engines.

// foldText prepares text for the search index and for queries alike:
// lower case, ё folded to е, everything but letters and digits a space.
func foldText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 'ё' || r == 'Ё':
			return 'е'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
}

// searchTerms turns what a user typed into at most 8 folded words.
func searchTerms(q string) []string {
	terms := strings.Fields(foldText(q))
	if len(terms) > 8 {
		terms = terms[:8]
	}
	return terms
}

// indexAppealText adds an appeal's words to the search index.
func (tx *Tx) indexAppealText(appealID, text string) error {
	body := foldText(text)
	if tx.db.engine == Postgres {
		_, err := tx.Exec("INSERT INTO appeal_search (appeal_id, body) VALUES (?, to_tsvector('simple', ?))", appealID, body)
		return err
	}
	res, err := tx.Exec("INSERT INTO appeal_search_ids (appeal_id) VALUES (?)", appealID)
	if err != nil {
		return err
	}
	n, err := res.LastInsertId()
	if err != nil {
		return err
	}
	_, err = tx.Exec("INSERT INTO appeal_search (rowid, body) VALUES (?, ?)", n, body)
	return err
}

// matchAppealText returns a predicate on appeals aliased "a" that holds when
// every term is a prefix of a word of the appeal, and its one argument.
func (db *DB) matchAppealText(terms []string) (string, any) {
	if db.engine == Postgres {
		return "a.id IN (SELECT appeal_id FROM appeal_search WHERE body @@ to_tsquery('simple', ?))",
			strings.Join(terms, ":* & ") + ":*"
	}
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = `"` + t + `"*`
	}
	return "a.id IN (SELECT m.appeal_id FROM appeal_search_ids m WHERE m.n IN (SELECT rowid FROM appeal_search WHERE appeal_search MATCH ?))",
		strings.Join(q, " ")
}
