import Testing

@testable import AnvisKit

/// Ids sort naturally: digit runs compare as numbers (`org-2` before `org-10`).
@Suite struct NaturalOrderTests {
  @Test func digitRunsCompareAsNumbers() {
    #expect(["org-10", "org-2", "org-1", "a", "org-20"].naturallySorted() == ["a", "org-1", "org-2", "org-10", "org-20"])
    #expect(NaturalOrder.less("u-9", "u-10"))
    #expect(NaturalOrder.less("a-01", "a-1"))
    #expect(NaturalOrder.compare("x", "x") == 0)
    #expect(NaturalOrder.less("d-2b", "d-10a"))
  }

  @Test func sortOnAnIdFieldIsNaturalAndOnOtherTextPlain() throws {
    let table = Table(
      name: "t",
      columns: [
        Column(name: "organisation", storage: .string(["org-10", "org-2", "org-1"])),
        Column(name: "label", storage: .string(["x10", "x2", "x1"])),
      ])
    var catalog = TableCatalog()
    catalog.bind(table, origin: .let)
    let byID = try QueryEngine.run("t | sort organisation", catalog: catalog).table
    #expect(byID.columns[0].strings == ["org-1", "org-2", "org-10"])
    let byIDDown = try QueryEngine.run("t | sort organisation desc", catalog: catalog).table
    #expect(byIDDown.columns[0].strings == ["org-10", "org-2", "org-1"])
    let byText = try QueryEngine.run("t | sort label", catalog: catalog).table
    #expect(byText.columns[1].strings == ["x1", "x10", "x2"])
  }
}

extension Column {
  fileprivate var strings: [String] { (0..<count).map { self[$0].displayText } }
}
