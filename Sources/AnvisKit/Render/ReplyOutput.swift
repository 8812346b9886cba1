/// What one answer writes to standard output, in order: rendered text, and result tables that
/// are written only when the output is (`write(to:)`), row by row in pieces, so a long result
/// goes to its file descriptor without ever being one string.
public struct ReplyOutput: Sendable, Hashable {
  /// One part of the output.
  public enum Piece: Sendable {
    case text(StyledText)
    /// A table and the renderer (mode, rows, style) that writes it.
    case table(Table, TableRenderer)
  }

  public private(set) var pieces: [Piece]

  public init(_ pieces: [Piece] = []) { self.pieces = pieces }

  /// Output that is only text.
  public init(text: String) { self.init(styled: StyledText(text)) }

  /// Output that is only text, with roles.
  public init(styled text: StyledText) { self.init(text.isEmpty ? [] : [.text(text)]) }

  public var isEmpty: Bool {
    pieces.allSatisfy { piece in
      if case .text(let text) = piece { text.isEmpty } else { false }
    }
  }

  public mutating func append(_ piece: Piece) { pieces.append(piece) }

  /// Writes every piece to `sink`: text as one piece, tables in pieces of about `chunk` bytes.
  public func write(to sink: inout some TextSink, chunk: Int = 1 << 18) {
    for piece in pieces {
      switch piece {
      case .text(let text): if !text.isEmpty { sink.write(text) }
      case .table(let table, let renderer): renderer.write(table, to: &sink, chunk: chunk)
      }
    }
  }

  /// The whole output as one string (transcripts, tests).
  public var text: String {
    if pieces.count == 1, case .text(let text) = pieces[0] { return text.text }
    var sink = StringSink()
    write(to: &sink, chunk: .max)
    return sink.text
  }

  public static func == (a: ReplyOutput, b: ReplyOutput) -> Bool { a.text == b.text }

  public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
