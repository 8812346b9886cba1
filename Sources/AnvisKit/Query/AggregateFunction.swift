/// The aggregate functions of `summarize` and of windows (`… over (…)`), by the name a query
/// writes: the checker switches over these, never over strings.
enum AggregateFunction: String, CaseIterable, Sendable {
  case count, sum, avg, min, max, median, p, countif, sumif, avgif, dcount
}
