import AnvisKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's terminal and environment, in one place (the only platform `#if`s).
enum Terminal {
  enum Stream {
    case input, output, error

    var descriptor: Int32 {
      switch self {
      case .input: STDIN_FILENO
      case .output: STDOUT_FILENO
      case .error: STDERR_FILENO
      }
    }
  }

  static func isTerminal(_ stream: Stream) -> Bool { isatty(stream.descriptor) == 1 }

  /// Whether stdout and stderr are terminals, and whether colours are on there (asked once).
  private static let outputIsTerminal = isTerminal(.output)
  private static let errorIsTerminal = isTerminal(.error)
  private static let outputColours = colorAllowed(on: .output)
  private static let errorColours = colorAllowed(on: .error)

  /// The terminal's width in columns, or nil when the stream is not a terminal.
  static func columns(_ stream: Stream) -> Int? {
    var size = winsize()
    guard isTerminal(stream), ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return nil
    }
    return Int(size.ws_col)
  }

  static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

  /// Colours on a terminal unless `NO_COLOR` is set (to anything).
  static func colorAllowed(on stream: Stream) -> Bool {
    isTerminal(stream) && environment("NO_COLOR") == nil && environment("TERM") != "dumb"
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Writes all of `text`, after flushing C stdio (readline writes through it). On a
  /// terminal, control characters from the data are shown visibly (`TerminalText`), so
  /// nothing a data file holds can drive the terminal; a file or pipe gets the exact text.
  static func write(_ text: String, to stream: Stream = .output) { write(StyledText(text), to: stream) }

  /// Writes `text`: on a terminal made safe and its roles in colour (`TerminalStyle`) when
  /// colours are on there; a file or pipe gets the text alone.
  static func write(_ text: StyledText, to stream: Stream = .output) {
    guard !text.isEmpty else { return }
    fflush(nil)
    let shown: String
    switch stream {
    case .output where outputIsTerminal: shown = TerminalStyle.shown(text, colours: outputColours)
    case .error where errorIsTerminal: shown = TerminalStyle.shown(text, colours: errorColours)
    default: shown = text.text
    }
    writeAll(Array(shown.utf8), to: stream.descriptor)
  }

  /// Whether the prompt is in colour (standard output is a terminal that allows them).
  static var promptColours: Bool { outputColours }

  /// One piece of output as bytes: exact to a file or pipe; on a terminal as `write(_:to:)`.
  static func write(bytes: [UInt8], to stream: Stream = .output) {
    guard !bytes.isEmpty else { return }
    if stream == .output ? outputIsTerminal : stream == .error && errorIsTerminal {
      write(String(decoding: bytes, as: UTF8.self), to: stream)
      return
    }
    fflush(nil)
    writeAll(bytes, to: stream.descriptor)
  }

  /// Erases the current line (`\r`, erase to its end), then writes `text` made safe as
  /// `write` does: the progress line's redraw. Only ever sent to a terminal.
  static func rewriteLine(_ text: String, to stream: Stream = .error) {
    fflush(nil)
    writeAll(Array(("\r\u{1B}[K" + TerminalText.safe(text)).utf8), to: stream.descriptor)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = posixWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }

  /// The user's home folder.
  static var home: String? { environment("HOME") }
}

/// `write(2)`, named apart from `Terminal.write`.
func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, bytes, count)
  #else
    Darwin.write(fd, bytes, count)
  #endif
}
