// The memory budget of `let` and result tables: `.limits` shows it, `.limits memory SIZE`
// sets it, `.drop NAME` frees a table.

extension Shell {
  static let limitCommands: [CommandSpec] = [
    CommandSpec(
      ".limits", group: .query, arguments: [.init("memory", .choice(["memory"]), .optional), .init("SIZE|off", .number(["1G", "2G", "4G", "8G", "off"]), .optional)], summary: "the memory budget of let and result tables: what each keeps; set it",
      help: """
        `let` and result tables (allocate, simulate, compare) are kept in memory until dropped.
        Together they may keep at most the memory budget (by default half the machine's memory).
        A query that would pass it is refused before it runs its join, with the estimate.
        `.limits` lists the budget, what is used and each table's estimate (from its fields'
        types: 8 bytes a number or date, 16 a text, 4 an enumerated value, 1 a bool);
        `.limits memory 4G` sets the budget (K, M, G, T: binary units), `.limits memory off`
        removes it. The other limits are fixed: see the README, "Limits and guarantees".
        """,
      handler: { shell, input throws(CommandError) in try shell.limits(input) }),
    CommandSpec(
      ".drop", group: .query, arguments: [.init("NAME", .table)], summary: "forget a let or result table and free its memory",
      help: "Frees a table made by let, allocate, simulate or compare. The data set's tables stay.",
      completer: { shell, _, index in
        index == 0 ? shell.catalog.entries.filter { $0.origin != .data }.map(\.table.name) : []
      },
      handler: { shell, input throws(CommandError) in try shell.drop(input) }),
  ]

  /// Bytes the next query may still build before the budget is passed (`Int.max`: no budget).
  var memoryLeft: Int {
    guard let budget = settings.memoryBudget else { return .max }
    return max(0, budget - catalog.keptBytes)
  }

  /// Refuses to keep `table` under `let` when the budget would be passed (a table of the
  /// same name is replaced, so its bytes come back first).
  func checkBudget(binding table: Table, at input: CommandInput) throws(CommandError) {
    guard let budget = settings.memoryBudget else { return }
    let replaced =
      catalog.origin(of: table.name) == .let ? catalog.table(named: table.name)?.estimatedBytes ?? 0 : 0
    let after = catalog.keptBytes - replaced + table.estimatedBytes
    guard after > budget else { return }
    let left = max(0, budget - catalog.keptBytes + replaced)
    throw input.error(
      at: input.argument(0) ?? input.name,
      "\(table.name) would keep about \(ByteSize.text(table.estimatedBytes)) (\(table.rowCount) rows), more than the \(ByteSize.text(left)) left of the memory budget (\(ByteSize.text(budget)))",
      hint: TableCatalog.budgetHint)
  }

  private func limits(_ input: CommandInput) throws(CommandError) -> Reply {
    // The first word is `memory` (checked against the declared choice).
    if input.argument(0) != nil {
      guard let size = input.argument(1) else { throw input.missing("a size such as 4G, or off") }
      if size.text.lowercased() == "off" {
        settings.memoryBudget = nil
        return .notice("memory budget: off")
      }
      guard let bytes = ByteSize.parse(size.text), bytes > 0 else {
        throw .at(size, "expected a size such as 512M, 4G or 4GiB, or off")
      }
      settings.memoryBudget = bytes
      return .notice("memory budget: \(ByteSize.text(bytes))")
    }
    return limitsReport()
  }

  /// The budget, what is used, and each kept table.
  func limitsReport() -> Reply {
    let kept = catalog.entries.filter { $0.origin != .data }
    let used = catalog.keptBytes
    let budget = settings.memoryBudget.map(ByteSize.text) ?? "off"
    var items: [Reply.Item] = [
      .notice("memory budget: \(budget); used: \(ByteSize.text(used)) by \(kept.count) \(kept.count == 1 ? "table" : "tables")")
    ]
    if !kept.isEmpty {
      items.append(
        .table(
          Table(
            name: "limits",
            columns: [
              Column(name: "table", storage: .string(kept.map(\.table.name))),
              Column(name: "origin", storage: .string(kept.map(\.origin.rawValue))),
              Column(name: "rows", storage: .int(kept.map(\.table.rowCount))),
              Column(name: "bytes", storage: .int(kept.map(\.table.estimatedBytes))),
              Column(name: "size", storage: .string(kept.map { ByteSize.text($0.table.estimatedBytes) })),
            ])))
    }
    return Reply(items)
  }

  private func drop(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { throw input.missing("a table name") }
    let kept = catalog.entries.filter { $0.origin != .data }.map(\.table.name)
    switch catalog.origin(of: word.text) {
    case .data?:
      throw .at(word, "'\(word.text)' is a table of the data set and cannot be dropped")
    case nil:
      throw .at(
        word, "no let, result or imported table named '\(word.text)'",
        hint: NearMiss.hint(for: word.text, among: kept) ?? (kept.isEmpty ? nil : "tables: " + kept.joined(separator: ", ")))
    case .let?, .result?, .import?:
      let bytes = catalog.table(named: word.text)?.estimatedBytes ?? 0
      catalog.remove(named: word.text)
      return .notice("dropped \(word.text) (about \(ByteSize.text(bytes)))")
    }
  }
}
