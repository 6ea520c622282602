package senim_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/senim-kz/senim"
)

// The poll of seed 002, Karaganda: four options and their votes.
func seedPoll() *senim.Poll {
	return &senim.Poll{
		ID:        "p1",
		Question:  senim.Names{RU: "Довольны ли вы качеством ремонта дорог в Караганде?"},
		Territory: "351010000",
		Opens:     senim.MustDate("2025-11-18"),
		Closes:    senim.MustDate("2025-11-30"),
		Options: []senim.PollOption{
			{ID: 1, Text: senim.Names{RU: "Да. Делают очень хорошо"}, Votes: 294},
			{ID: 2, Text: senim.Names{RU: "Доволен/на качеством, но мешают постоянные пробки"}, Votes: 42},
			{ID: 3, Text: senim.Names{RU: "Нет. Сразу видно, что делают плохо - через пару лет будут перекладывать"}, Votes: 258},
			{ID: 4, Text: senim.Names{RU: "Сколько ни делай - толку не будет. Только деньги на ветер."}, Votes: 33},
		},
	}
}

func TestNewPoll(t *testing.T) {
	today := senim.MustDate("2025-11-18")
	ok := func() senim.PollInput {
		return senim.PollInput{
			Question:  senim.Names{RU: "  Довольны ли вы качеством ремонта дорог в Караганде? ", KK: "Қарағандыдағы жол жөндеу сапасына көңіліңіз толады ма?"},
			Options:   []senim.Names{{RU: "Да"}, {RU: "Нет", KK: "Жоқ"}, {}, {RU: " ", KK: ""}},
			Territory: "351010000", Opens: "2025-11-18", Closes: "2025-11-30",
		}
	}
	many := func(n int) []senim.Names {
		var out []senim.Names
		for i := range n {
			out = append(out, senim.Names{RU: fmt.Sprintf("Вариант %d", i+1)})
		}
		return out
	}
	for _, c := range []struct {
		name    string
		edit    func(*senim.PollInput)
		want    []string
		options int
	}{
		{"valid: blank rows skipped", func(*senim.PollInput) {}, nil, 2},
		{"ten options", func(in *senim.PollInput) { in.Options = many(10) }, nil, 10},
		{"opens in the past, closes today", func(in *senim.PollInput) { in.Opens, in.Closes = "2025-11-01", "2025-11-18" }, nil, 2},
		{"no question", func(in *senim.PollInput) { in.Question.RU = "" }, []string{"question.ru required"}, 0},
		{"a question of 500 letters", func(in *senim.PollInput) { in.Question.RU = strings.Repeat("ж", 500) }, nil, 2},
		{"a question of 501 letters", func(in *senim.PollInput) { in.Question.RU = strings.Repeat("ж", 501) }, []string{"question.ru too_long"}, 0},
		{"one option", func(in *senim.PollInput) { in.Options = many(1) }, []string{"options poll.options"}, 0},
		{"no options", func(in *senim.PollInput) { in.Options = nil }, []string{"options poll.options"}, 0},
		{"eleven options", func(in *senim.PollInput) { in.Options = many(11) }, []string{"options poll.options"}, 0},
		{"an option without Russian", func(in *senim.PollInput) { in.Options[1] = senim.Names{KK: "Жоқ"} }, []string{"options[1].ru required"}, 0},
		{"an option too long", func(in *senim.PollInput) { in.Options[0].RU = strings.Repeat("ы", 201) }, []string{"options[0].ru too_long"}, 0},
		{"an option with a control character", func(in *senim.PollInput) { in.Options[0].RU = "Да\x00" }, []string{"options[0].ru chars"}, 0},
		{"the same option twice, case and spaces aside", func(in *senim.PollInput) {
			in.Options = []senim.Names{{RU: "Да"}, {RU: "Нет"}, {RU: " да  "}}
		}, []string{"options[2].ru poll.option_duplicate"}, 0},
		{"the same Kazakh text on two options", func(in *senim.PollInput) {
			in.Options = []senim.Names{{RU: "Да", KK: "Иә"}, {RU: "Скорее да", KK: "Иә"}}
		}, []string{"options[1].kk poll.option_duplicate"}, 0},
		{"closes before opens", func(in *senim.PollInput) { in.Opens, in.Closes = "2025-12-01", "2025-11-30" }, []string{"closes period.order"}, 0},
		{"closed already", func(in *senim.PollInput) { in.Opens, in.Closes = "2025-11-01", "2025-11-17" }, []string{"closes date.past"}, 0},
		{"no dates", func(in *senim.PollInput) { in.Opens, in.Closes = "", "" }, []string{"closes required", "opens required"}, 0},
		{"bad territory", func(in *senim.PollInput) { in.Territory = "" }, []string{"territory kato.length"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := ok()
			c.edit(&in)
			p, err := senim.NewPoll(in, today)
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Fatalf("got %v (%v), want %v", got, err, c.want)
			}
			if err != nil {
				return
			}
			if len(p.Options) != c.options {
				t.Fatalf("%d options, want %d", len(p.Options), c.options)
			}
			for i, o := range p.Options {
				if o.ID != i+1 || o.Votes != 0 {
					t.Errorf("option %d: %+v", i, o)
				}
			}
			if p.Territory != "351010000" || strings.HasPrefix(p.Question.RU, " ") {
				t.Errorf("%+v", p)
			}
		})
	}
	p, _ := senim.NewPoll(ok(), today)
	if p.Options[1].Text != (senim.Names{RU: "Нет", KK: "Жоқ"}) {
		t.Errorf("options: %+v", p.Options)
	}
}

func TestPollStatus(t *testing.T) {
	p := seedPoll() // 18–30 November, both included
	for _, c := range []struct {
		day  string
		want senim.PollStatus
	}{
		{"2025-11-17", senim.PollUpcoming},
		{"2025-11-18", senim.PollOpen},
		{"2025-11-25", senim.PollOpen},
		{"2025-11-30", senim.PollOpen},
		{"2025-12-01", senim.PollClosed},
	} {
		if got := p.StatusOn(senim.MustDate(c.day)); got != c.want {
			t.Errorf("%s: %s, want %s", c.day, got, c.want)
		}
	}
	// Days are Kazakhstan's (UTC+5): the last day ends at 19:00 UTC.
	for _, c := range []struct {
		at   string
		want senim.PollStatus
	}{
		{"2025-11-17T18:59:59Z", senim.PollUpcoming},
		{"2025-11-17T19:00:00Z", senim.PollOpen},
		{"2025-11-30T18:59:59Z", senim.PollOpen},
		{"2025-11-30T19:00:00Z", senim.PollClosed},
	} {
		at, _ := time.Parse(time.RFC3339, c.at)
		if got := p.StatusAt(at); got != c.want {
			t.Errorf("%s: %s, want %s", c.at, got, c.want)
		}
	}
}

func TestPollCanVote(t *testing.T) {
	for _, c := range []struct {
		name   string
		option int
		day    string
		code   string
		key    string
		field  string
		args   map[string]any
	}{
		{"an option on the first day", 1, "2025-11-18", "", "", "", nil},
		{"the last option on the last day", 4, "2025-11-30", "", "", "", nil},
		{"an unknown option", 5, "2025-11-20", senim.EINVALID, "poll.option", "option", map[string]any{"option": 5}},
		{"option zero", 0, "2025-11-20", senim.EINVALID, "poll.option", "option", map[string]any{"option": 0}},
		{"before it opens", 1, "2025-11-17", senim.ECONFLICT, "poll.upcoming", "", map[string]any{"opens": "2025-11-18"}},
		{"after it closes", 1, "2025-12-01", senim.ECONFLICT, "poll.closed", "", map[string]any{"closes": "2025-11-30"}},
		{"closed comes before an unknown option", 9, "2025-12-01", senim.ECONFLICT, "poll.closed", "", map[string]any{"closes": "2025-11-30"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := seedPoll()
			err := p.CanVote(c.option, senim.MustDate(c.day))
			if c.code == "" {
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Vote(c.option, senim.MustDate(c.day)); err != nil || p.Option(c.option).Votes != seedPoll().Option(c.option).Votes+1 {
					t.Errorf("vote: %v, %+v", err, p.Option(c.option))
				}
				return
			}
			var e *senim.Error
			if !errors.As(err, &e) || e.Code != c.code || e.Key != c.key || e.Field != c.field || fmt.Sprint(e.Args) != fmt.Sprint(c.args) {
				t.Fatalf("got %#v, want %s %s %s %v", err, c.code, c.field, c.key, c.args)
			}
			if err := p.Vote(c.option, senim.MustDate(c.day)); err == nil || fmt.Sprint(pollVotes(p)) != fmt.Sprint(pollVotes(seedPoll())) {
				t.Errorf("a refused vote counted: %v %v", err, pollVotes(p))
			}
		})
	}
}

// A poll closed early takes no vote from that day; one closed already
// cannot be closed again; one not open yet is called off.
func TestPollClose(t *testing.T) {
	p := seedPoll() // 18–30 November
	if err := p.Close(senim.MustDate("2025-11-20")); err != nil || p.ClosedOn != senim.MustDate("2025-11-20") {
		t.Fatalf("close: %v, %s", err, p.ClosedOn)
	}
	for day, want := range map[string]senim.PollStatus{"2025-11-19": senim.PollOpen, "2025-11-20": senim.PollClosed, "2025-11-25": senim.PollClosed, "2025-12-05": senim.PollClosed} {
		if got := p.StatusOn(senim.MustDate(day)); got != want {
			t.Errorf("%s: %s, want %s", day, got, want)
		}
	}
	var e *senim.Error
	if err := p.CanVote(1, senim.MustDate("2025-11-20")); !errors.As(err, &e) || e.Code != senim.ECONFLICT || e.Key != "poll.closed_early" || e.Args["closed"] != "2025-11-20" {
		t.Errorf("a vote after closing: %#v", err)
	}
	if err := p.Close(senim.MustDate("2025-11-21")); !errors.As(err, &e) || e.Key != "poll.closed_early" || p.ClosedOn != senim.MustDate("2025-11-20") {
		t.Errorf("closed twice: %v, %s", err, p.ClosedOn)
	}
	ended := seedPoll()
	if err := ended.Close(senim.MustDate("2025-12-01")); !errors.As(err, &e) || e.Key != "poll.closed" || !ended.ClosedOn.IsZero() {
		t.Errorf("closing a poll past its last day: %v", err)
	}
	off := seedPoll()
	if err := off.Close(senim.MustDate("2025-11-10")); err != nil || off.StatusOn(senim.MustDate("2025-11-18")) != senim.PollClosed {
		t.Errorf("calling off an upcoming poll: %v, %s", err, off.StatusOn(senim.MustDate("2025-11-18")))
	}
}

// pollVotes lists the votes of each option.
func pollVotes(p *senim.Poll) []int {
	var out []int
	for _, o := range p.Options {
		out = append(out, o.Votes)
	}
	return out
}

func TestPollResults(t *testing.T) {
	withVotes := func(votes ...int) *senim.Poll {
		p := &senim.Poll{}
		for i, v := range votes {
			p.Options = append(p.Options, senim.PollOption{ID: i + 1, Votes: v})
		}
		return p
	}
	for _, c := range []struct {
		name    string
		poll    *senim.Poll
		total   int
		shares  []float64
		leaders []int
	}{
		// Seed 002: 294 + 42 + 258 + 33 = 627.
		{"the Karaganda roads poll", seedPoll(), 627, []float64{46.9, 6.7, 41.1, 5.3}, []int{1}},
		{"no votes yet", withVotes(0, 0, 0), 0, []float64{0, 0, 0}, []int{}},
		{"a tie at the top: both lead", withVotes(5, 7, 7, 1), 20, []float64{25, 35, 35, 5}, []int{2, 3}},
		{"thirds add up to 99.9, not forced to 100", withVotes(1, 1, 1), 3, []float64{33.3, 33.3, 33.3}, []int{1, 2, 3}},
		{"half up: 1 of 2000 (0.05) shows 0.1, the sum 100.1", withVotes(1, 1999), 2000, []float64{0.1, 100}, []int{2}},
		{"two thirds round up", withVotes(2, 1), 3, []float64{66.7, 33.3}, []int{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := senim.PollResults(c.poll)
			if r.Total != c.total || !slices.Equal(r.Leaders, c.leaders) {
				t.Errorf("total %d leaders %v, want %d %v", r.Total, r.Leaders, c.total, c.leaders)
			}
			var shares []float64
			for i, o := range r.Options {
				shares = append(shares, o.Share)
				if o.ID != c.poll.Options[i].ID || o.Votes != c.poll.Options[i].Votes || o.Leading != slices.Contains(c.leaders, o.ID) {
					t.Errorf("option %d: %+v", i, o)
				}
			}
			if !slices.Equal(shares, c.shares) {
				t.Errorf("shares %v, want %v", shares, c.shares)
			}
		})
	}
}

func TestVoterKey(t *testing.T) {
	secret := []byte("0123456789abcdef0123456789abcdef")
	iin, ok := senim.MakeIIN(senim.MustDate("1985-04-12"), senim.Female, 123)
	other, ok2 := senim.MakeIIN(senim.MustDate("1985-04-12"), senim.Female, 124)
	if !ok || !ok2 {
		t.Fatal("MakeIIN")
	}
	key := func(secret []byte, poll, iin string) string {
		t.Helper()
		k, err := senim.VoterKey(secret, poll, iin)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	k := key(secret, "p1", iin)
	// HMAC-SHA256(secret, poll id, a zero byte, the 12 digits), in hex.
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("p1\x00" + iin))
	if want := hex.EncodeToString(m.Sum(nil)); k != want || len(k) != 64 {
		t.Errorf("key %s, want %s", k, want)
	}
	if strings.Contains(k, iin) || strings.Contains(k, iin[:6]) {
		t.Errorf("the key shows the IIN: %s", k)
	}
	for _, c := range []struct {
		name string
		got  string
		same bool
	}{
		{"the same IIN in the same poll", key(secret, "p1", iin), true},
		{"spaces around the IIN", key(secret, "p1", " "+iin+"\n"), true},
		{"another poll", key(secret, "p2", iin), false},
		{"another person", key(secret, "p1", other), false},
		{"another secret", key([]byte("another secret of 32 bytes......"), "p1", iin), false},
	} {
		if (c.got == k) != c.same {
			t.Errorf("%s: %s vs %s", c.name, c.got, k)
		}
	}
	for _, c := range []struct {
		name   string
		secret []byte
		poll   string
		iin    string
		code   string
		key    string
	}{
		{"a bad check digit", secret, "p1", iin[:11] + string('0'+(iin[11]-'0'+1)%10), senim.EINVALID, "iin.checksum"},
		{"too short", secret, "p1", "85041240", senim.EINVALID, "iin.length"},
		{"letters", secret, "p1", "85O412401234", senim.EINVALID, "iin.digits"},
		{"empty", secret, "p1", "", senim.EINVALID, "iin.length"},
		{"no secret", nil, "p1", iin, senim.EINTERNAL, "internal"},
		{"a short secret", []byte("fifteen bytes.."), "p1", iin, senim.EINTERNAL, "internal"},
		{"no poll", secret, "", iin, senim.EINTERNAL, "internal"},
	} {
		t.Run(c.name, func(t *testing.T) {
			k, err := senim.VoterKey(c.secret, c.poll, c.iin)
			var e *senim.Error
			if k != "" || !errors.As(err, &e) || e.Code != c.code || e.Key != c.key {
				t.Fatalf("got %q, %v; want %s %s", k, err, c.code, c.key)
			}
			if c.code == senim.EINVALID && e.Field != "iin" {
				t.Errorf("field %q", e.Field)
			}
			if strings.Contains(err.Error(), iin) {
				t.Errorf("the error shows the IIN: %v", err)
			}
		})
	}
}
