package store

import (
	"context"

	senim "github.com/senim-kz/senim"
)

// FindCategories lists the categories in their configured order.
func (db *DB) FindCategories(ctx context.Context) ([]*senim.Category, error) {
	rows, err := db.reader(ctx).Query("SELECT code, name_ru, name_kk, name_en, answer_days, position FROM categories ORDER BY position, code")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*senim.Category
	for rows.Next() {
		c := &senim.Category{}
		if err := rows.Scan(&c.Code, &c.NameRU, &c.NameKK, &c.NameEN, &c.AnswerDays, &c.Position); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SaveCategory inserts a category or updates it by code.
func (db *DB) SaveCategory(ctx context.Context, c *senim.Category) error {
	if err := c.Validate(); err != nil {
		return err
	}
	err := db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO categories (code, name_ru, name_kk, name_en, answer_days, position)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET name_ru = excluded.name_ru, name_kk = excluded.name_kk,
				name_en = excluded.name_en, answer_days = excluded.answer_days, position = excluded.position`,
			c.Code, c.NameRU, c.NameKK, c.NameEN, c.AnswerDays, c.Position)
		return err
	})
	db.terms.Store(map[string]int(nil))
	return err
}

// answerDays returns a category's answer term, or an EINVALID error for an
// unknown category. Terms are read once and kept until a category is saved.
func (db *DB) answerDays(q queryer, code string) (int, error) {
	terms, _ := db.terms.Load().(map[string]int)
	if terms == nil {
		rows, err := q.Query("SELECT code, answer_days FROM categories")
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		terms = map[string]int{}
		for rows.Next() {
			var c string
			var n int
			if err := rows.Scan(&c, &n); err != nil {
				return 0, err
			}
			terms[c] = n
		}
		if err := rows.Err(); err != nil {
			return 0, err
		}
		db.terms.Store(terms)
	}
	n, ok := terms[code]
	if !ok {
		return 0, senim.Invalid("category", "category.unknown", "code", code)
	}
	return n, nil
}
