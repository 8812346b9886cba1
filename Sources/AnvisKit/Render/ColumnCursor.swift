/// One column seen through buffer pointers, for the table writers' inner loops: reading a cell
/// costs no reference counting. Valid only inside `ColumnCursor.with`; only read, so it may be
/// shared by the workers rendering blocks of rows.
struct ColumnCursor: @unchecked Sendable {
  enum Kind { case int, double, bool, text, date, coded }

  var kind: Kind
  /// Ints and day ordinals.
  var words = UnsafeBufferPointer<Int>(start: nil, count: 0)
  var doubles = UnsafeBufferPointer<Double>(start: nil, count: 0)
  var bools = UnsafeBufferPointer<Bool>(start: nil, count: 0)
  var texts = UnsafeBufferPointer<String>(start: nil, count: 0)
  var codes = UnsafeBufferPointer<Int32>(start: nil, count: 0)
  /// An enumeration's values, each encoded once (csv field or JSON string), one after another:
  /// value `k` is `encoded[offsets[k]..<offsets[k + 1]]`.
  var encoded = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var offsets = UnsafeBufferPointer<Int>(start: nil, count: 0)
  var missing: UnsafeBufferPointer<Bool>?

  init(kind: Kind) { self.kind = kind }

  func isMissing(_ row: Int) -> Bool { missing?[row] ?? false }

  /// The encoded bytes of the enumeration value at `row`.
  func code(_ row: Int) -> UnsafeBufferPointer<UInt8> {
    let k = Int(codes[row])
    return UnsafeBufferPointer(rebasing: encoded[offsets[k]..<offsets[k + 1]])
  }

  /// Calls `body` with a cursor over each column; enumeration values encoded by `encode`.
  static func with<R>(
    _ columns: [Column], encode: (String, inout OutputBytes) -> Void, _ body: ([ColumnCursor]) -> R
  ) -> R {
    var cursors: [ColumnCursor] = []
    cursors.reserveCapacity(columns.count)
    return collect(columns[...], encode: encode, into: &cursors, body)
  }

  /// One column at a time, each inside its arrays' `withUnsafeBufferPointer`.
  private static func collect<R>(
    _ columns: ArraySlice<Column>, encode: (String, inout OutputBytes) -> Void, into cursors: inout [ColumnCursor],
    _ body: ([ColumnCursor]) -> R
  ) -> R {
    guard let column = columns.first else { return body(cursors) }
    let rest = columns.dropFirst()
    func next(_ cursor: ColumnCursor) -> R {
      guard let missing = column.missing else {
        cursors.append(cursor)
        return collect(rest, encode: encode, into: &cursors, body)
      }
      return missing.withUnsafeBufferPointer { m in
        var cursor = cursor
        cursor.missing = m
        cursors.append(cursor)
        return collect(rest, encode: encode, into: &cursors, body)
      }
    }
    var cursor: ColumnCursor
    switch column.storage {
    case .coded:
      // Written as plain text (a finished table holds no coded text; see `Frame.table`).
      return collect([column.decoded] + rest, encode: encode, into: &cursors, body)
    case .int(let a):
      cursor = ColumnCursor(kind: .int)
      return a.withUnsafeBufferPointer { p in
        cursor.words = p
        return next(cursor)
      }
    case .date(let a):
      cursor = ColumnCursor(kind: .date)
      return a.withUnsafeBufferPointer { p in
        cursor.words = p
        return next(cursor)
      }
    case .double(let a):
      cursor = ColumnCursor(kind: .double)
      return a.withUnsafeBufferPointer { p in
        cursor.doubles = p
        return next(cursor)
      }
    case .bool(let a):
      cursor = ColumnCursor(kind: .bool)
      return a.withUnsafeBufferPointer { p in
        cursor.bools = p
        return next(cursor)
      }
    case .string(let a):
      cursor = ColumnCursor(kind: .text)
      return a.withUnsafeBufferPointer { p in
        cursor.texts = p
        return next(cursor)
      }
    case .enumeration(let codes, let values):
      var bytes = OutputBytes()
      var offsets = [0]
      for value in values {
        encode(value, &bytes)
        offsets.append(bytes.count)
      }
      cursor = ColumnCursor(kind: .coded)
      return codes.withUnsafeBufferPointer { c in
        bytes.bytes.withUnsafeBufferPointer { e in
          offsets.withUnsafeBufferPointer { o in
            cursor.codes = c
            cursor.encoded = e
            cursor.offsets = o
            return next(cursor)
          }
        }
      }
    }
  }
}
