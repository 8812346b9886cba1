import Testing

@testable import AnvisKit

/// Look-ups by id: ascending ids are searched by halving, others hashed; both answer alike.
@Suite("ID index")
struct IDIndexTests {
  @Test func ascendingIdsAreFound() throws {
    let ids = (1...1000).map { "u-" + String(1_000_000 + $0).dropFirst() }
    let index = try IDIndex(ids)
    for (row, id) in ids.enumerated() { #expect(index[id] == row) }
    #expect(index["u-000000"] == nil)
    #expect(index["u-001001"] == nil)
    #expect(index["u-0005"] == nil)
    #expect(index[""] == nil)
  }

  @Test func idsInAnyOrderAreFound() throws {
    let ids = ["c", "a", "b", "a-2"]
    let index = try IDIndex(ids)
    #expect(ids.indices.allSatisfy { index[ids[$0]] == $0 })
    #expect(index["d"] == nil)
  }

  @Test func aRepeatedIdIsRefused() {
    #expect(throws: IDIndex.Duplicate.self) { try IDIndex(["a", "b", "a"]) }
    #expect(throws: IDIndex.Duplicate.self) { try IDIndex(["a", "a"]) }
  }

  @Test func anEmptyTable() throws {
    let index = try IDIndex([])
    #expect(index["a"] == nil)
    #expect(index.count == 0)
  }
}
