package http

import (
	"fmt"
	"time"

	senim "github.com/senim-kz/senim"
)

// chart is a bar chart drawn as SVG on the server: it prints, and needs no
// script. Bars are laid out here; the template only draws them.
type chart struct {
	Width, Height int
	Bars          []bar
	Max           int64
}

type bar struct {
	X, Y, W, H   int // the received bar
	SY, SH       int // the solved part of it
	Label        string
	Title        string
	LabelX, Base int
}

var monthAbbr = map[string][12]string{
	"ru": {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
	"kk": {"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"},
	"en": {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// monthChart draws appeals received and solved positively by month.
func monthChart(lang string, months []senim.MonthCount) chart {
	const height, top, bottom, slot = 160, 10, 24, 40
	c := chart{Width: max(len(months)*slot, slot), Height: height}
	for _, m := range months {
		c.Max = max(c.Max, m.Received)
	}
	plot := height - top - bottom
	for i, m := range months {
		h, sh := 0, 0
		if c.Max > 0 {
			h = int(m.Received * int64(plot) / c.Max)
			sh = int(m.Solved * int64(plot) / c.Max)
		}
		mon, _ := time.Parse("2006-01", m.Month)
		x := i*slot + 6
		c.Bars = append(c.Bars, bar{
			X: x, Y: top + plot - h, W: slot - 12, H: h, SY: top + plot - sh, SH: sh,
			Label: monthAbbr[lang][mon.Month()-1], LabelX: i*slot + slot/2, Base: height - 6,
			Title: fmt.Sprintf("%s: %d / %d", m.Month, m.Received, m.Solved),
		})
	}
	return c
}
