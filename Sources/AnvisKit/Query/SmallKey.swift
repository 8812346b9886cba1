/// A `count by` key with few distinct values, as one small code per row: enumerations and
/// true/false as they are, text through its cached codes (`TextCodes`), coded text through its
/// codes with equal texts made one. A missing value is the last code, `size - 1`.
struct SmallKey {
  enum Codes {
    case codes([Int32])
    case bools([Bool])
    /// Codes read through `merged` (a code outside it: missing).
    case remapped([Int32], merged: [Int32])
  }

  let column: Column
  let codes: Codes
  /// The distinct values and missing.
  let size: Int
  /// For each code below `size - 1`: the base row where it first appears (text), or the code
  /// in `values` it stands for (coded text).
  let representative: [Int]

  /// The key as codes; nil for a key of another kind (or text without cached codes).
  init?(_ column: Column) {
    self.column = column
    switch column.storage {
    case .enumeration(let c, let values):
      (codes, size, representative) = (.codes(c), values.count + 1, [])
    case .bool(let b):
      (codes, size, representative) = (.bools(b), 3, [])
    case .string(let a):
      guard let cache = column.textCodes else { return nil }
      let (cached, firstRow) = cache.codes(of: a)
      (codes, size, representative) = (.codes(cached), firstRow.count + 1, firstRow)
    case .coded(let c, let values):
      // Texts of a large table (their distinct ones are likely many): left to grouping, which
      // would read them again.
      guard values.count <= 65_536 else { return nil }
      let (same, distinct) = Grouping.encodeStrings(values, nil, nil, values.count)
      var first = [Int](repeating: 0, count: distinct.count)
      for k in same.indices.reversed() { first[Int(same[k])] = k }
      (codes, size, representative) = (.remapped(c, merged: same), distinct.count + 1, first)
    default:
      return nil
    }
  }

  /// Sets (the first key) or adds `times ×` the key's code for rows `lo..<lo+n` of the table
  /// (through the selection when there is one).
  @inline(__always)
  func addCodes(
    times: Int32, first: Bool, _ selection: [Int]?, _ lo: Int, _ n: Int, _ out: UnsafeMutablePointer<Int32>
  ) {
    let missingCode = Int32(size - 1)
    func run<T>(_ a: [T], _ code: (T) -> Int32) {
      a.withUnsafeBufferPointer { a in
        let m = column.missing
        @inline(__always) func value(_ r: Int) -> Int32 {
          if let m, m[r] { return missingCode }
          return code(a[r])
        }
        if let selection {
          selection.withUnsafeBufferPointer { s in
            if first {
              for i in 0..<n { out[i] = value(s[lo + i]) &* times }
            } else {
              for i in 0..<n { out[i] &+= value(s[lo + i]) &* times }
            }
          }
        } else if m == nil {
          let base = a.baseAddress! + lo
          if first {
            for i in 0..<n { out[i] = code(base[i]) &* times }
          } else {
            for i in 0..<n { out[i] &+= code(base[i]) &* times }
          }
        } else {
          if first {
            for i in 0..<n { out[i] = value(lo + i) &* times }
          } else {
            for i in 0..<n { out[i] &+= value(lo + i) &* times }
          }
        }
      }
    }
    switch codes {
    case .codes(let c): run(c) { $0 }
    case .bools(let b): run(b) { $0 ? 1 : 0 }
    case .remapped(let c, let merged):
      merged.withUnsafeBufferPointer { merged in
        run(c) { k in UInt32(bitPattern: k) < UInt32(merged.count) ? merged[Int(k)] : missingCode }
      }
    }
  }

  /// The key's value for each of `codes` (one row per code), as a column of the key's kind.
  func column(of codes: [Int]) -> Column {
    let missingCode = size - 1
    let missing = codes.contains(missingCode) ? codes.map { $0 == missingCode } : nil
    let storage: Column.Storage
    switch column.storage {
    case .enumeration(_, let values):
      storage = .enumeration(codes: codes.map { Int32($0 == missingCode ? 0 : $0) }, values: values)
    case .string(let a):
      storage = .string(codes.map { $0 == missingCode ? "" : a[representative[$0]] })
    case .coded(_, let values):
      storage = .coded(
        codes: codes.map { $0 == missingCode ? -1 : Int32(representative[$0]) }, values: values)
    default:
      storage = .bool(codes.map { $0 == 1 })
    }
    return Column(name: column.name, storage: storage, missing: missing)
  }
}
