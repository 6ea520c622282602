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

// monthChart draws appeals received and solved positively by month, in a
// plot of the same size whatever the number of months: a year's months are
// each labelled; over a longer period, only Januaries, by their year.
func monthChart(lang string, months []senim.MonthCount) chart {
	const width, height, top, bottom, minLabel = 480, 160, 10, 24, 36
	c := chart{Width: width, Height: height}
	for _, m := range months {
		c.Max = max(c.Max, m.Received)
	}
	n := max(len(months), 12)
	slot := width / n
	gap := min(6, slot/5)
	every := 1 // label every so many Januaries, so that labels do not touch
	for slot*12*every < minLabel {
		every++
	}
	plot := height - top - bottom
	for i, m := range months {
		h, sh := 0, 0
		if c.Max > 0 {
			h = int(m.Received * int64(plot) / c.Max)
			sh = int(m.Solved * int64(plot) / c.Max)
		}
		mon, _ := senim.ParseMonth(m.Month)
		label := ""
		switch {
		case slot >= minLabel:
			label = monthAbbr[lang][mon.Month-1]
		case mon.Month == time.January && mon.Year%every == 0:
			label = fmt.Sprint(mon.Year)
		}
		x := i*width/n + gap
		c.Bars = append(c.Bars, bar{
			X: x, Y: top + plot - h, W: max(slot-2*gap, 1), H: h, SY: top + plot - sh, SH: sh,
			Label: label, LabelX: i*width/n + slot/2, Base: height - 6,
			Title: fmt.Sprintf("%s %d: %d / %d", monthNames[lang][mon.Month-1], mon.Year, m.Received, m.Solved),
		})
	}
	return c
}
