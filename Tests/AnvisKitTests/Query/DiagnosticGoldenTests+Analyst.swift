/// Goldens for the diagnostics of conditional aggregates, if/case, between, join kinds,
/// membership in a pipeline, windows, top, pivot, chart and the new functions.
extension DiagnosticGoldenTests {
  static let newGoldens: [Golden] = [
    Golden(
      query: #"units | where missing(rent)"#,
      message: #"expected a value, found 'missing'"#,
      line: 1, column: 15, length: 7,
      hint: #"to test for a missing value, write `x is missing` or `x is not missing`"#),
    Golden(
      query: #"units | summarize n = countif(rent)"#,
      message: #"countif needs a true/false condition, found a number"#,
      line: 1, column: 31, length: 4, hint: #"compare it, e.g. countif(status == "vacant")"#),
    Golden(
      query: #"units | summarize s = sumif(rent, rooms)"#,
      message: #"sumif needs a true/false condition, found a whole number"#,
      line: 1, column: 35, length: 5, hint: #"compare it, e.g. sumif(rent, status == "vacant")"#),
    Golden(
      query: #"units | summarize x = countif(rooms > 1) / count() + rent by area"#,
      message: #"'rent' is neither a key of summarize nor inside an aggregate"#,
      line: 1, column: 54, length: 4, hint: #"use an aggregate such as avg(rent), or add it after by"#),
    Golden(
      query: #"units | summarize x = avg(type)"#,
      message: #"'avg' needs numbers (or true/false, for a share), found text (one of a fixed list)"#,
      line: 1, column: 27, length: 4, hint: nil),
    Golden(
      query: #"units | extend x = if(rooms > 2, 1, "a")"#,
      message: #"'if' needs values of one type: a whole number and text do not mix"#,
      line: 1, column: 37, length: 3, hint: nil),
    Golden(
      query: #"units | extend x = if(rent, 1, 2)"#,
      message: #"if needs a true/false condition, found a number"#,
      line: 1, column: 23, length: 4, hint: nil),
    Golden(
      query: #"units | extend x = case(rooms > 2, 1, 2, 3)"#,
      message: #"'case' takes pairs of condition and value, then the value otherwise"#,
      line: 1, column: 20, length: 24, hint: #"e.g. case(rent < 3000, "low", rent < 5000, "mid", "high")"#),
    Golden(
      query: #"units | where rent between 1 or 2"#,
      message: #"expected 'and' in 'between … and …', found 'or'"#,
      line: 1, column: 30, length: 2, hint: #"e.g. rent between 3000 and 4000"#),
    Golden(
      query: #"units | join kind=outer areas on area"#,
      message: #"expected a join kind (inner, left, semi or anti), found 'outer'"#,
      line: 1, column: 19, length: 5, hint: nil),
    Golden(
      query: #"cases | where id in (units | select id, rent)"#,
      message: #"the pipeline after 'in' must give one field, it gives 2"#,
      line: 1, column: 22, length: 5, hint: #"end it with select FIELD"#),
    Golden(
      query: #"cases | where age in (units | select id)"#,
      message: #"cannot look for a whole number among text values"#,
      line: 1, column: 19, length: 2, hint: nil),
    Golden(
      query: #"units | where row_number() > 2"#,
      message: #"'row_number' needs a window: row_number(…) over (…)"#,
      line: 1, column: 15, length: 10,
      hint: #"e.g. extend r = row_number() over (by organisation sort rent asc)"#),
    Golden(
      query: #"units | where sum(rent) over () > 2"#,
      message: #"a window ('sum(…) over (…)') belongs in extend or select"#,
      line: 1, column: 15, length: 3, hint: #"e.g. extend share = count / sum(count) over ()"#),
    Golden(
      query: #"units | extend r = avg(rent) over (sort rent)"#,
      message: #"an aggregate over a window covers the whole group; 'sort' is for row_number and running_sum"#,
      line: 1, column: 41, length: 4, hint: nil),
    Golden(
      query: #"units | top 3 rent"#,
      message: #"expected 'by' after 'top 3', found 'rent'"#,
      line: 1, column: 15, length: 4, hint: #"e.g. top 3 by rent desc"#),
    Golden(
      query: #"units | count by department, type | pivot department | count"#,
      message: #"pivot on 'department' (text) must be the last stage: its columns are known only when it runs"#,
      line: 1, column: 43, length: 10,
      hint: #"pivot a field with a fixed list of values to go on, or end the query here"#),
    Golden(
      query: #"units | chart bar area, type"#,
      message: #"chart bar needs a number as its value, found text (one of a fixed list)"#,
      line: 1, column: 25, length: 4, hint: nil),
    Golden(
      query: #"units | chart hist rent | count"#,
      message: #"'chart' is the last stage of a query, found '|'"#,
      line: 1, column: 25, length: 1, hint: #"end the query after chart hist …"#),
    Golden(
      query: #"units | where matches(id, "a(b")"#,
      message: #"in the pattern: expected ')' to close the group"#,
      line: 1, column: 31, length: 1, hint: nil),
    Golden(
      query: #"units | extend x = month(rent)"#,
      message: #"'month' expects a date, found a number"#,
      line: 1, column: 26, length: 4, hint: nil),
  ]
}
