/// Where rendered output goes, piece by piece: the executable's sink writes each piece to a
/// file descriptor (standard output, a file), so a long result is never one string in memory.
///
/// Every piece is UTF-8 and ends at the end of a line (a row's last byte, or a whole text), so
/// a sink may look at each piece on its own (e.g. to make it safe for a terminal).
public protocol TextSink {
  /// Takes the next piece. The array is the writer's buffer, reused after the call returns.
  mutating func write(_ bytes: [UInt8])
  /// Takes the next piece with the roles of its stretches; a sink that shows no roles writes
  /// the text alone (the default).
  mutating func write(_ text: StyledText)
}

extension TextSink {
  public mutating func write(_ text: StyledText) { write(Array(text.text.utf8)) }
}

/// Collects every piece into one string: for transcripts, tests and small outputs.
public struct StringSink: TextSink {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func write(_ piece: [UInt8]) { bytes += piece }

  /// Everything written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
