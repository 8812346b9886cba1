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
          Stages: where, select, extend, sort, take, distinct, count, summarize, join
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
          AGG: count(), sum(x), avg(x), min(x), max(x), median(x), p(x, N)
          e.g. units | summarize n = count(), avg_rent = avg(rent) by organisation
        """),
    HelpTopic(
      names: ["join"],
      text: """
        join TABLE on f
        join TABLE on f = g
          rows of both tables where left.f matches TABLE.f (or TABLE.id), or TABLE.g
          e.g. units | join organisations on organisation | count by name
               cases | join teams on need = method
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
          functions: lower(t), upper(t), round(x[, digits]), abs(x), year(d),
            days_between(a, b), contains(text, part), coalesce(a, b, …)
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
