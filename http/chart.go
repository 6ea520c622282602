package http

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
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

// lineChart is an indicator's chart: its measured values over time against
// the straight line from the baseline to the target (dashed), with the
// tolerance bands on the worse side of the line lightly shaded, axes with
// dates and values, and a mark for today. Coordinates are laid out here as
// strings ready for the SVG's attributes; the template only draws them.
type lineChart struct {
	Width, Height int
	Plot          rect
	YTicks        []tick // horizontal grid lines with their values
	XTicks        []tick // dates along the bottom
	Line          segment
	OnTrack       string // the band of ToleranceOnTrack below the line, as polygon points
	AtRisk        string // then up to ToleranceAtRisk
	Path          string // the measurements joined, as polyline points
	Points        []point
	Baseline      point
	Target        point
	Today         *tick // x of today, when it falls inside the chart
}

type rect struct{ X, Y, W, H int }

// Right and Bottom are the plot's far edges; the rest place the axes'
// marks and labels around it.
func (r rect) Right() int   { return r.X + r.W }
func (r rect) Bottom() int  { return r.Y + r.H }
func (r rect) TickEnd() int { return r.Y + r.H + 5 }
func (r rect) DateY() int   { return r.Y + r.H + 20 }
func (r rect) ValueX() int  { return r.X - 6 }
func (r rect) TodayY() int  { return r.Y + 11 }

type tick struct {
	Pos   string // y of a value tick, x of a date tick
	Label string
}

type segment struct{ X1, Y1, X2, Y2 string }

type point struct {
	X, Y  string
	Title string
	Last  bool
}

// effective returns the measurements that count, one per as-of date (the
// last entered), oldest first; ms come oldest first, as the store gives them.
func effective(ms []*senim.Measurement) []*senim.Measurement {
	var out []*senim.Measurement
	for _, m := range ms {
		if n := len(out); n > 0 && out[n-1].AsOf == m.AsOf {
			out[n-1] = m
			continue
		}
		out = append(out, m)
	}
	return out
}

// indicatorChart lays out the chart of ind over its measurements (oldest
// first, as the store gives them) on day today, in lang.
func indicatorChart(lang string, ind *senim.Indicator, ms []*senim.Measurement, today senim.Date) lineChart {
	const width, height, top, right, bottom, charW = 480, 280, 14, 16, 30, 8.2
	c := lineChart{Width: width, Height: height}
	b, t := ind.Baseline, ind.Target
	pts := effective(ms)
	unit := ""
	if u := senim.FindUnit(ind.Unit); u != nil {
		unit = u.Names.In(lang)
	}
	val := func(v float64) string { return formatValue(lang, v) + "\u00a0" + unit }

	// The dates: from the baseline to the target or the last measurement.
	x0, x1 := b.On, t.On
	for _, m := range pts {
		if m.AsOf.After(x1) {
			x1 = m.AsOf
		}
	}
	days := float64(max(x0.DaysUntil(x1), 1))

	// The values: everything drawn, the bands included, on round ticks.
	way := t.Value - b.Value
	lo, hi := min(b.Value, t.Value), max(b.Value, t.Value)
	for _, v := range []float64{b.Value - senim.ToleranceAtRisk*way, t.Value - senim.ToleranceAtRisk*way} {
		lo, hi = min(lo, v), max(hi, v)
	}
	for _, m := range pts {
		lo, hi = min(lo, m.Value), max(hi, m.Value)
	}
	if u := senim.FindUnit(ind.Unit); u != nil {
		lo, hi = max(lo, u.Min), min(hi, u.Max)
	}
	step := niceStep((hi - lo) / 4)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi <= lo {
		hi = lo + step
	}
	var labels []string
	for v := lo; v <= hi+step/2; v += step {
		labels = append(labels, formatValue(lang, v))
	}
	left := 10
	for _, l := range labels {
		left = max(left, int(float64(len([]rune(l)))*charW)+12)
	}
	c.Plot = rect{X: left, Y: top, W: width - left - right, H: height - top - bottom}
	pw, ph := float64(c.Plot.W), float64(c.Plot.H)
	px := func(d senim.Date) float64 { return float64(c.Plot.X) + pw*float64(x0.DaysUntil(d))/days }
	py := func(v float64) float64 { return float64(c.Plot.Y) + ph*(hi-v)/(hi-lo) }
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
	for i, l := range labels {
		c.YTicks = append(c.YTicks, tick{Pos: f(py(lo + float64(i)*step)), Label: l})
	}

	// Date ticks: years over a long span, else every few months.
	months := (x1.Year()-x0.Year())*12 + int(x1.Month()-x0.Month())
	every := 1
	for _, n := range []int{1, 3, 6, 12, 24, 60} {
		every = n
		if months/n <= 5 {
			break
		}
	}
	first := senim.NewDate(x0.Year(), x0.Month(), 1)
	for first.Before(x0) || (int(first.Month())-1)%min(every, 12) != 0 {
		first = first.AddMonths(1)
	}
	for d := first; !d.After(x1); d = d.AddMonths(every) {
		label := fmt.Sprint(d.Year())
		if every < 12 {
			label = monthAbbr[lang][d.Month()-1] + " " + label
		}
		c.XTicks = append(c.XTicks, tick{Pos: f(px(d)), Label: label})
	}

	// The line, its bands on the worse side, the measurements.
	c.Line = segment{f(px(b.On)), f(py(b.Value)), f(px(t.On)), f(py(t.Value))}
	band := func(from, to float64) string {
		return fmt.Sprintf("%s,%s %s,%s %s,%s %s,%s",
			f(px(b.On)), f(py(b.Value-from*way)), f(px(t.On)), f(py(t.Value-from*way)),
			f(px(t.On)), f(py(t.Value-to*way)), f(px(b.On)), f(py(b.Value-to*way)))
	}
	c.OnTrack, c.AtRisk = band(0, senim.ToleranceOnTrack), band(senim.ToleranceOnTrack, senim.ToleranceAtRisk)
	c.Baseline = point{X: c.Line.X1, Y: c.Line.Y1, Title: i18n.T(lang, "ui.indicator.chart_baseline", map[string]any{"value": val(b.Value), "date": dateIn(lang, b.On)})}
	c.Target = point{X: c.Line.X2, Y: c.Line.Y2, Title: i18n.T(lang, "ui.indicator.chart_target", map[string]any{"value": val(t.Value), "date": dateIn(lang, t.On)})}
	var path []string
	for i, m := range pts {
		p := point{X: f(px(m.AsOf)), Y: f(py(m.Value)), Title: dateIn(lang, m.AsOf) + ": " + val(m.Value), Last: i == len(pts)-1}
		c.Points = append(c.Points, p)
		path = append(path, p.X+","+p.Y)
	}
	c.Path = strings.Join(path, " ")
	if !today.Before(x0) && !today.After(x1) {
		c.Today = &tick{Pos: f(px(today)), Label: i18n.T(lang, "ui.indicator.today", nil)}
	}
	return c
}

// niceStep rounds a step between ticks up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*pow >= raw {
			return m * pow
		}
	}
	return 10 * pow
}

// formatValue writes a measured value as people write it in lang: grouped
// digits, up to two decimals, none when it is whole ("1 250,5").
func formatValue(lang string, v float64) string {
	pr := printers[lang]
	if pr == nil {
		pr = printers["ru"]
	}
	s := pr.Sprintf("%.2f", v)
	sep := ","
	if lang == "en" {
		sep = "."
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, sep)
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// dateIn writes a date as page.Date does.
func dateIn(lang string, d senim.Date) string {
	return (&page{Lang: lang}).Date(d)
}
