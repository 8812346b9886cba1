/// A session's name: a plain word of letters, digits, `-`, `_` and `.`, not hidden, at most
/// 64 characters. It names `NAME.anvis` in the sessions folder and never a path.
public struct SessionName: Hashable, Sendable, CustomStringConvertible {
  public let value: String
  public static let maxLength = 64

  /// Checks a name as typed; a trailing `.anvis` is dropped.
  public init(_ typed: String) throws(SessionNameError) {
    var name = typed
    if name.hasSuffix(".anvis"), name.count > 6 { name = String(name.dropLast(6)) }
    if name.isEmpty { throw .empty }
    if name.contains("/") || name.contains("\\") || name.hasPrefix("~") || name == ".." {
      throw .path(typed)
    }
    if name.hasPrefix(".") { throw .hidden(typed) }
    if name.count > Self.maxLength { throw .tooLong(typed, name.count) }
    for (i, c) in name.enumerated() where !Self.allowed(c) { throw .character(typed, c, column: i + 1) }
    value = name
  }

  public var description: String { value }
  /// The file name in the sessions folder.
  public var fileName: String { value + ".anvis" }

  static func allowed(_ c: Character) -> Bool {
    guard c.isASCII, let v = c.asciiValue else { return false }
    return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5a) || (v >= 0x61 && v <= 0x7a) || c == "-"
      || c == "_" || c == "."
  }
}

/// Why a typed session name was refused.
public enum SessionNameError: Error, Hashable, Sendable, CustomStringConvertible {
  case empty
  case path(String)
  case hidden(String)
  case tooLong(String, Int)
  case character(String, Character, column: Int)

  public var description: String {
    let rule = "a session name is a plain word: letters, digits, '-', '_' and '.'"
    switch self {
    case .empty: return "missing session name; \(rule)"
    case .path(let name): return "'\(name)' is a path; \(rule), saved in the sessions folder"
    case .hidden(let name): return "'\(name)' would be a hidden file; start the name with a letter or digit"
    case .tooLong(let name, let count):
      return "'\(name.prefix(20))…' is \(count) characters long; at most \(SessionName.maxLength)"
    case .character(let name, let c, let column):
      let shown = c == " " ? "a space" : "'\(c)'"
      return "'\(name)' has \(shown) at column \(column); \(rule)"
    }
  }
}
