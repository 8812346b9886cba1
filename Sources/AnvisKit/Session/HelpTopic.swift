/// A `.help` topic that is not a command: the query language, its stages, `let`, the keys.
struct HelpTopic: Sendable {
  /// The words that open the topic (`.help where`, `.help queries`).
  var names: [String]
  var text: String

  /// The topic named `name`, if any.
  static func named(_ name: String) -> HelpTopic? {
    all.first { $0.names.contains(name) }
  }

  /// Every topic word, in the order of `all`.
  static var allNames: [String] { all.flatMap(\.names) }

  static let all: [HelpTopic] = [
    HelpTopic(
      names: ["queries", "query", "pipeline"],
      text: """
        SOURCE | stage | stage …
          SOURCE is a table (see `tables`) or a name bound with `let`.
          Stages: where, select, extend, sort, take, top, distinct, count, summarize, join,
          pivot, chart
          (`.help STAGE` explains one). A line ending in `|`, or with an open bracket,
          continues on the next line; `#` starts a comment to the end of the line.
          e.g. units | where type == "youth" and rent <= 3500 | count by area
        """),
    HelpTopic(
      names: ["where"],
      text: """
        where CONDITION
          the rows where CONDITION is true
          e.g. cases | where age < 30 and need in ["ICM", "ACT"]
               units | where rent between 3000 and 4000
               cases | where id not in (placements | where run == 1 | select case)
          A comparison with a missing value is false; ask with `x is missing`.
        """),
    HelpTopic(
      names: ["select"],
      text: """
        select f, name = EXPR, …
          only these columns, in this order
          e.g. units | select id, rent, per_m2 = rent / size_m2
        """),
    HelpTopic(
      names: ["extend"],
      text: """
        extend name = EXPR, …
          the columns plus new ones (an existing name is replaced in place)
          e.g. cases | extend years = waiting_days / 365
          Windows (`.help windows`): AGG(x) over ([by f, …]), row_number() and
          running_sum(x) over ([by f, …] [sort y [asc|desc], …])
        """),
    HelpTopic(
      names: ["windows", "over", "row_number", "running_sum"],
      text: """
        AGG(x) over ()                 the aggregate over all rows, on every row
        AGG(x) over (by f, …)          … over the rows of each group
        row_number() over ([by f] [sort y [asc|desc]])   1, 2, … within each group
        running_sum(x) over ([by f] sort y)               the sum so far, in that order
          in extend and select; ties keep their order; missing values sort last and are
          skipped by running_sum (missing until the first value)
          e.g. units | count by area | extend share = count / sum(count) over ()
               units | extend r = row_number() over (by organisation sort rent asc) | where r <= 3
        """),
    HelpTopic(
      names: ["top"],
      text: """
        top N by x [asc|desc] [per f, …]
          the first N rows by x (largest first unless asc), overall or per group; per
          group, the groups come in key order; missing values of x come last
          e.g. units | top 3 by rent asc per organisation
        """),
    HelpTopic(
      names: ["pivot"],
      text: """
        pivot F
          the values of F as columns holding the last field, one row per combination of the
          others (sorted); a missing combination is 0 for a count, missing otherwise
          e.g. units | count by area, type | pivot type
        """),
    HelpTopic(
      names: ["chart"],
      text: """
        chart bar LABEL, VALUE | chart line X, Y | chart hist FIELD [bins N]
          the last stage: a text chart with a scale in table mode, the rows in csv and json
          e.g. units | count by area | chart bar area, count
               units | chart hist rent bins 12
        """),
    HelpTopic(
      names: ["sort"],
      text: """
        sort f [asc|desc], …
          rows in that order; stable, missing values last
          e.g. units | sort rent desc, id | take 10
        """),
    HelpTopic(
      names: ["take"],
      text: """
        take N
          the first N rows
        """),
    HelpTopic(
      names: ["distinct"],
      text: """
        distinct f, …
          each combination of values once, in order of first appearance
        """),
    HelpTopic(
      names: ["count"],
      text: """
        count
        count by f, …
          the number of rows; with `by`, one row per combination of keys, sorted by count
          descending, then by the keys
          e.g. units | count by area, type
        """),
    HelpTopic(
      names: ["summarize", "aggregates"],
      text: """
        summarize name = AGG, … [by f, …]
          one row per group (one row in all without `by`), groups sorted by the keys
          AGG: count(), countif(c), sum(x), sumif(x, c), avg(x), avgif(x, c), min(x),
            max(x), median(x), p(x, N), dcount(x); avg(true/false) is the share true
          Expressions over aggregates: keys and aggregates combined, e.g.
            units | summarize vacancy = countif(status == "vacant") / count() by department
          e.g. units | summarize n = count(), avg_rent = avg(rent) by organisation
        """),
    HelpTopic(
      names: ["join"],
      text: """
        join [kind=inner|left|semi|anti] TABLE on f [== g]
          rows of both tables where left.f matches TABLE.f (or TABLE.id), or TABLE.g;
          left keeps unmatched rows (right fields missing); semi and anti keep the left rows
          with or without a match, adding no fields
          e.g. units | join organisations on organisation | count by name
               cases | join kind=anti placements on id == case
        """),
    HelpTopic(
      names: ["let"],
      text: """
        let NAME = QUERY
          keeps the result as a table named NAME for later queries; `tables` lists it
          e.g. let young = cases | where age < 30
               young | count by need
        """),
    HelpTopic(
      names: ["expressions", "functions", "operators"],
      text: """
        Expressions
          literals: 42, 3.5, "text", true, false, dates 2026-01-31
          == != < <= > >=, and or not, x in [a, b], x is missing, + - * /, ( )
          x between a and b, x not between a and b, x in (PIPELINE giving one field)
          if(c, a, b), case(c1, v1, c2, v2, …, otherwise)
          numbers: round(x[, digits]), abs, floor, ceil, bin(x, width), pow(x, y), sqrt,
            ln, exp
          dates: year, month, day, trunc_month(d), today(), days_between(a, b), d + n, d - n,
            d1 - d2 (days)
          text: lower, upper, length, concat(a, b, …), substr(t, start, length),
            contains(t, part), starts_with, ends_with, matches(t, "regex")
          coalesce(a, b, …): the first value that is not missing
          Enumerated fields compare with text: type == "youth". Division by zero gives missing.
        """),
    HelpTopic(
      names: ["keys"],
      text: """
        Keys
          Tab completes commands, tables, fields, stages and values; Up/Down walk the
          history and Ctrl-R searches it; Ctrl-C drops the line (or stops a running
          computation); Ctrl-D on an empty line leaves.
        """),
  ]
}
