/// A cell's address as Excel shows it: column letters and a 1-based row, `F12`.
struct CellReference: Hashable, Sendable {
  /// 1-based column (A = 1).
  var column: Int
  /// 1-based row.
  var row: Int

  /// Excel's last column (XFD) and last row.
  static let maxColumns = 16_384
  static let maxRows = 1_048_576

  init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  /// Parses `F12` (letters then digits); nil on anything else or outside the sheet.
  init?(_ text: some StringProtocol) { self.init(utf8: text.utf8) }

  /// Parses the UTF-8 bytes of `F12`.
  init?<Bytes: Sequence<UInt8>>(utf8 text: Bytes) {
    var column = 0
    var row = 0
    var digits = 0
    for byte in text {
      if digits == 0, byte >= 65 && byte <= 90 {
        column = column * 26 + Int(byte - 64)
        guard column <= CellReference.maxColumns else { return nil }
      } else if byte >= 48 && byte <= 57, column > 0 {
        row = row * 10 + Int(byte - 48)
        digits += 1
        guard row <= CellReference.maxRows else { return nil }
      } else if byte == UInt8(ascii: "$") {
        continue
      } else {
        return nil
      }
    }
    guard column > 0, row > 0 else { return nil }
    self.init(column: column, row: row)
  }

  /// Just the column letters of `F12`: `F`.
  static func letters(_ column: Int) -> String {
    var n = column
    var out: [UInt8] = []
    while n > 0 {
      let r = (n - 1) % 26
      out.append(UInt8(65 + r))
      n = (n - 1) / 26
    }
    return String(decoding: out.reversed(), as: UTF8.self)
  }

  /// `F12`.
  var text: String { CellReference.letters(column) + String(row) }
}
