/// `.export`: which session (a saved one, or the current recording), which file, which format.
extension SessionController {
  /// What `.export` writes: one HTML page or a Markdown notebook.
  enum ExportFormat: CaseIterable, Equatable {
    case html, markdown

    /// The flag that asks for it, followed by the file: `--md FILE`.
    var flag: CommandSpec.Flag {
      switch self {
      case .html: CommandSpec.Flag("--html", value: "the file to write", valueName: "FILE", help: "one HTML page")
      case .markdown: CommandSpec.Flag("--md", value: "the file to write", valueName: "FILE", help: "a Markdown notebook")
      }
    }

    /// File name endings that say it.
    var endings: [String] {
      switch self {
      case .html: [".html", ".htm"]
      case .markdown: [".md", ".markdown"]
      }
    }
  }

  /// `.export [NAME] --md FILE` or `--html FILE`.
  static let exportFlags = [ExportFormat.markdown.flag, ExportFormat.html.flag]

  /// What `.export` was asked to do.
  struct ExportRequest: Equatable {
    /// The saved session; nil: the current, unsaved one.
    var name: CommandInput.Word?
    var file: String
    var format: ExportFormat
  }

  /// Whether a typed word names a file rather than a session: it holds a path separator or
  /// ends in an export extension (a session name never does; see `SessionName`).
  static func looksLikeExportFile(_ word: String) -> Bool {
    word.contains("/") || exportFormat(of: word) != nil
  }

  /// The format the file's ending says; nil when it says neither.
  static func exportFormat(of file: String) -> ExportFormat? {
    let lower = file.lowercased()
    return ExportFormat.allCases.first { format in
      format.endings.contains { lower.hasSuffix($0) && lower.count > $0.count }
    }
  }

  /// `.export NAME FILE`, `.export FILE`, `.export [NAME] --md|--html FILE`.
  static func exportRequest(_ input: CommandInput) throws(CommandError) -> ExportRequest {
    let parsed = try input.parse(exportFlags)
    if parsed.flags.count > 1 { throw .at(parsed.flags[1], "choose one of --md and --html") }
    var positional = parsed.positional
    let file: CommandInput.Word
    let format: ExportFormat
    if let flag = parsed.flags.first, let value = parsed.values[flag.text],
      let asked = ExportFormat.allCases.first(where: { $0.flag.name == flag.text })
    {
      if positional.count > 1 {
        throw .at(positional[1], "unexpected '\(positional[1].text)'; the file is the word after \(flag.text)")
      }
      file = value
      format = asked
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
      guard let named = exportFormat(of: last.text) else {
        throw .at(
          last, "cannot tell the format from '\(last.text)'",
          hint: "end the file name in .html or .md, or give --html FILE or --md FILE")
      }
      file = last
      format = named
      positional.removeLast()
    }
    return ExportRequest(name: positional.first, file: file.text, format: format)
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
    return try export(setup, as: request.format, to: request.file, in: shell)
  }
}
