package senim

import (
	"context"
	"regexp"
	"strings"
)

// Category is a subject of appeals. The list is configurable; each category
// may set its own answer term in working days.
type Category struct {
	Code       string `json:"code"`
	NameRU     string `json:"name_ru"`
	NameKK     string `json:"name_kk"`
	NameEN     string `json:"name_en"`
	AnswerDays int    `json:"answer_days"` // working days to answer; DefaultAnswerDays when 0
	Position   int    `json:"-"`
}

// Days returns the working days an appeal of the category is answered in.
func (c *Category) Days() int {
	if c.AnswerDays > 0 {
		return c.AnswerDays
	}
	return DefaultAnswerDays
}

// Name returns the category's name in lang.
func (c *Category) Name(lang string) string { return pickName(lang, c.NameRU, c.NameKK, c.NameEN) }

var categoryCode = regexp.MustCompile(`^[a-z][a-z0-9_]{1,31}$`)

// Validate checks a category before it is stored.
func (c *Category) Validate() error {
	var p Problems
	c.Code = strings.TrimSpace(c.Code)
	if !categoryCode.MatchString(c.Code) {
		p.Add(Invalid("code", "category.code"))
	}
	if strings.TrimSpace(c.NameRU) == "" {
		p.Add(Invalid("name_ru", "required"))
	}
	if c.AnswerDays == 0 {
		c.AnswerDays = DefaultAnswerDays
	}
	if c.AnswerDays < 1 || c.AnswerDays > MaxAnswerDays {
		p.Add(Invalid("answer_days", "category.days", "max", MaxAnswerDays))
	}
	return p.Err()
}

// DefaultCategories are those of PRODUCT.md; a fresh database starts with them.
var DefaultCategories = []Category{
	{Code: "social", NameRU: "Социальная защита", NameKK: "Әлеуметтік қорғау", NameEN: "Social protection"},
	{Code: "housing", NameRU: "Жилищно-коммунальное хозяйство", NameKK: "Тұрғын үй-коммуналдық шаруашылық", NameEN: "Housing and utilities"},
	{Code: "land", NameRU: "Земельные отношения", NameKK: "Жер қатынастары", NameEN: "Land"},
	{Code: "employment", NameRU: "Трудоустройство и занятость", NameKK: "Жұмысқа орналасу және жұмыспен қамту", NameEN: "Employment"},
	{Code: "health", NameRU: "Здравоохранение", NameKK: "Денсаулық сақтау", NameEN: "Health"},
	{Code: "education", NameRU: "Образование", NameKK: "Білім беру", NameEN: "Education"},
	{Code: "roads", NameRU: "Дороги и транспорт", NameKK: "Жолдар және көлік", NameEN: "Roads and transport"},
	{Code: "law_order", NameRU: "Правопорядок", NameKK: "Құқықтық тәртіп", NameEN: "Law and order"},
	{Code: "business", NameRU: "Предпринимательство", NameKK: "Кәсіпкерлік", NameEN: "Business"},
	{Code: "ecology", NameRU: "Экология", NameKK: "Экология", NameEN: "Ecology"},
	{Code: "other", NameRU: "Прочее", NameKK: "Басқа", NameEN: "Other"},
}

// CategoryService keeps the list of categories.
type CategoryService interface {
	FindCategories(ctx context.Context) ([]*Category, error)
	// SaveCategory inserts or updates a category by its code.
	SaveCategory(ctx context.Context, c *Category) error
}
