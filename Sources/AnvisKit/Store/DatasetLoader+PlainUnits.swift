/// The units file's common row read straight from its bytes: a plain record
/// (`CSVReader.nextPlainRecord`) whose every value is sound. Such a row builds exactly the unit
/// `readUnitRows` builds from it and reports nothing; any other row (a problem, quoting, spaces,
/// a CPR-like value, an id out of order) is read again by `readUnitRows` itself, so what the
/// load reports never depends on this path. On national, reading a row through `CSVField`s and
/// the checked accessors cost about 4,000 instructions, over 80 % of opening.
extension DatasetLoader {
  /// The unit of the next row when it is plain and sound (its id registered in `ids`, `last`
  /// its department); nil, having read nothing, otherwise. `bounds` holds 20 offsets.
  static func readPlainUnit(
    _ file: inout TableFileReader, _ bounds: UnsafeMutableBufferPointer<Int>, ids: inout IDRegistry,
    departments: inout IDRegistry, last: inout String, asOf: Day?
  ) -> Unit? {
    let mark = file.csv.mark
    guard let line = file.csv.nextPlainRecord(count: 10, bounds: bounds) else { return nil }
    if let unit = plainUnit(
      file.csv, bounds, line: line, ids: &ids, departments: &departments, last: &last, asOf: asOf)
    {
      return unit
    }
    file.csv.rewind(to: mark)
    return nil
  }

  /// The values of the plain record in `bounds`, checked as `readUnitRows` checks them; nil at
  /// the first that it would report.
  private static func plainUnit(
    _ csv: CSVReader, _ bounds: UnsafeMutableBufferPointer<Int>, line: Int, ids: inout IDRegistry,
    departments: inout IDRegistry, last: inout String, asOf: Day?
  ) -> Unit? {
    func field(_ k: Int) -> CSVField {
      CSVField(
        start: bounds[2 * k], end: bounds[2 * k + 1], cellStart: bounds[2 * k], line: line,
        lineStart: bounds[0], quoted: false, hasDoubledQuotes: false)
    }
    // A CPR-like value is refused before any field is read (`TableFileReader.nextRow`).
    let cprFree = csv.bytes.withUnsafeBufferPointer { b -> Bool in
      for k in 0..<10 {
        let range = bounds[2 * k]..<bounds[2 * k + 1]
        if range.count >= 10, CPRDetector.find(in: b, range) != nil { return false }
      }
      return true
    }
    guard cprFree else { return nil }
    let idField = field(0)
    let departmentField = field(1)
    guard !idField.isEmpty, !departmentField.isEmpty else { return nil }
    let id = csv.string(idField)
    // Ids in ascending order are registered without a look-up; any other is left to the checks.
    if let previous = ids.last, !(previous < id) { return nil }
    guard ids.isAscending else { return nil }
    var department = last
    if !csv.holds(departmentField, last) {
      department = csv.string(departmentField)
      guard !departments.isKnown || departments.contains(department) else { return nil }
    }
    guard let type = csv.enumValue(field(2), in: unitTypes),
      let rooms = csv.int(field(3)), Bound.atLeast(1).contains(Double(rooms)),
      let size = csv.double(field(4), decimalComma: false), Bound.positive.contains(size),
      let rent = csv.double(field(5), decimalComma: false), Bound.nonNegative.contains(rent),
      let floor = csv.int(field(6)),
      let accessible = csv.bool(field(7)),
      let status = csv.enumValue(field(8), in: unitStatuses)
    else { return nil }
    var vacantSince: Day?
    let since = field(9)
    if since.isEmpty {
      guard status != .vacant else { return nil }
    } else {
      guard case .day(let day) = csv.date(since), status != .occupied else { return nil }
      if let asOf, day > asOf { return nil }
      vacantSince = day
    }
    last = department
    _ = ids.register(id, line: line)
    return Unit(
      id: id, department: department, type: type, rooms: rooms, sizeM2: size, rent: rent, floor: floor,
      accessible: accessible, status: status, vacantSince: vacantSince)
  }
}
