/// Text columns held as codes (`Column.Storage.coded`): a join spreads its right table's text
/// columns this way, one 32-bit code per row instead of one `String` per row, and the stages
/// that read texts one by one see them decoded.
extension Column {
  /// The text of `code` in `values`; "" for a code outside them (a missing row).
  @inline(__always)
  static func text(_ code: Int32, _ values: [String]) -> String {
    let c = Int(code)
    return c >= 0 && c < values.count ? values[c] : ""
  }

  /// This column with coded text turned into plain text (`.string`); any other column as it
  /// is. The value at every row is unchanged.
  public var decoded: Column {
    guard case .coded(let codes, let values) = storage else { return self }
    var out = Column(name: name, storage: .string(codes.map { Column.text($0, values) }), missing: missing)
    out.textCodes = nil
    return out
  }

  /// Whether the column holds coded text.
  var isCoded: Bool {
    if case .coded = storage { return true }
    return false
  }

  /// A text column of the rows `rows` (-1: missing) of the text column `values`, as codes: no
  /// text is copied. `valuesMissing` marks the missing values of `values`.
  static func coded(name: String, rows: [Int32], values: [String], valuesMissing: [Bool]?) -> Column {
    var gaps = [Bool](repeating: false, count: rows.count)
    var any = false
    rows.withUnsafeBufferPointer { rows in
      gaps.withUnsafeMutableBufferPointer { gaps in
        if let valuesMissing {
          valuesMissing.withUnsafeBufferPointer { m in
            for i in 0..<rows.count {
              let r = Int(rows[i])
              if r < 0 || m[r] {
                gaps[i] = true
                any = true
              }
            }
          }
        } else {
          for i in 0..<rows.count where rows[i] < 0 {
            gaps[i] = true
            any = true
          }
        }
      }
    }
    return Column(name: name, storage: .coded(codes: rows, values: values), missing: any ? gaps : nil)
  }
}
