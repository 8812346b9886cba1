import Testing

@testable import AnvisKit

/// One golden per diagnostic: the message, the line, the caret's column and width, the hint.
/// The multi-line ones use `\n` as the shell joins continued lines.
@Suite struct DiagnosticGoldenTests {
  struct Golden: CustomTestStringConvertible, Sendable {
    var query: String
    var message: String
    var line: Int
    var column: Int
    var length: Int
    var hint: String?
    var testDescription: String { query }
  }

  static let goldens: [Golden] = [
    Golden(
      query: #"units | where rnet < 3500"#,
      message: #"unknown field 'rnet'"#,
      line: 1, column: 15, length: 4, hint: #"did you mean 'rent'?"#),
    Golden(
      query: #"unit | count"#,
      message: #"unknown table 'unit'"#,
      line: 1, column: 1, length: 4, hint: #"did you mean 'units'?"#),
    Golden(
      query: #"units | wher rent < 3500"#,
      message: #"unknown stage 'wher'"#,
      line: 1, column: 9, length: 4, hint: #"did you mean 'where'?"#),
    Golden(
      query: #"units | where rentt < 3500"#,
      message: #"unknown field 'rentt'"#,
      line: 1, column: 15, length: 5, hint: #"did you mean 'rent'?"#),
    Golden(
      query: #"units | where type == "yuth""#,
      message:
        #""yuth" is not a value of 'type'; allowed: family, youth, senior, skaev, shared_room, transition"#,
      line: 1, column: 23, length: 6, hint: #"did you mean 'youth'?"#),
    Golden(
      query: #"units | where type in ["youth", "famly"]"#,
      message:
        #""famly" is not a value of 'type'; allowed: family, youth, senior, skaev, shared_room, transition"#,
      line: 1, column: 33, length: 7, hint: #"did you mean 'family'?"#),
    Golden(
      query: #"units | where rent < "cheap""#,
      message: #"cannot compare a number with text"#,
      line: 1, column: 20, length: 1, hint: #"numbers are written without quotes"#),
    Golden(
      query: #"units | where rent"#,
      message: #"'where' needs a true/false condition, found a number"#,
      line: 1, column: 15, length: 4, hint: #"compare it, e.g. rent < 3500"#),
    Golden(
      query: #"units | where rent < 3500 | count by"#,
      message: #"expected a field name after 'by', found the end of the query"#,
      line: 1, column: 37, length: 1, hint: nil),
    Golden(
      query: #"units | count by organisation | sort count desc | take"#,
      message: #"expected a number of rows after 'take', found the end of the query"#,
      line: 1, column: 55, length: 1, hint: nil),
    Golden(
      query: #"units | where rent < 3500 count"#,
      message: #"expected '|' before the next stage, found 'count'"#,
      line: 1, column: 27, length: 5, hint: nil),
    Golden(
      query: #"units | select id, rent * 12"#,
      message: #"a computed column needs a name"#,
      line: 1, column: 20, length: 9, hint: #"write name = expression"#),
    Golden(
      query: #"units | summarize avg(rent) by organisatoin"#,
      message: #"unknown field 'organisatoin'"#,
      line: 1, column: 32, length: 12, hint: #"did you mean 'organisation'?"#),
    Golden(
      query: #"units | summarize n = count(), n = max(rent)"#,
      message: #"the column 'n' is defined twice"#,
      line: 1, column: 32, length: 1, hint: nil),
    Golden(
      query: #"units | summarize rent by area"#,
      message: #"'summarize' needs an aggregate such as count(), avg(rent)"#,
      line: 1, column: 19, length: 4,
      hint:
        #"aggregates: count(), countif(c), sum(x), sumif(x, c), avg(x), avgif(x, c), min(x), max(x), median(x), p(x, 90), dcount(x)"#),
    Golden(
      query: #"units | where avg(rent) > 3000"#,
      message: #"'avg' is an aggregate; use it in 'summarize' or over a window"#,
      line: 1, column: 15, length: 3,
      hint: #"e.g. summarize n = avg(…) by organisation, or extend t = avg(…) over ()"#),
    Golden(
      query: #"units | where lowr(id) == "x""#,
      message: #"unknown function 'lowr'"#,
      line: 1, column: 15, length: 4, hint: #"did you mean 'lower'?"#),
    Golden(
      query: #"units | where round(rent, "x") > 1"#,
      message: #"'round' expects a whole number of digits from 0 to 15"#,
      line: 1, column: 27, length: 3, hint: nil),
    Golden(
      query: #"units | join departmnts on department"#,
      message: #"unknown table 'departmnts'"#,
      line: 1, column: 14, length: 10, hint: #"did you mean 'departments'?"#),
    Golden(
      query: #"units | join departments on room"#,
      message: #"unknown field 'room'"#,
      line: 1, column: 29, length: 4, hint: #"did you mean 'rooms'?"#),
    Golden(
      query: #"cases | join teams on need = id2"#,
      message: #"unknown field 'id2'"#,
      line: 1, column: 30, length: 3, hint: #"did you mean 'id'?"#),
    Golden(
      query: #"units | sort rent | take -1"#,
      message: #"expected a number of rows after 'take', found '-'"#,
      line: 1, column: 26, length: 1, hint: nil),
    Golden(
      query: #"units | summarize p(rent, 120)"#,
      message: #"the percentile must be a number from 0 to 100"#,
      line: 1, column: 27, length: 3, hint: nil),
    Golden(
      query: #"units | summarize median(type)"#,
      message: #"'median' needs numbers, found text (one of a fixed list)"#,
      line: 1, column: 26, length: 4, hint: nil),
    Golden(
      query: #"gaps | select x = coalesce(n, s)"#,
      message: #"'coalesce' needs values of one type: a whole number and text do not mix"#,
      line: 1, column: 31, length: 1, hint: nil),
    Golden(
      query: #"units | where type < 3"#,
      message: #"cannot compare text (one of a fixed list) with a whole number"#,
      line: 1, column: 20, length: 1, hint: nil),
    Golden(
      query: #"units | count by count"#,
      message: #"unknown field 'count'"#,
      line: 1, column: 18, length: 5,
      hint:
        #"fields: id, department, type, rooms, size_m2, rent, floor, accessible, status, vacant_since, organisation, area, area_status"#
    ),
    Golden(
      query: #"units | distinct type, type"#,
      message: #"'type' is listed twice"#,
      line: 1, column: 24, length: 4, hint: nil),
    Golden(
      query: #"units | where - type > 1"#,
      message: #"'-' needs a number, found text (one of a fixed list)"#,
      line: 1, column: 17, length: 4, hint: nil),
    Golden(
      query: #"units | where rent < 3500 |\#n  summarize n = count() by organisation |\#n  sort m desc"#,
      message: #"unknown field 'm'"#,
      line: 3, column: 8, length: 1, hint: #"did you mean 'n'?"#),
    Golden(
      query: #"units |\#n  where rent < 3500 and\#n  tipe == "youth""#,
      message: #"unknown field 'tipe'"#,
      line: 3, column: 3, length: 4, hint: #"did you mean 'type'?"#),
    Golden(
      query: #"units | where rent = 3500"#,
      message: #"'=' assigns; to compare, write '=='"#,
      line: 1, column: 20, length: 1, hint: nil),
    Golden(
      query: #"units | where rent < 3500 & rooms > 2"#,
      message: #"unexpected character '&'"#,
      line: 1, column: 27, length: 1, hint: #"write 'and'"#),
    Golden(
      query: #"units | where vacant_since < 2026-02-30"#,
      message: #"'2026-02-30' is not a date"#,
      line: 1, column: 30, length: 10, hint: #"dates are written YYYY-MM-DD"#),
    Golden(
      query: #"units | where (rent < 3500"#,
      message: #"expected ')' to close '(', found the end of the query"#,
      line: 1, column: 27, length: 1, hint: nil),
    Golden(
      query: #"units | sort rent downward"#,
      message: #"expected '|' before the next stage, found 'downward'"#,
      line: 1, column: 19, length: 8, hint: #"a sort key is followed by asc or desc, then ',' or '|'"#),
    Golden(
      query: #"let units = cases | count"#,
      message: #"'units' is a data table and cannot be rebound"#,
      line: 1, column: 5, length: 5, hint: #"choose another name"#),
    Golden(
      query: #"units | where "abc"#,
      message: #"unterminated text: missing the closing ""#,
      line: 1, column: 15, length: 1, hint: nil),
    Golden(
      query: #"units | where rent + type > 3"#,
      message: #"'+' needs numbers (or a date and days), found a number and text (one of a fixed list)"#,
      line: 1, column: 20, length: 1, hint: nil),
    Golden(
      query: #"units | where not rent"#,
      message: #"'not' needs true/false, found a number"#,
      line: 1, column: 19, length: 4, hint: nil),
    Golden(
      query: #"units | take 99999999999999999999"#,
      message: #"the number 99999999999999999999 is too large"#,
      line: 1, column: 14, length: 20, hint: #"integers go up to 9223372036854775807"#),
    Golden(
      query: #"| count"#,
      message: #"expected a table name to start the query, found '|'"#,
      line: 1, column: 1, length: 1, hint: #"a query starts with a table, e.g. units | count"#),
    Golden(
      query: #"units |"#,
      message: #"expected a stage after '|', found the end of the query"#,
      line: 1, column: 8, length: 1,
      hint: #"stages: where, select, extend, sort, take, top, distinct, count, summarize, join, pivot, chart"#),
    Golden(
      query: #"units | extend rent * 2"#,
      message: #"expected 'name = expression', found 'rent'"#,
      line: 1, column: 16, length: 4, hint: nil),
    Golden(
      query: #"units | where year(rent) > 2000"#,
      message: #"'year' expects a date, found a number"#,
      line: 1, column: 20, length: 4, hint: nil),
    Golden(
      query: #"units | sort rent * 12"#,
      message: #"expected '|' before the next stage, found '*'"#,
      line: 1, column: 19, length: 1,
      hint: #"sort takes fields; compute a value first, e.g. extend yearly = rent * 12 | sort yearly desc"#),
    Golden(
      query: #"cases | join teams on need"#,
      message: #"'teams' has no field 'need', and its ids are not need values"#,
      line: 1, column: 23, length: 4, hint: #"name the field: join teams on need = method"#),
  ] + newGoldens


  @Test(arguments: goldens)
  func diagnostic(_ golden: Golden) throws {
    let d = try #require(QueryFixture.diagnostic(golden.query), "expected an error")
    #expect(d.message == golden.message)
    #expect(d.line == golden.line)
    #expect(d.column == golden.column)
    #expect(d.length == golden.length)
    #expect(d.hint == golden.hint)
  }

  @Test func caretIsDrawnUnderTheColumn() throws {
    let query = "units | where rent < 3500 |\n  count by organisatoin"
    let d = try #require(QueryFixture.diagnostic(query))
    #expect(
      ErrorRenderer.caret(d, source: query) == """
        error: unknown field 'organisatoin'
         --> input:2:12
        2 |   count by organisatoin
          |            ^^^^^^^^^^^^
          = help: did you mean 'organisation'?
        """)
  }
}
