import Testing

@testable import AnvisKit

@Suite struct DiagnosticTests {
  @Test func drawsTheCaretUnderTheColumn() {
    let d = Diagnostic("unknown field 'rnet'", column: 15, length: 4, hint: "did you mean 'rent'?")
    #expect(
      ErrorRenderer.caret(d, source: "units | where rnet < 3500") == """
        error: unknown field 'rnet'
         --> input:1:15
        1 | units | where rnet < 3500
          |               ^^^^
          = help: did you mean 'rent'?
        """)
  }

  @Test func aTabInTheLineKeepsTheCaretInPlace() {
    let d = Diagnostic("unknown field 'rnet'", column: 15, length: 4)
    #expect(
      ErrorRenderer.caret(d, source: "units |\twhere\trnet < 1") == """
        error: unknown field 'rnet'
         --> input:1:15
        1 | units | where rnet < 1
          |               ^^^^
        """)
  }

  @Test func aVeryLongLineIsCutAroundTheCaret() {
    let source = "units | where " + String(repeating: "rent > 1 or ", count: 500) + "rnet > 2"
    let column = source.count - "rnet > 2".count + 1
    let d = Diagnostic("unknown field 'rnet'", column: column, length: 4)
    let lines = ErrorRenderer.caret(d, source: source).split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[1] == " --> input:1:\(column)")
    #expect(lines[2].count < 130)
    #expect(lines[2].hasPrefix("1 | …"))
    #expect(lines[2].hasSuffix("rnet > 2"))
    // The caret is still under 'rnet'.
    let caret = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
    let word = lines[2].firstRange(of: "rnet").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) }
    #expect(caret != nil && caret == word)
    #expect(lines[3].hasSuffix("^^^^"))
  }
}
