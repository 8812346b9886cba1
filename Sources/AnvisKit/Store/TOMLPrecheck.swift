/// Checks that TOMLKit can be handed a text safely.
///
/// TOMLKit wraps toml++, which *assumes* (a debug assertion, an optimiser hint in release) that
/// a table header's name starts with a key character: `[` followed by a carriage return, `=`,
/// `#`, `,` and the like aborts the process or is undefined behaviour. Found by the data-set
/// fuzz test (`Fixtures/fuzz-corpus/toml-header-cr.toml`). Such a header is reported here, at
/// its place, and the text never reaches the parser.
enum TOMLPrecheck {
  /// The line, column and message of the first header toml++ cannot take, or nil.
  static func unsafeHeader(in text: String) -> (line: Int, column: Int, message: String)? {
    var lineNumber = 0
    for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = Array(raw)
      var i = 0
      while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
      guard i < line.count, line[i] == UInt8(ascii: "[") else { continue }
      i += 1
      if i < line.count && line[i] == UInt8(ascii: "[") { i += 1 }
      while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
      guard i < line.count else {
        return (lineNumber, column(of: i, in: line), "expected a table name and ']' after '['")
      }
      let c = line[i]
      let isKeyStart =
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "]")
      if !isKeyStart {
        return (lineNumber, column(of: i, in: line), "expected a table name after '['")
      }
    }
    return nil
  }

  /// 1-based column in characters of byte `offset` of a line.
  private static func column(of offset: Int, in line: [UInt8]) -> Int {
    line.prefix(offset).reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
