/// The shell as a library: it owns the data set, the catalog of tables, the settings and the
/// command table, and answers one complete input at a time with rendered text. Each other
/// concern has an owner of its own: `queries` (results to files, `let`), `scenarios`
/// (scenarios and the result cache) and `session` (recording, journal, replays). It never
/// prints, never reads the terminal and never reads the clock; the executable does those,
/// and hands the shell everything it needs from them in `init`.
public final class Shell {
  /// The loaded data set ("today" is its `asOf`).
  public private(set) var dataset: Dataset
  /// Every table a query can name: data, `let` results and simulation results.
  public internal(set) var catalog: TableCatalog
  public internal(set) var settings: Settings
  /// Set by Ctrl-C; long computations poll it. `respond(to:)` clears it when it starts.
  public let cancellation: Cancellation
  /// The folder the data set came from, if any (for `.reload`, sessions and the banner).
  public let dataDirectory: String?
  /// Loads the data set again for `.reload`; nil when the data set was built in code.
  let loader: DatasetReloader?
  /// The commands this shell knows.
  public let commands: CommandTable
  /// Times each input when `.timer` is on; nil (no timings) unless the executable gives one.
  let stopwatch: Stopwatch?
  /// Shows how a long computation is going (`calibrate fit`): one line at a time, each
  /// replacing the last; nil (nothing shown) unless the executable gives one. Never recorded.
  let progress: ((String) -> Void)?

  /// Where query results go; runs queries and `let`.
  public let queries: QueryWorkspace
  /// The scenarios and the simulation results computed for them.
  public let scenarios: ScenarioWorkspace
  /// The recording, its journal, the sessions folder and the replay sandbox.
  public let session: SessionController

  /// Builds a shell with everything it needs. With `session.folder`, it starts recording
  /// there at once (`session.startupNotice` then says what it found).
  public init(
    dataset: Dataset, dataDirectory: String? = nil, loader: DatasetReloader? = nil,
    settings: Settings = Settings(), cancellation: Cancellation = Cancellation(),
    commands: CommandTable = .standard, stopwatch: Stopwatch? = nil,
    progress: ((String) -> Void)? = nil, session options: SessionOptions = SessionOptions()
  ) {
    self.dataset = dataset
    self.catalog = TableCatalog(dataset: dataset)
    self.settings = settings
    self.cancellation = cancellation
    self.dataDirectory = dataDirectory
    self.loader = loader
    self.commands = commands
    self.stopwatch = stopwatch
    self.progress = progress
    self.queries = QueryWorkspace()
    self.scenarios = ScenarioWorkspace(
      store: options.sandboxed || !options.scenarioFiles ? nil : dataDirectory.map { ScenarioStore(dataFolder: $0) }, seed: options.seed)
    self.session = SessionController(options)
    if let folder = options.folder {
      session.store = SessionStore(folder: folder)
      session.startRecording(
        header: recordingHeader(), autosave: options.autosave, savedScenarios: savedScenarioNames())
      // A non-default output mode is part of what the outputs look like: record it as a step.
      if settings.mode != .table { _ = respond(to: ".mode \(settings.mode.rawValue)") }
    }
  }

  /// Shown in the prompt between `anvis` and `>`: the current scenario, `anvis[youth-first]> `.
  public var promptLabel: String? { scenarios.promptLabel }

  /// The main prompt, `anvis> ` or `anvis[LABEL]> `.
  public var prompt: String { promptLabel.map { "anvis[\($0)]> " } ?? "anvis> " }

  /// The prompt for a continued line, as wide as `prompt`: `  ...> `.
  public var continuationPrompt: String {
    String(repeating: " ", count: max(0, prompt.count - 5)) + "...> "
  }

  /// The greeting of an interactive shell: the data set, its day and its size.
  public var banner: String {
    let d = dataset
    var out = "anvis — \(d.name), as of \(d.asOf)\n"
    out += [
      "\(d.units.count) units", "\(d.departments.count) departments",
      "\(d.organisations.count) organisations", "\(d.areas.count) areas", "\(d.cases.count) cases",
      "\(d.teams.count) teams",
    ].joined(separator: ", ")
    out += "\nType .help for commands, Tab to complete, Ctrl-D to leave.\n"
    return out
  }

  /// Runs one complete input (possibly several lines) and returns what to print. `origin`
  /// and `firstLine` say where the input came from, for diagnostics (`--> tour.anvis:12:5`).
  public func respond(to input: String, origin: String = "input", firstLine: Int = 1) -> Response {
    cancellation.reset()
    // Checked once, first, on the whole input: a refused input is neither run nor recorded.
    if let refusal = Shell.personalDataRefusal(input, origin: origin, firstLine: firstLine) {
      return Response(output: ReplyOutput(), errors: Self.error(refusal.rendered(source: input, origin: origin, firstLine: firstLine)), failed: true)
    }
    let started = settings.timer ? stopwatch?.now() : nil
    session.stepNote = nil
    var response = answer(input, origin: origin, firstLine: firstLine)
    response.note = session.stepNote
    session.stepNote = nil
    // Timed only when the timer was on before and after: `.timer on` and `.timer off` are not.
    if let started, let stopwatch, settings.timer, !Shell.isBlank(input) {
      response.stderr += Stopwatch.line(for: stopwatch.now() - started) + "\n"
    }
    session.didRespond(to: input, with: response)
    return response
  }

  private func answer(_ input: String, origin: String, firstLine: Int) -> Response {
    if Shell.isBlank(input) { return .empty }
    let trimmed = input.trimmingWhitespace()
    // `.once` applies to this input only, whatever it is; the input may arm it again.
    let armed = queries.targets.once
    defer { queries.targets.disarm(armed) }
    let reply: Reply
    do {
      reply = try dispatch(CommandInput(input), head: Shell.head(of: trimmed))
    } catch {
      _ = queries.takeNotes()
      var stderr = Self.error(error.rendered(source: input, origin: origin, firstLine: firstLine))
      if let armed { stderr.append(OutputTargets.nothingWritten(armed.path, failed: true) + "\n") }
      return Response(output: ReplyOutput(), errors: stderr, failed: true)
    }
    do {
      var response = try deliver(reply, armed: armed)
      response.stepReplay = reply.stepReplay
      response.stderr += queries.takeNotes()
      response.items = reply.items
      return response
    } catch {
      _ = queries.takeNotes()
      return Response(
        output: ReplyOutput(), errors: Self.error(error.rendered(source: input, origin: origin, firstLine: firstLine)),
        failed: true)
    }
  }

  /// A rendered error and a newline, its `error:` label in the `.error` role.
  static func error(_ text: String) -> StyledText {
    guard text.hasPrefix("error:") else { return StyledText(text + "\n") }
    return StyledText("error:", as: .error) + StyledText(String(text.dropFirst("error:".count)) + "\n")
  }

  private func dispatch(_ input: CommandInput, head: String) throws(CommandError) -> Reply {
    if let spec = commands.command(named: input.name.text) {
      try input.check(spec)
      return try spec.handler(self, input)
    }
    if head == "let" || catalog.table(named: head) != nil || catalog.promise(for: head) != nil {
      return try queries.run(input, in: self)
    }
    if head.isEmpty {
      throw input.error(at: input.name, "expected a command or a table name", hint: Shell.helpHint)
    }
    let word = CommandInput.Word(text: head, line: input.name.line, column: input.name.column)
    let candidates = commands.allNames + catalog.names + ["let"]
    throw .at(
      word, "unknown command or table '\(head)'",
      hint: QueryHabit.inputHint(input.source) ?? NearMiss.hint(for: head, among: candidates) ?? Shell.helpHint)
  }

  /// A blank line or a comment: nothing to run, record or time.
  static func isBlank(_ input: String) -> Bool {
    let trimmed = input.trimmingWhitespace()
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  static let helpHint = "type .help to list the commands"

  /// The leading name of an input: letters, digits, `_`, `.` and `-`.
  static func head(of text: String) -> String {
    String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" })
  }

  /// Replaces the data set (after `.reload`), keeping `let` and result tables.
  /// Scenarios and stored simulation results are rebuilt from the new data at the next use: a
  /// changed rent or manifest default must never be answered from the old data's results.
  public func replaceDataset(_ new: Dataset) {
    dataset = new
    scenarios.datasetChanged()
    var catalog = TableCatalog(dataset: new)
    for entry in self.catalog.entries where entry.origin != .data {
      catalog.bind(entry.table, origin: entry.origin, provenance: entry.provenance)
    }
    self.catalog = catalog
  }
}
