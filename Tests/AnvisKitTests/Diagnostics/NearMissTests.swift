import Testing

@testable import AnvisKit

@Suite struct NearMissTests {
  @Test func swappedNeighboursAreOneEdit() {
    #expect(NearMiss.distance("jsno", "json") == 1)
    #expect(NearMiss.distance(".hlep", ".help") == 1)
    #expect(NearMiss.distance("kitten", "sitting") == 3)
    #expect(NearMiss.distance("", "abc") == 3)
  }

  @Test func suggestsOnlyCloseNames() {
    #expect(NearMiss.suggestion(for: "tabels", among: ["tables", "describe"]) == "tables")
    #expect(NearMiss.suggestion(for: "xyzzy", among: ["tables", "describe"]) == nil)
  }
}
