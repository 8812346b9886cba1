/// `.export`: which session (a saved one, or the current recording), which file, which format.
extension SessionController {
  /// `.export [NAME] --md FILE` or `--html FILE`.
  static let exportFlags = [
    CommandSpec.Flag("--md", value: "the file to write", valueName: "FILE", help: "a Markdown notebook"),
    CommandSpec.Flag("--html", value: "the file to write", valueName: "FILE", help: "one HTML page"),
  ]

  /// What `.export` was asked to do.
  struct ExportRequest: Equatable {
    /// The saved session; nil: the current, unsaved one.
    var name: CommandInput.Word?
    var file: String
    var markdown: Bool
  }

  /// File name endings `.export` knows, and whether each is Markdown.
  static let exportExtensions: [(ending: String, markdown: Bool)] = [
    (".html", false), (".htm", false), (".md", true), (".markdown", true),
  ]

  /// Whether a typed word names a file rather than a session: it holds a path separator or
  /// ends in an export extension (a session name never does; see `SessionName`).
  static func looksLikeExportFile(_ word: String) -> Bool {
    word.contains("/") || exportFormat(of: word) != nil
  }

  /// Markdown (true) or HTML (false) by the file's ending; nil when it says neither.
  static func exportFormat(of file: String) -> Bool? {
    let lower = file.lowercased()
    return exportExtensions.first { lower.hasSuffix($0.ending) && lower.count > $0.ending.count }?.markdown
  }

  /// `.export NAME FILE`, `.export FILE`, `.export [NAME] --md|--html FILE`.
  static func exportRequest(_ input: CommandInput) throws(CommandError) -> ExportRequest {
    let parsed = try input.parse(exportFlags)
    if parsed.flags.count > 1 { throw .at(parsed.flags[1], "choose one of --md and --html") }
    var positional = parsed.positional
    let file: CommandInput.Word
    var markdown: Bool
    if let format = parsed.flags.first, let value = parsed.values[format.text] {
      if positional.count > 1 {
        throw .at(positional[1], "unexpected '\(positional[1].text)'; the file is the word after \(format.text)")
      }
      file = value
      markdown = format.text == "--md"
    } else {
      guard let last = positional.last else {
        throw .at(input.end, "expected a file after .export", hint: "e.g. .export notes.html, or .export NAME notes.md")
      }
      if positional.count > 2 { throw .at(positional[2], "unexpected '\(positional[2].text)'") }
      guard positional.count == 2 || looksLikeExportFile(last.text) else {
        throw .at(
          input.end, "expected the file to write after the session name",
          hint: "e.g. .export \(last.text) \(last.text).html")
      }
      guard let format = exportFormat(of: last.text) else {
        throw .at(
          last, "cannot tell the format from '\(last.text)'",
          hint: "end the file name in .html or .md, or give --html FILE or --md FILE")
      }
      file = last
      markdown = format
      positional.removeLast()
    }
    return ExportRequest(name: positional.first, file: file.text, markdown: markdown)
  }

  func export(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let request = try Self.exportRequest(input)
    if let skipped = skipInSandbox("writing '\(request.file)'") { return skipped }
    let setup: SessionReplaySetup
    if let name = request.name {
      do { _ = try SessionName(name.text) } catch { throw .at(name, SessionError.name(error)) }
      do {
        setup = try SessionReplaySetup.prepare(
          name: name.text, store: store, data: nil, open: shell.datasetOpener(), settings: shell.settings,
          cancellation: shell.cancellation)
      } catch {
        throw .failed(error)
      }
    } else {
      var transcript = shell.recorder.transcript
      if transcript.header.name == "(unsaved)" { transcript.header.name = "unsaved session" }
      if let folder = shell.dataDirectory { transcript.header.dataHash = DatasetFingerprint.hash(folder: folder) }
      guard !transcript.steps.isEmpty else { throw .failed(SessionError.noRecording) }
      do { setup = try SessionReplaySetup.current(transcript, of: shell) } catch { throw .failed(error) }
    }
    return try export(setup, markdown: request.markdown, to: request.file, in: shell)
  }
}
