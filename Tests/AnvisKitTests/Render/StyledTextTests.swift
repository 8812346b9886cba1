import Testing

@testable import AnvisKit

/// Text with roles: the text is what any writer without colours writes; the runs give each
/// stretch its role, in order.
@Suite struct StyledTextTests {
  @Test func appendingKeepsTheRolesWhereTheyWere() {
    var text = StyledText("name", as: .heading)
    text.append("  ")
    text.append("rows", as: .heading)
    text += StyledText("\n… 3 more rows", as: .hint)
    #expect(text.text == "name  rows\n… 3 more rows")
    let runs = text.runs.map { (String($0.text), $0.role) }
    #expect(runs.map(\.0) == ["name", "  ", "rows", "\n… 3 more rows"])
    #expect(runs.map(\.1) == [.heading, nil, .heading, .hint])
  }

  @Test func runsCountBytesNotCharacters() {
    var text = StyledText("æø ")
    text.append("Østparken", as: .heading)
    text.append(" å")
    #expect(text.runs.map { String($0.text) } == ["æø ", "Østparken", " å"])
  }

  @Test func trimmingCutsTheSpansAtTheNewEnd() {
    var text = StyledText("id")
    text.append("  ")
    text.append("note   ", as: .heading)
    text.append("  ")
    let trimmed = text.trimmingTrailingWhitespace()
    #expect(trimmed.text == "id  note")
    #expect(trimmed.runs.map { String($0.text) } == ["id  ", "note"])
    var blank = StyledText("x")
    blank.append("   ", as: .hint)
    #expect(blank.trimmingTrailingWhitespace().spans.isEmpty)
  }

  @Test func aTableHeaderIsAHeadingAndItsFooterAHint() {
    let table = Table(name: "t", columns: [Column(name: "n", storage: .int(Array(0..<5)))])
    let shown = TableLayout(rowLimit: 2, width: nil, expanded: .off).render(table)
    #expect(shown.text == "n\n-\n0\n1\n… 3 more rows (.maxrows 0 shows all)\n")
    #expect(shown.runs.filter { $0.role == .heading }.map { String($0.text) } == ["n"])
    #expect(shown.runs.filter { $0.role == .hint }.map { String($0.text) } == ["… 3 more rows (.maxrows 0 shows all)"])
  }
}
