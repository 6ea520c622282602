// Package senim is the domain of the Senim public-accountability platform:
// territories, reception offices, executive bodies and citizens' appeals, with
// the rules that govern them (appeal lifecycle, working-day deadlines on
// Kazakhstan's calendar, IIN and phone validation). It holds no SQL, HTTP or
// templates: the store package writes its values down, the http package
// moves them over the wire.
package senim
