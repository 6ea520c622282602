package store

import (
	"context"
	"database/sql"
	"errors"

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
	return db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO categories (code, name_ru, name_kk, name_en, answer_days, position)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET name_ru = excluded.name_ru, name_kk = excluded.name_kk,
				name_en = excluded.name_en, answer_days = excluded.answer_days, position = excluded.position`,
			c.Code, c.NameRU, c.NameKK, c.NameEN, c.AnswerDays, c.Position)
		return err
	})
}

// answerDays returns a category's answer term, or ENOTFOUND-as-invalid.
func answerDays(q queryer, code string) (int, error) {
	var n int
	err := q.QueryRow("SELECT answer_days FROM categories WHERE code = ?", code).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, senim.Invalid("category", "category.unknown", "code", code)
	}
	return n, err
}
