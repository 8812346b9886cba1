/// The common record read without building `CSVField`s: one line of plain text, for the loader's
/// fast path over large tables (`DatasetLoader+PlainUnits`). Anything else is left to
/// `nextRecord`, which then reads the same record as it always does.
extension CSVReader {
  /// Where the reader stands, to go back to it (`rewind`).
  struct Mark {
    fileprivate let offset: Int
    fileprivate let line: Int
    fileprivate let lineStart: Int
  }

  var mark: Mark { Mark(offset: offset, line: line, lineStart: lineStart) }

  mutating func rewind(to mark: Mark) {
    offset = mark.offset
    line = mark.line
    lineStart = mark.lineStart
  }

  /// Reads the next record when it is plain: it starts at once (no blank line before it), ends
  /// with LF or the end of the file, has exactly `count` fields, and every other byte is
  /// printable ASCII from `-` (0x2D) on other than the separator: no quote, space, tab, CR, NUL
  /// or non-ASCII byte, so `nextRecord` would find no issue and trim nothing. Writes field `k`'s
  /// range to `bounds[2k]..<bounds[2k + 1]` and returns the record's line, having moved past it
  /// as `nextRecord` would; otherwise returns nil and reads nothing.
  mutating func nextPlainRecord(count: Int, bounds: UnsafeMutableBufferPointer<Int>) -> Int? {
    guard count > 0, bounds.count >= 2 * count, offset < min(bytes.count, limit) else { return nil }
    let sep = separator
    let start = offset
    let found: Int? = bytes.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return nil }
      let n = b.count
      var i = start
      var k = 0
      var fieldStart = i
      while i < n {
        if i + 8 <= n {
          let special = CSVReader.specialBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), sep)
          if special == 0 {
            i += 8
            continue
          }
          i += special.trailingZeroBitCount >> 3
        }
        let c = base[i]
        if c &- 0x2D < 0x53 && c != sep {
          i += 1
          continue
        }
        if c == sep {
          guard k + 1 < count else { return nil }
          bounds[2 * k] = fieldStart
          bounds[2 * k + 1] = i
          k += 1
          i += 1
          fieldStart = i
          continue
        }
        if c == CSVReader.lf { break }
        return nil
      }
      guard k + 1 == count else { return nil }
      bounds[2 * k] = fieldStart
      bounds[2 * k + 1] = i
      return i
    }
    guard let end = found else { return nil }
    let recordLine = line
    if end < bytes.count {
      // The LF: `consumeLineBreak`.
      offset = end + 1
      line += 1
      lineStart = offset
    } else {
      offset = end
    }
    return recordLine
  }
}
