extension Shell {
  /// `months N`, `runs R`, `seed S` in any order (`simulate`, `calibrate`, `calibrate fit`);
  /// `others` are the command's other words, offered in near-miss hints.
  static func runParameters(
    _ words: [CommandInput.Word], input: CommandInput, example: String, others: [String] = []
  ) throws(CommandError) -> ScenarioWorkspace.RunParameters {
    var parameters = ScenarioWorkspace.RunParameters()
    let keywords = ["months", "runs", "seed"]
    var i = 0
    while i < words.count {
      let word = words[i]
      guard keywords.contains(word.text) else {
        throw .at(
          word, "expected months, runs or seed, found '\(word.text)'",
          hint: NearMiss.hint(for: word.text, among: keywords + others) ?? example)
      }
      guard i + 1 < words.count else { throw input.missing("a number after '\(word.text)'") }
      let value = words[i + 1]
      switch word.text {
      case "months":
        guard let n = Int(value.text), (1...Simulator.maxMonths).contains(n) else {
          throw .at(value, "expected a number of months from 1 to \(Simulator.maxMonths)")
        }
        parameters.months = n
      case "runs":
        guard let n = Int(value.text), (1...Simulator.maxRuns).contains(n) else {
          throw .at(value, "expected a number of runs from 1 to \(Simulator.maxRuns)")
        }
        parameters.runs = n
      default:
        guard let n = UInt64(value.text) else {
          throw .at(value, "expected a seed: a whole number from 0 to \(UInt64.max)")
        }
        parameters.seed = n
      }
      i += 2
    }
    return parameters
  }
}
