package demo

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// The demo's public polls: the Karaganda roads poll of seed 002 with its
// four answers and exactly 294 / 42 / 258 / 33 votes, and polls of other
// regions — open, to come, closed on their last day and closed early. The
// votes come with valid IINs made up for the purpose; like every vote,
// they are stored under their voter keys only.

// demoPoll is a poll of the demo: its days counted from today, and the
// votes of each answer.
type demoPoll struct {
	territory    senim.KATO
	question     senim.Names
	options      []senim.Names
	opens, until int   // days from today of the first and last days
	closedEarly  int   // days from today it was closed early; 0 if it was not
	votes        []int // per answer
}

var demoPolls = []demoPoll{
	{ // seed 002: 18–30 November a year before the demo's November
		territory: "351000000",
		question: senim.Names{RU: "Довольны ли вы качеством ремонта дорог в Караганде?", KK: "Қарағандыдағы жол жөндеу сапасына көңіліңіз толады ма?",
			EN: "Are you satisfied with the quality of road repairs in Karaganda?"},
		options: []senim.Names{
			{RU: "Да. Делают очень хорошо", KK: "Иә. Өте жақсы жасап жатыр", EN: "Yes. They do it very well"},
			{RU: "Доволен/на качеством, но мешают постоянные пробки", KK: "Сапасына көңілім толады, бірақ үнемі кептеліс болады", EN: "Satisfied with the quality, but the constant traffic jams get in the way"},
			{RU: "Нет. Сразу видно, что делают плохо - через пару лет будут перекладывать", KK: "Жоқ. Нашар жасап жатқаны бірден көрінеді — екі жылдан кейін қайта төсейді", EN: "No. It is plain they do it badly — in a couple of years they will relay it"},
			{RU: "Сколько ни делай - толку не будет. Только деньги на ветер.", KK: "Қанша жасаса да, пайдасы жоқ. Тек ақша желге ұшады.", EN: "Whatever they do, it will not help. Just money down the drain."},
		},
		opens: -371, until: -359, votes: []int{294, 42, 258, 33},
	},
	{
		territory: "271000000",
		question: senim.Names{RU: "Какие улицы Уральска отремонтировать в первую очередь в следующем году?", KK: "Келесі жылы Оралдың қай көшелерін бірінші кезекте жөндеу керек?",
			EN: "Which streets of Oral should be repaired first next year?"},
		options: []senim.Names{
			{RU: "Улицы частного сектора", KK: "Жеке сектор көшелері", EN: "Streets of the private housing sector"},
			{RU: "Дороги к школам и поликлиникам", KK: "Мектептер мен емханаларға баратын жолдар", EN: "Roads to schools and clinics"},
			{RU: "Центральные проспекты", KK: "Орталық даңғылдар", EN: "The central avenues"},
			{RU: "Выезды из города", KK: "Қаладан шығатын жолдар", EN: "Roads out of the city"},
		},
		opens: -6, until: 14, votes: []int{118, 164, 37, 52},
	},
	{
		territory: "750000000",
		question: senim.Names{RU: "Нужны ли выделенные полосы для автобусов на проспекте Абая?", KK: "Абай даңғылында автобустарға арналған бөлек жолақ қажет пе?",
			EN: "Are bus lanes needed on Abai Avenue?"},
		options: []senim.Names{
			{RU: "Да, на всём протяжении", KK: "Иә, бүкіл ұзындығы бойынша", EN: "Yes, along its whole length"},
			{RU: "Да, только в часы пик", KK: "Иә, тек қарбалас уақытта", EN: "Yes, at rush hours only"},
			{RU: "Нет", KK: "Жоқ", EN: "No"},
		},
		opens: -2, until: 26, votes: []int{141, 96, 73},
	},
	{
		territory: "710000000",
		question: senim.Names{RU: "Где в Астане разбить новый городской парк?", KK: "Астанада жаңа қалалық саябақты қай жерге салу керек?",
			EN: "Where in Astana should a new city park be laid out?"},
		options: []senim.Names{
			{RU: "В районе Байконур", KK: "Байқоңыр ауданында", EN: "In Baikonur District"},
			{RU: "В районе Нура", KK: "Нұра ауданында", EN: "In Nura District"},
			{RU: "В районе Сарыарка", KK: "Сарыарқа ауданында", EN: "In Saryarka District"},
		},
		opens: 7, until: 30, votes: []int{0, 0, 0},
	},
	{
		territory: "551000000",
		question: senim.Names{RU: "Как вы оцениваете работу общественной приёмной партии в Павлодаре?", KK: "Павлодардағы партияның қоғамдық қабылдау бөлмесінің жұмысын қалай бағалайсыз?",
			EN: "How do you rate the party's public reception office in Pavlodar?"},
		options: []senim.Names{
			{RU: "Хорошо: помогли решить вопрос", KK: "Жақсы: мәселені шешуге көмектесті", EN: "Well: they helped to solve my problem"},
			{RU: "Удовлетворительно", KK: "Қанағаттанарлық", EN: "Fairly"},
			{RU: "Плохо", KK: "Нашар", EN: "Badly"},
			{RU: "Не обращался(-ась)", KK: "Жүгінген жоқпын", EN: "I have not been there"},
		},
		opens: -90, until: -60, votes: []int{87, 41, 19, 60},
	},
	{
		territory: "151000000",
		question: senim.Names{RU: "Переносить ли городской рынок Актобе на окраину?", KK: "Ақтөбенің қалалық базарын шетке көшіру керек пе?",
			EN: "Should Aktobe's city market move to the outskirts?"},
		options: []senim.Names{
			{RU: "Да", KK: "Иә", EN: "Yes"},
			{RU: "Нет", KK: "Жоқ", EN: "No"},
		},
		opens: -30, until: 10, closedEarly: -20, votes: []int{33, 58},
	},
}

// polls stores the demo's polls with their votes, each in one transaction.
func (g *gen) polls(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	seen := map[string]bool{} // IINs made, so that none votes twice in a poll
	total := 0
	for _, dp := range demoPolls {
		p := &senim.Poll{ID: senim.NewID(), Question: dp.question, Territory: dp.territory,
			Opens: today.AddDays(dp.opens), Closes: today.AddDays(dp.until)}
		for i, text := range dp.options {
			p.Options = append(p.Options, senim.PollOption{ID: i + 1, Text: text})
		}
		last := p.Closes
		if dp.closedEarly != 0 {
			p.ClosedOn = today.AddDays(dp.closedEarly)
			last = p.ClosedOn
		}
		// Votes fall on the days the poll took them, up to now.
		from := p.Opens.Start()
		end := last.AddDays(1).Start()
		if g.now.Before(end) {
			end = g.now
		}
		span := end.Sub(from)
		clear(seen)
		var ballots []store.PollBallot
		for i, n := range dp.votes {
			for range n {
				ballots = append(ballots, store.PollBallot{IIN: g.voterIIN(seen), Option: i + 1,
					At: from.Add(time.Duration(g.rng.Int64N(int64(max(span, time.Minute)))))})
			}
		}
		if err := g.db.ImportPoll(ctx, p, ballots); err != nil {
			return fmt.Errorf("demo poll %q: %w", dp.question.RU, err)
		}
		total += len(ballots)
	}
	log.Info("demo polls", "polls", len(demoPolls), "votes", total, "duration", time.Since(start).Round(time.Millisecond))
	return nil
}

// voterIIN makes up a valid IIN of an adult not in seen, and adds it.
func (g *gen) voterIIN(seen map[string]bool) string {
	for {
		birth := senim.NewDate(1950+g.rng.IntN(57), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28))
		sex := senim.Male
		if g.rng.IntN(2) == 0 {
			sex = senim.Female
		}
		if iin, ok := senim.MakeIIN(birth, sex, g.rng.IntN(10000)); ok && !seen[iin] {
			seen[iin] = true
			return iin
		}
	}
}
