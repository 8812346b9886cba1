/// A session's name: a plain word of letters, digits, `-`, `_` and `.`, not hidden, at most
/// 64 characters. It names `NAME.anvis` in the sessions folder and never a path.
public struct SessionName: Hashable, Sendable, CustomStringConvertible {
  public let value: String
  public static let maxLength = 64

  /// Checks a name as typed; a trailing `.anvis` is dropped.
  public init(_ typed: String) throws(SessionError.NameProblem) {
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
