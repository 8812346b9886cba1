import Testing

@testable import AnvisKit

/// The constructs of issue 13 on small, known data: the semantics the differential test
/// cannot see (names, orders, zero fills, the matcher's worst case, imports).
@Suite struct AnalystQueryTests {
  typealias F = QueryFixture

  @Test func conditionalAggregatesAndExpressions() throws {
    let t = try F.table("gaps | summarize c = countif(n > 5), s = sumif(n, k > 1), share = countif(k > 2) / count(), d = dcount(n)")
    #expect(F.strings(t, "c") == ["3"])
    #expect(F.strings(t, "s") == ["80"])
    #expect(F.strings(t, "share") == ["0.6"])
    // dcount skips the missing value: 10, 0, 30, 50.
    #expect(F.strings(t, "d") == ["4"])
  }

  @Test func aKeyOutsideAnAggregateIsAllowed() throws {
    let t = try F.table("units | summarize x = count() * 0 + 1, n = count() by area")
    #expect(t.fieldNames == ["area", "x", "n"])
    #expect(F.strings(t, "x") == ["1", "1", "1"])
  }

  @Test func leftJoinKeepsUnmatchedRowsWithMissingFields() throws {
    let t = try F.table("gaps | join kind=left gaps on n == k | select k, n, gap_n")
    #expect(t.rowCount == 5)
    // No n equals a k: every row stays, once, with the right table's n missing.
    #expect(F.strings(t, "k") == ["1", "2", "3", "4", "5"])
    #expect(F.strings(t, "gap_n") == ["", "", "", "", ""])
    let matched = try F.table("gaps | join kind=left gaps on k == k | select k, gap_n")
    #expect(F.strings(matched, "gap_n") == ["10", "", "30", "0", "50"])
  }

  @Test func semiAndAntiSplitTheRows() throws {
    let all = try F.table("units | count")
    let semi = try F.table("units | join kind=semi departments on department | count")
    let anti = try F.table("units | join kind=anti departments on department | count")
    let total = Int(F.strings(all, "count")[0]) ?? -1
    #expect((Int(F.strings(semi, "count")[0]) ?? 0) + (Int(F.strings(anti, "count")[0]) ?? 0) == total)
  }

  @Test func notInAPipelineDropsMissingSubjects() throws {
    // n is missing in one row: it is neither in nor not in.
    let inside = try F.table("gaps | where n in (gaps | where k < 3 | select n) | select k")
    let outside = try F.table("gaps | where n not in (gaps | where k < 3 | select n) | select k")
    #expect(F.strings(inside, "k") == ["1"])
    #expect(F.strings(outside, "k") == ["3", "4", "5"])
  }

  @Test func windowsTopAndRunningSums() throws {
    let share = try F.table("units | count by area | extend share = count / sum(count) over () | summarize s = sum(share)")
    guard case .double(let total) = share.columns[0][0] else { throw QueryTestFailure(message: "not a number") }
    #expect(abs(total - 1) < 1e-12)
    let r = try F.table("gaps | extend r = row_number() over (sort k desc), s = running_sum(n) over (sort k) | select k, r, s")
    #expect(F.strings(r, "r") == ["5", "4", "3", "2", "1"])
    #expect(F.strings(r, "s") == ["10", "10", "40", "40", "90"])
    let top = try F.table("units | top 1 by rooms asc per area | select area")
    #expect(F.strings(top, "area") == ["a-01", "a-02", "a-03"])
  }

  @Test func pivotFillsCountsWithZero() throws {
    let t = try F.table("units | count by area, type | pivot type")
    #expect(t.fieldNames.first == "area")
    #expect(t.fieldNames.contains("youth") && t.fieldNames.contains("transition"))
    #expect(F.strings(t, "transition").allSatisfy { !$0.isEmpty })
  }

  @Test func patternsRunInLinearTime() throws {
    // (a*)*b against many a's is exponential for a backtracking matcher.
    let pattern = try TextPattern("(a*)*b")
    #expect(!pattern.matches(String(repeating: "a", count: 5000)))
    #expect(try TextPattern("^u-0+1$").matches("u-0001"))
    #expect(try !TextPattern("^u-0+1$").matches("xu-0001"))
    #expect(try TextPattern("[æø]st").matches("øst"))
    #expect(try TextPattern("a{2,3}").matches("caab"))
  }

  @Test func importInfersTypesAndRefusesCPRNumbers() throws {
    let ok = Array("id;n;share;day\nc-1;3;1,5;2026-01-02\nc-2;;2;\n".utf8)
    let t = try TableImport.table(ok, file: "m.csv", name: "m")
    #expect(t.columns.map(\.type) == [.string, .int, .double, .date])
    #expect(F.strings(t, "share") == ["1.5", "2.0"])
    let bad = Array("id,x\na,0101901234\n".utf8)
    #expect(throws: StoreError.self) { try TableImport.table(bad, file: "b.csv", name: "b") }
    do {
      _ = try TableImport.table(bad, file: "b.csv", name: "b")
    } catch {
      #expect(error.problems.map(\.description) == ["b.csv:2:3: looks like a CPR number (01 01 90-****); personal identity numbers are refused"])
    }
  }
}
