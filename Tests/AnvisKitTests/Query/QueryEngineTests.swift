import Testing

@testable import AnvisKit

@Suite struct QueryEngineTests {
  typealias F = QueryFixture

  @Test func countsAll() throws {
    let t = try F.table("units | count")
    #expect(t.fieldNames == ["count"])
    #expect(F.strings(t, "count") == ["30"])
  }

  @Test func filtersWithEnumAndNumber() throws {
    let t = try F.table(#"units | where type == "youth" and rent <= 4000 | select id, rent"#)
    let u = try F.table("units")
    let expected = (0..<u.rowCount).filter { r in
      u.column(named: "type")?[r] == .string("youth")
        && (u.column(named: "rent")?[r]).map { if case .double(let v) = $0 { v <= 4000 } else { false } }
          == true
    }.map { u.column(named: "id")?[$0].description ?? "" }
    #expect(F.strings(t, "id") == expected)
    #expect(!expected.isEmpty)
  }

  @Test func countByOrdersByCountThenKeys() throws {
    let t = try F.table("units | count by organisation")
    #expect(t.fieldNames == ["organisation", "count"])
    #expect(F.strings(t, "organisation") == ["org-1", "org-2", "org-3"])
    #expect(F.strings(t, "count") == ["16", "7", "7"])
  }

  @Test func summarizeGroupsSortedByKeys() throws {
    let t = try F.table("units | summarize n = count(), top = max(rooms) by area | sort n desc")
    #expect(F.strings(t, "area") == ["a-02", "a-01", "a-03"])
    #expect(F.strings(t, "n") == ["15", "8", "7"])
  }

  @Test func sortIsStableAndMissingLast() throws {
    let t = try F.table("gaps | sort d desc")
    #expect(F.strings(t, "k") == ["3", "4", "1", "2", "5"])
    let a = try F.table("gaps | sort s")
    #expect(F.strings(a, "k") == ["1", "5", "4", "3", "2"])
  }

  @Test func topNMatchesFullSort() throws {
    let full = try F.table("units | sort rent desc, id")
    let top = try F.table("units | sort rent desc, id | take 7")
    #expect(F.strings(top, "id") == Array(F.strings(full, "id").prefix(7)))
  }

  @Test func missingComparisonsAreFalse() throws {
    #expect(F.strings(try F.table("gaps | where n != 10 | select k"), "k") == ["3", "4", "5"])
    #expect(F.strings(try F.table("gaps | where not (n == 10) | select k"), "k") == ["2", "3", "4", "5"])
    #expect(F.strings(try F.table("gaps | where n is missing | select k"), "k") == ["2"])
    #expect(F.strings(try F.table("gaps | where d is not missing | count"), "count") == ["3"])
  }

  @Test func arithmeticPropagatesMissingAndDivisionByZero() throws {
    let t = try F.table("gaps | select k, a = n + 1, q = k / n")
    #expect(F.strings(t, "a") == ["11", "", "31", "1", "51"])
    #expect(F.strings(t, "q") == ["0.1", "", "0.1", "", "0.1"])
  }

  @Test func overflowIsADiagnostic() throws {
    let d = try #require(F.diagnostic("gaps | select y = big + 1"))
    #expect(d.message.contains("overflow"))
    #expect(d.column == 23)
    let s = try #require(F.diagnostic("gaps | summarize s = sum(big)"))
    #expect(s.message.contains("overflow"))
  }

  /// A decimal result beyond ±1.8e308 is an error, as a whole-number overflow is: no infinity
  /// or NaN enters a column (they would print as numbers no program reads, and NaN has no order).
  @Test func decimalOverflowIsADiagnostic() throws {
    for query in [
      "gaps | select y = x * 1e308 * 10", "gaps | select y = x * 1e308 - x * 1e308",
      "gaps | select y = x / 1e-308",
    ] {
      let d = try #require(F.diagnostic(query))
      #expect(d.message.contains("decimal overflow"))
      #expect(d.hint?.contains("1.8e308") == true)
    }
    let d = try #require(F.diagnostic("gaps | select y = 1.0 * k + k * 1e308 * 2"))
    #expect(d.column == 31)
    // Each value is finite, their sum is not.
    for query in [
      "gaps | summarize s = sum(x * 1e307 * 4)", "gaps | summarize s = avg(x * 1e307 * 4)",
      "gaps | extend s = running_sum(x * 1e307 * 4) over (sort k)",
    ] {
      let s = try #require(F.diagnostic(query))
      #expect(s.message.contains("decimal overflow"))
    }
    // A missing operand stays missing, and a large but finite result stays.
    let y = F.strings(try F.table("gaps | select y = n * 1e306"), "y")
    #expect(y.map(\.isEmpty) == [false, true, false, false, false])
  }

  @Test func emptyAggregatesAreMissing() throws {
    let t = try F.table(
      "gaps | where k > 100 | summarize n = count(), s = sum(n), m = median(x), lo = min(d)")
    #expect(t.rowCount == 1)
    #expect(F.strings(t, "n") == ["0"])
    #expect(F.strings(t, "s") == [""])
    #expect(F.strings(t, "m") == [""])
    let g = try F.table("gaps | where k > 100 | summarize n = count() by s")
    #expect(g.rowCount == 0)
  }

  @Test func medianAndPercentileInterpolate() throws {
    let t = try F.table("units | where floor == 0 | summarize m = median(rooms), p = p(rooms, 90)")
    let rooms = try F.table("units | where floor == 0 | sort rooms").column(named: "rooms")
    let values = (0..<(rooms?.count ?? 0)).compactMap { r -> Double? in
      if case .int(let v) = rooms?[r] { return Double(v) } else { return nil }
    }
    func q(_ p: Double) -> Double {
      let pos = p * Double(values.count - 1)
      let lo = Int(pos.rounded(.down))
      let hi = Int(pos.rounded(.up))
      return values[lo] + (values[hi] - values[lo]) * (pos - Double(lo))
    }
    #expect(t.column(named: "m")?[0] == .double(q(0.5)))
    #expect(t.column(named: "p")?[0] == .double(q(0.9)))
  }

  @Test func joinOnIdPrefixesClashes() throws {
    let t = try F.table(
      "units | join departments on department | select id, department, name, department_area")
    #expect(t.rowCount == 30)
    #expect(F.strings(t, "name").first == "Ved Søen")
    #expect(F.strings(t, "department_area") == F.strings(try F.table("units"), "area"))
    let named = try F.table("cases | join teams on need = method | count")
    #expect(F.strings(named, "count") == ["9"])
  }

  @Test func joinThenCountByPrunesColumns() throws {
    let t = try F.table("units | join departments on department | count by exempt, type")
    let total = F.strings(t, "count").compactMap(Int.init).reduce(0, +)
    #expect(total == 30)
  }

  @Test func letBindsAResult() throws {
    var catalog = F.catalog
    let outcome = try QueryEngine.run("let young = cases | where age < 30", catalog: catalog)
    guard case .binding(let name, let table) = outcome else {
      Issue.record("expected a binding")
      return
    }
    #expect(name == "young")
    catalog.bind(table, origin: .let)
    let n = try QueryEngine.run("young | count", catalog: catalog).table
    #expect(n.column(named: "count")?[0] == .int(table.rowCount))
  }

  @Test func distinctKeepsFirstAppearance() throws {
    let t = try F.table("units | distinct organisation")
    #expect(F.strings(t, "organisation") == ["org-1", "org-2", "org-3"])
    #expect(t.fieldNames == ["organisation"])
  }

  @Test func extendAndFunctions() throws {
    let t = try F.table(
      #"cases | extend y = year(registered), w = days_between(registered, 2026-11-01), l = upper(need) | take 1 | select y, w, l"#
    )
    #expect(F.strings(t, "y") == ["2026"])
    #expect(F.strings(t, "w") == ["5"])
    #expect(F.strings(t, "l") == ["CTI"])
    let r = try F.table("gaps | select r = round(x), r2 = round(x * 1.2345, 2)")
    #expect(F.strings(r, "r") == ["2.0", "3.0", "", "4.0", "0.0"])
    #expect(F.strings(r, "r2") == ["1.85", "3.09", "", "4.94", "0.0"])
  }

  @Test func aRunawayJoinIsRefused() throws {
    var catalog = TableCatalog()
    catalog.bind(
      Table(name: "same", columns: [Column(name: "k", storage: .int(Array(repeating: 1, count: 5000)))]),
      origin: .result)
    let query = "same | join same on k | count"
    do {
      _ = try QueryEngine.run(query, catalog: catalog)
      Issue.record("expected the join to be refused")
    } catch {
      #expect(error.message == "this join would give 25000000 rows, more than the 20000000 anvis allows")
      #expect(error.column == 8)
    }
  }

  @Test(arguments: [
    "not (n == 10 or x < 2)", "n > 5 and x > 1", "d < 2024-10-01 or not (k in [1, 2])", "not x >= 2.5",
    "(n != 0 and d is missing) or k == 5",
  ])
  func maskedFilterAgreesWithEvaluatedOne(_ condition: String) throws {
    let fast = try F.table("gaps | where \(condition) | count")
    let slow = try F.table("gaps | extend t = \(condition) | where t | count")
    let rows = try F.table("gaps | where \(condition) | select k")
    #expect(F.strings(fast, "count") == F.strings(slow, "count"))
    #expect(F.strings(fast, "count") == [String(rows.rowCount)])
  }
}

@Suite struct QueryCommentTests {
  typealias F = QueryFixture

  @Test func aHashStartsACommentToTheEndOfTheLine() throws {
    let t = try F.table("units |  # every unit\n  # of every type\n  count  # how many")
    #expect(F.strings(t, "count") == ["30"])
  }

  @Test func aHashInsideTextIsText() throws {
    let t = try F.table(##"units | where id == "#1" or id == '#' | count"##)
    #expect(F.strings(t, "count") == ["0"])
  }

  @Test func positionsAfterACommentLineStayRight() throws {
    let error = try #require(F.diagnostic("units |\n# note\n  where rnet < 1"))
    #expect(error.message == "unknown field 'rnet'")
    #expect(error.line == 3)
    #expect(error.column == 9)
  }
}

@Suite struct QueryNumberLiteralTests {
  typealias F = QueryFixture

  @Test func numbersMayHaveAnExponent() throws {
    let t = try F.table("units | extend a = 1e3, b = 2.5E-1, c = 1e+2 | select a, b, c | take 1")
    #expect(F.strings(t, "a") == ["1000.0"])
    #expect(F.strings(t, "b") == ["0.25"])
    #expect(F.strings(t, "c") == ["100.0"])
  }

  @Test func aNumberBeyondDoubleIsAnError() throws {
    let error = try #require(F.diagnostic("units | extend a = 1e400"))
    #expect(error.message == "the number 1e400 is too large")
    #expect(error.column == 20)
    #expect(error.length == 5)
  }
}
