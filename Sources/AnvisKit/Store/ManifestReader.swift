import TOMLKit

/// Reads `anvis.toml` (or `anvis.yaml`) into a `Manifest`, reporting every problem with its position.
///
/// TOMLKit gives positions for syntax errors only; for a bad value the position comes from
/// `TOMLKeyLocator`, which finds the line of `key =` under its `[table]`.
enum ManifestReader {
  static let topKeys = ["name", "as_of", "flow", "levers"]
  static let flowKeys = ["inflow_per_month", "exit_per_year", "acceptance", "claim_days", "turnover"]
  static let leverKeys =
    [
      "anvisning_share", "rent_cap", "youth_claim", "area_restrictions", "senior_for_homeless",
      "agreement_support_response_days", "agreement_guarantee", "agreement_contact",
    ]
    + ModelLevers.levers.map(ModelLevers.manifestKey)

  /// The manifest, or nil when `problems` received at least one problem.
  static func read(text: String, problems: inout ProblemList) -> Manifest? {
    let before = problems.count
    if let unsafe = TOMLPrecheck.unsafeHeader(in: text) {
      problems.add(line: unsafe.line, column: unsafe.column, unsafe.message)
      return nil
    }
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let at = error.source.begin
      problems.add(line: max(at.line, 1), column: max(at.column, 1), error.description)
      return nil
    } catch {
      problems.add(line: 1, column: 1, "not a TOML document")
      return nil
    }
    return check(root, locator: TOMLKeyLocator(text: text), problems: &problems, before: before)
  }

  /// The manifest written as YAML (`anvis.yaml`), checked by the same rules.
  static func read(yaml text: String, problems: inout ProblemList) -> Manifest? {
    let before = problems.count
    guard let (root, locator) = YAMLManifest.table(text: text, problems: &problems) else { return nil }
    return check(root, locator: locator, problems: &problems, before: before)
  }

  private static func check(
    _ root: TOMLTable, locator: TOMLKeyLocator, problems: inout ProblemList, before: Int
  ) -> Manifest? {
    var reader = Reader(locator: locator, problems: problems)
    let manifest = reader.manifest(root)
    problems = reader.problems
    return problems.count == before ? manifest : nil
  }

  fileprivate struct Reader {
    let locator: TOMLKeyLocator
    var problems: ProblemList

    /// Reports a problem at the value of `key` in `[table]` (or at the key itself).
    mutating func report(_ table: String, _ key: String, _ message: String, atKey: Bool = false) {
      let found =
        atKey ? locator.keyPosition(table: table, key: key) : locator.position(table: table, key: key)
      let at = found ?? (1, 1)
      problems.add(line: at.line, column: at.column, message)
    }

    mutating func unknownKeys(_ table: TOMLTable, _ path: String, allowed: [String]) {
      let unknown = table.keys.filter { !allowed.contains($0) }
      let ordered = unknown.sorted {
        (locator.position(table: path, key: $0)?.line ?? 0)
          < (locator.position(table: path, key: $1)?.line ?? 0)
      }
      for key in ordered {
        if let masked = CPRDetector.maskedMatch(in: key) {
          report(path, key, CPRDetector.message(masked), atKey: true)
          continue
        }
        let place = path.isEmpty ? "" : " in [\(path)]"
        var message =
          table[key]?.table != nil
          ? "unknown table [\(path.isEmpty ? key : path + "." + key)]" : "unknown key '\(key)'\(place)"
        if let hint = NearMiss.hint(for: key, among: allowed) { message += "; \(hint)" }
        report(path, key, message, atKey: true)
      }
    }

    /// The value of `key` as a number; reported when it is there but is not one.
    mutating func anyNumber(_ table: TOMLTable, _ path: String, _ key: String) -> Double? {
      guard let value = table[key] else { return nil }
      guard let number = value.double ?? value.int.map(Double.init) else {
        report(path, key, "\(key) must be a number")
        return nil
      }
      return number
    }

    mutating func number(_ table: TOMLTable, _ path: String, _ key: String, _ range: ClosedRange<Double>)
      -> Double?
    {
      guard let number = anyNumber(table, path, key) else { return nil }
      guard range.contains(number) else {
        let bound =
          range.upperBound == .infinity
          ? "must not be negative"
          : "must be between \(format(range.lowerBound)) and \(format(range.upperBound))"
        report(path, key, "\(key) \(bound), found \(format(number))")
        return nil
      }
      return number
    }

    /// A number for `lever`, in the range `set` allows for it (one definition: `Lever.range`).
    mutating func number(_ table: TOMLTable, _ path: String, _ key: String, lever: Lever) -> Double? {
      guard let number = anyNumber(table, path, key) else { return nil }
      guard let range = lever.range else { return number }
      guard range.contains(number) else {
        let whole: Bool
        let low: Double
        let high: Double
        switch range {
        case .whole(let r): (whole, low, high) = (true, Double(r.lowerBound), Double(r.upperBound))
        case .number(let r): (whole, low, high) = (false, r.lowerBound, r.upperBound)
        }
        let found = table[key]?.int.map(String.init) ?? format(number)
        if whole && number == number.rounded() || !whole {
          report(
            path, key,
            "\(key) must be between \(format(low)) and \(format(high)), found \(found)")
        } else {
          report(path, key, "\(key) must be a whole number, found \(found)")
        }
        return nil
      }
      return number
    }

    mutating func bool(_ table: TOMLTable, _ path: String, _ key: String) -> Bool? {
      guard let value = table[key] else { return nil }
      guard let b = value.bool else {
        report(path, key, "\(key) must be true or false")
        return nil
      }
      return b
    }

    func format(_ x: Double) -> String {
      x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    mutating func manifest(_ root: TOMLTable) -> Manifest? {
      unknownKeys(root, "", allowed: ManifestReader.topKeys)
      var name: String?
      if let value = root["name"] {
        if let text = value.string, !text.trimmingSpaces.isEmpty {
          if let masked = CPRDetector.maskedMatch(in: text) {
            report("", "name", CPRDetector.message(masked))
          } else {
            name = text
          }
        } else {
          report("", "name", "name must be a non-empty string")
        }
      } else {
        problems.add(line: 1, column: 1, "missing 'name' (the data set's name, e.g. name = \"Aalborg\")")
      }
      let asOf = self.asOf(root)
      var flow = Manifest.Flow()
      var levers = Manifest.LeverDefaults()
      if let value = root["flow"] {
        if let table = value.table {
          readFlow(table, into: &flow)
        } else {
          report("", "flow", "flow must be a table ([flow])")
        }
      }
      if let value = root["levers"] {
        if let table = value.table {
          unknownKeys(table, "levers", allowed: ManifestReader.leverKeys)
          if let v = number(table, "levers", "anvisning_share", lever: .anvisningShare) { levers.anvisningShare = v }
          if let v = number(table, "levers", "rent_cap", lever: .rentCap) { levers.rentCap = v }
          if let v = bool(table, "levers", "youth_claim") { levers.youthClaim = v }
          if let v = bool(table, "levers", "area_restrictions") { levers.areaRestrictions = v }
          for lever in ModelLevers.levers {
            guard let spec = ModelLevers.spec(lever) else { continue }
            let key = ModelLevers.manifestKey(lever)
            if let v = number(table, "levers", key, spec.range) {
              if spec.whole && v != v.rounded() {
                report("levers", key, "\(key) must be a whole number of \(spec.what)")
              } else {
                levers.numbers[lever.name] = v
              }
            }
          }
          if let v = bool(table, "levers", "senior_for_homeless") { levers.seniorForHomeless = v }
          readAgreement(table, into: &levers.agreement)
        } else {
          report("", "levers", "levers must be a table ([levers])")
        }
      }
      guard let name, let asOf else { return nil }
      return Manifest(name: name, asOf: asOf, flow: flow, levers: levers)
    }

    mutating func asOf(_ root: TOMLTable) -> Day? {
      guard let value = root["as_of"] else {
        problems.add(
          line: 1, column: 1, "missing 'as_of' (the day the data describes, e.g. as_of = 2026-11-01)")
        return nil
      }
      if let date = value.date {
        if let day = Day(year: date.year, month: date.month, day: date.day) { return day }
        report("", "as_of", "as_of is not a date")
        return nil
      }
      if let text = value.string {
        if let day = Day(iso: text) { return day }
        if let masked = CPRDetector.maskedMatch(in: text) {
          report("", "as_of", CPRDetector.message(masked))
          return nil
        }
        if text.utf8.count == 10, Array(text.utf8)[4] == UInt8(ascii: "-") {
          report("", "as_of", "\(text) is not a date")
        } else {
          report("", "as_of", "as_of must be a date YYYY-MM-DD, found '\(text.prefix(40))'")
        }
        return nil
      }
      report("", "as_of", "as_of must be a date YYYY-MM-DD")
      return nil
    }

    /// `agreement_*` in [levers], checked with the ranges `set` uses (`AgreementTerms`).
    mutating func readAgreement(_ table: TOMLTable, into terms: inout AgreementTerms) {
      let key = "agreement_support_response_days"
      if let value = table[key] {
        let range = AgreementTerms.responseDaysRange
        if let days = value.int, range.contains(days) {
          terms.supportResponseDays = days
        } else if let text = value.string, ["off", "none"].contains(text.lowercased()) {
          terms.supportResponseDays = nil
        } else {
          report(
            "levers", key,
            "\(key) must be a whole number of days from \(range.lowerBound) to \(range.upperBound), or \"off\"")
        }
      }
      if let value = table["agreement_guarantee"] {
        let allowed = AgreementTerms.Guarantee.allCases.map(\.rawValue)
        if let text = value.string, let g = AgreementTerms.Guarantee(rawValue: text.lowercased()) {
          terms.guarantee = g
        } else {
          report("levers", "agreement_guarantee", "agreement_guarantee must be one of \(allowed.joined(separator: ", "))")
        }
      }
      if let v = bool(table, "levers", "agreement_contact") { terms.contact = v }
    }

    mutating func readFlow(_ table: TOMLTable, into flow: inout Manifest.Flow) {
      unknownKeys(table, "flow", allowed: ManifestReader.flowKeys)
      if let v = number(table, "flow", "inflow_per_month", lever: .inflowPerMonth) { flow.inflowPerMonth = v }
      if let v = number(table, "flow", "exit_per_year", lever: .exitPerYear) { flow.exitPerYear = v }
      if let v = number(table, "flow", "acceptance", lever: .acceptance) { flow.acceptance = v }
      if let value = table["claim_days"] {
        if value.int == nil {
          report("flow", "claim_days", "claim_days must be a whole number of days")
        } else if let days = number(table, "flow", "claim_days", lever: .claimDays) {
          flow.claimDays = Int(days)
        }
      }
      if let value = table["turnover"] {
        guard let turnover = value.table else {
          report("flow", "turnover", "turnover must be a table ([flow.turnover])")
          return
        }
        let types = UnitType.allowedValues
        for key in turnover.keys.sorted() where !types.contains(key) {
          var message =
            "unknown unit type '\(key)' in [flow.turnover]; allowed: \(types.joined(separator: ", "))"
          if let hint = NearMiss.hint(for: key, among: types) { message += "; \(hint)" }
          report("flow.turnover", key, message, atKey: true)
        }
        for type in UnitType.allCases {
          if let bands = turnover[type.rawValue]?.table {
            readRoomsBands(bands, type: type, into: &flow)
          } else if let v = number(turnover, "flow.turnover", type.rawValue, 0...1) {
            flow.turnover[type] = v
          }
        }
      }
    }
  }
}

extension ManifestReader.Reader {
  /// `[flow.turnover.family]` with `rooms_1 = 0.155`, `rooms_2 = 0.108`, …
  mutating func readRoomsBands(_ table: TOMLTable, type: UnitType, into flow: inout Manifest.Flow) {
    let path = "flow.turnover.\(type.rawValue)"
    var bands = [Manifest.Flow.RoomsBand]()
    for key in table.keys.sorted() {
      guard key.hasPrefix("rooms_"), let rooms = Int(key.dropFirst(6)), (1...50).contains(rooms) else {
        report(path, key, "unknown key '\(key)' in [\(path)]; expected rooms_1, rooms_2, …", atKey: true)
        continue
      }
      if let v = number(table, path, key, 0...1) { bands.append(.init(rooms: rooms, rate: v)) }
    }
    guard !bands.isEmpty else {
      report("flow.turnover", type.rawValue, "[\(path)] needs at least one rooms_N = rate", atKey: true)
      return
    }
    flow.turnoverByRooms[type] = bands.sorted { $0.rooms < $1.rooms }
    flow.turnover[type] = nil
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and newlines.
  var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return self[first...last]
  }
}
