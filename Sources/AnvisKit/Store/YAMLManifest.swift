import TOMLKit
import Yams

/// Reads `anvis.yaml`: the same keys as `anvis.toml` (`flow:` and `levers:` as nested
/// mappings, `flow.turnover` inside `flow`), turned into the table `ManifestReader` checks,
/// with the position of every key, so both formats follow one set of rules and messages.
enum YAMLManifest {
  /// The manifest as a TOML table and a locator of its keys, or nil after reporting why the
  /// text is not a YAML mapping.
  static func table(text: String, problems: inout ProblemList) -> (TOMLTable, TOMLKeyLocator)? {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      if case .duplicatedKeysInMapping(let duplicates, _) = error {
        for (key, at) in duplicatePlaces(of: duplicates, in: text) {
          problems.add(line: at.line, column: at.column, "the key '\(key)' appears twice (first on line \(at.first))")
        }
        return nil
      }
      let (mark, problem) = describe(error)
      problems.add(line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1), problem)
      return nil
    } catch {
      problems.add(line: 1, column: 1, "not a YAML document")
      return nil
    }
    guard case .mapping(let mapping)? = root else {
      let at = root?.mark
      problems.add(
        line: at?.line ?? 1, column: at?.column ?? 1,
        "the manifest must be a mapping of keys (name: …, as_of: …)")
      return nil
    }
    var positions = [String: (line: Int, column: Int, keyColumn: Int)]()
    let table = convert(mapping, path: "", positions: &positions)
    return (table, TOMLKeyLocator(positions: positions))
  }

  private static func convert(
    _ mapping: Node.Mapping, path: String,
    positions: inout [String: (line: Int, column: Int, keyColumn: Int)]
  ) -> TOMLTable {
    let table = TOMLTable()
    if let mark = mapping.mark, positions["\(path)\u{0}"] == nil {
      positions["\(path)\u{0}"] = (mark.line, mark.column, mark.column)
    }
    for (keyNode, valueNode) in mapping {
      let key = keyNode.string ?? ""
      let keyMark = keyNode.mark
      let valueMark = valueNode.mark ?? keyMark
      let id = "\(path)\u{0}\(key)"
      if positions[id] == nil, let keyMark {
        positions[id] = (valueMark?.line ?? keyMark.line, valueMark?.column ?? keyMark.column, keyMark.column)
      }
      switch valueNode {
      case .mapping(let inner):
        let child = path.isEmpty ? key : path + "." + key
        if let keyMark { positions["\(child)\u{0}"] = (keyMark.line, keyMark.column, keyMark.column) }
        table[key] = convert(inner, path: child, positions: &positions)
      case .scalar(let scalar):
        table[key] = value(of: scalar)
      case .sequence, .alias:
        // Not a value the manifest has; a string the reader will refuse with its message.
        table[key] = "(a list)"
      }
    }
    return table
  }

  /// A plain scalar as a bool, whole number or number when it reads as one; anything else
  /// (quoted text, a date such as 2026-11-01) as text.
  private static func value(of scalar: Node.Scalar) -> any TOMLValueConvertible {
    let text = scalar.string
    guard scalar.style == .plain else { return text }
    switch text.lowercased() {
    case "true": return true
    case "false": return false
    default: break
    }
    if let whole = Int(text) { return whole }
    if let number = Double(text), number.isFinite { return number }
    return text
  }

  /// Where each duplicated key is written the second time: the first line, at the same
  /// indentation, that repeats a `key:` written before. (Yams names the keys, not the places.)
  static func duplicatePlaces(of keys: [String], in text: String) -> [(String, (line: Int, column: Int, first: Int))] {
    var seen = [String: Int]()
    var found = [(String, (line: Int, column: Int, first: Int))]()
    var reported = Set<String>()
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = Array(raw)
      var indent = 0
      while indent < line.count && line[indent] == " " { indent += 1 }
      guard let colon = line[indent...].firstIndex(of: ":") else { continue }
      var key = String(line[indent..<colon]).trimmingSpaces
      if key.count >= 2, let q = key.first, q == "\"" || q == "'", key.last == q {
        key = key.dropFirst().dropLast()
      }
      let name = String(key)
      guard keys.contains(name), !reported.contains(name) else { continue }
      let id = "\(indent)\u{0}\(name)"
      if let first = seen[id] {
        found.append((name, (index + 1, indent + 1, first)))
        reported.insert(name)
      } else {
        seen[id] = index + 1
      }
    }
    for key in keys.sorted() where !reported.contains(key) {
      found.append((key, (1, 1, 1)))  // not found in the text: at least name it
    }
    return found.sorted { ($0.1.line, $0.0) < ($1.1.line, $1.0) }
  }

  private static func describe(_ error: YamlError) -> (Mark?, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // libyaml notices a problem where the next token starts (the line after a key without
      // ':', the end of the file after an unclosed quote); its context says where the broken
      // thing began (`while scanning a simple key`, `… a quoted scalar`), which is the place
      // to go to.
      if let context, context.mark.line >= 1, context.mark.line < mark.line
        || (context.mark.line == mark.line && context.mark.column < mark.column)
      {
        (context.mark, "not valid YAML: \(problem) \(context.text)")
      } else {
        (mark, "not valid YAML: \(problem)")
      }
    case .duplicatedKeysInMapping(let duplicates, let context):
      (context.mark, "a key appears twice: \(duplicates.sorted().joined(separator: ", "))")
    default:
      (nil, "not valid YAML")
    }
  }
}
