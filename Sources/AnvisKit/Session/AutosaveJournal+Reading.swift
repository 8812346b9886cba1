import Foundation

/// Reading a journal a killed shell left: up to its last complete step. A torn end (a last
/// line without its newline, a line cut inside a UTF-8 character, a step without its closing
/// empty line, a line that does not parse) is dropped and described; the complete steps before
/// it are kept.
extension AutosaveJournal {
  /// The journal at `path`, read up to its last complete step, and what was dropped (if anything).
  public static func read(path: String) throws(SessionError) -> (transcript: Transcript, torn: String?) {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path)
    } catch {
      throw .unreadable(path: path, reason: error.message)
    }
    do {
      return try complete(bytes)
    } catch {
      throw .parse(path: path, error)
    }
  }

  /// The complete part of a journal's bytes, and a description of the torn end, if any.
  public static func complete(_ bytes: [UInt8]) throws(SessionError.TranscriptProblem) -> (
    transcript: Transcript, torn: String?
  ) {
    var lines: [String] = []
    var start = 0
    var firstDropped: Int?
    for (i, byte) in bytes.enumerated() where byte == 10 {
      guard let line = String(validating: bytes[start..<i], as: UTF8.self) else {
        firstDropped = lines.count + 1
        break
      }
      lines.append(line)
      start = i + 1
    }
    if firstDropped == nil, start < bytes.count { firstDropped = lines.count + 1 }
    var kept = lines.count
    // Each pass drops the step (or line) that does not parse, or a step left unfinished.
    while true {
      let text = lines[0..<kept].map { $0 + "\n" }.joined()
      do {
        let transcript = try TranscriptParser.parse(text)
        let cut = unfinishedStep(lines, kept: kept)
        if cut < kept {
          firstDropped = min(firstDropped ?? cut + 1, cut + 1)
          kept = cut
          continue
        }
        return (transcript, firstDropped.map { tornNote(from: $0) })
      } catch {
        guard error.line > 3, error.line <= kept else { throw error }
        let cut = stepStart(lines, containing: error.line - 1)
        firstDropped = min(firstDropped ?? cut + 1, cut + 1)
        kept = cut
      }
    }
  }

  static func tornNote(from line: Int) -> String {
    "the journal's end from line \(line) was torn (cut off mid-write) and is dropped"
  }

  /// Whether a line belongs to a step (command, continuation or output).
  private static func inStep(_ line: String) -> Bool { line.hasPrefix("  ") || line == "  >" }

  /// The index of the command line of the step that holds line `index`, or `index` itself
  /// when it is not part of a step.
  private static func stepStart(_ lines: [String], containing index: Int) -> Int {
    var j = index
    while j > 3, inStep(lines[j]), !(lines[j] == "  >" || lines[j].hasPrefix("  > ")) { j -= 1 }
    return inStep(lines[j]) ? j : index
  }

  /// Where to cut when the last step has no closing empty line (it was still being written);
  /// `kept` when the journal ends complete.
  private static func unfinishedStep(_ lines: [String], kept: Int) -> Int {
    guard kept > 3, inStep(lines[kept - 1]) else { return kept }
    return stepStart(lines, containing: kept - 1)
  }
}
