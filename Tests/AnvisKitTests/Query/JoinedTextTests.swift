import Testing

@testable import AnvisKit

/// A join carries its right table's text columns as codes (`Column.Storage.coded`). Every
/// stage after the join must see the same values as it would in a plain text column: each
/// pipeline tail here runs once after the join and once over the join's result kept as a
/// table (plain text), and the two results must be equal, value for value.
@Suite struct JoinedTextTests {
  /// `names`: one row per key, a text repeated under two keys ("b") and one missing label.
  /// `pairs`: key 1 twice (the one-to-many path). `left`: key 6 matches nothing, one key missing.
  static let catalog: TableCatalog = {
    var catalog = TableCatalog()
    catalog.bind(
      Table(
        name: "names",
        columns: [
          Column(name: "id", storage: .int([1, 2, 3, 4, 5])),
          Column(
            name: "label", storage: .string(["b", "a", "b", "", "c-10"]),
            missing: [false, false, false, true, false]),
        ]), origin: .result)
    catalog.bind(
      Table(
        name: "pairs",
        columns: [
          Column(name: "id", storage: .int([1, 1, 2, 5])),
          Column(name: "tag", storage: .string(["x", "y", "x", "c-9"])),
        ]), origin: .result)
    catalog.bind(
      Table(
        name: "left",
        columns: [
          Column(
            name: "k", storage: .int([1, 2, 3, 4, 5, 6, 0, 2, 3, 1]),
            missing: [false, false, false, false, false, false, true, false, false, false]),
          Column(name: "v", storage: .int([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])),
        ]), origin: .result)
    return catalog
  }()

  static let joins = [
    "left | join kind=left names on k == id",
    "left | join names on k == id",
    "left | join kind=left pairs on k == id",
    "left | join pairs on k == id",
  ]

  static let tails = [
    "select k, v",
    "sort label, v",
    "sort label desc, v",
    "count by label",
    "where label == \"b\"",
    "where label != \"b\" and v > 15",
    "where label is missing",
    "summarize m = countif(label is missing), n = count(), d = dcount(label), lo = min(label), hi = max(label)",
    "summarize n = count(), s = sum(v) by label",
    "distinct label",
    "extend l = length(label), u = concat(label, \"!\")",
    "top 1 by v desc per label",
    "join kind=left names on label == label",
    "sort v desc | take 3",
    "where v > 25 | count by label",
    "extend r = row_number() over (by label sort v)",
  ]

  static func run(_ text: String, _ catalog: TableCatalog) throws -> Table {
    do {
      return try QueryEngine.run(text, catalog: catalog).table
    } catch {
      throw QueryTestFailure(message: ErrorRenderer.caret(error, source: text))
    }
  }

  /// A table's rows as display strings, with its field names and types.
  static func rows(_ t: Table) -> [String] {
    [t.columns.map { "\($0.name):\($0.type)" }.joined(separator: ",")]
      + (0..<t.rowCount).map { r in t.columns.map { $0.isMissing(r) ? "<missing>" : $0[r].description }.joined(separator: ",") }
  }

  @Test(arguments: joins)
  func stagesAfterAJoinSeeTheTextsAsPlainText(join: String) throws {
    var kept = Self.catalog
    kept.bind(try Self.run(join, Self.catalog).renamed("joined"), origin: .result)
    for tail in Self.tails {
      // `pairs` has no label, `names` no tag: name the join's text field in the tail.
      let field = join.contains("pairs") ? "tag" : "label"
      let t = tail.replacingOccurrences(of: "label", with: field)
        .replacingOccurrences(of: "join kind=left names on \(field) == \(field)", with: "join kind=left names on \(field) == label")
      let direct = try Self.run(join + " | " + t, Self.catalog)
      let viaTable = try Self.run("joined | " + t, kept)
      #expect(Self.rows(direct) == Self.rows(viaTable), "\(join) | \(t)")
    }
  }

  @Test func theJoinedTextKeepsItsValuesAndType() throws {
    let t = try Self.run("left | join kind=left names on k == id | select k, label", Self.catalog)
    #expect(t.column(named: "label")?.type == .string)
    #expect(QueryFixture.strings(t, "label") == ["b", "a", "b", "", "c-10", "", "", "a", "b", "b"])
    #expect(t.column(named: "label").map { (0..<t.rowCount).filter($0.isMissing) } == [3, 5, 6])
    // Equal texts under different codes are one group, and sort as equals (stable by row).
    let counts = try Self.run("left | join kind=left names on k == id | count by label", Self.catalog)
    #expect(QueryFixture.strings(counts, "label") == ["b", "", "a", "c-10"])
    #expect(QueryFixture.strings(counts, "count") == ["4", "3", "2", "1"])
    let sorted = try Self.run("left | join names on k == id | sort label | select v", Self.catalog)
    #expect(QueryFixture.strings(sorted, "v") == ["20", "80", "10", "30", "90", "100", "50", "40"])
  }

  @Test func countingMissingReadsOnlyTheMarks() throws {
    let t = try Self.run(
      "left | join kind=left names on k == id | summarize m = countif(label is missing), n = count()", Self.catalog)
    #expect(QueryFixture.strings(t, "m") == ["3"])
    #expect(QueryFixture.strings(t, "n") == ["10"])
  }
}

extension Table {
  fileprivate func renamed(_ name: String) -> Table {
    var t = self
    t.name = name
    return t
  }
}
