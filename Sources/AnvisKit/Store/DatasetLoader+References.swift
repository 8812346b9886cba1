/// `references.csv`: published figures for `calibrate`. Optional; read with the same CSV
/// conventions and checks as the other tables.
extension DatasetLoader {
  /// Reads `references.csv` when the folder has one.
  mutating func readReferences() {
    let name = DatasetReader.referencesFile
    guard hasTable(name) else { return }
    guard var file = open(name, columns: DatasetReader.Columns.references) else { return }
    let known = CalibrationMetric.names
    while file.nextRow() {
      let metric = file.text(0)
      if let metric, !known.contains(metric) {
        let hint =
          NearMiss.hint(for: metric, among: known).map { "; \($0)" }
          ?? "; see docs/model.md (Calibration) for the metrics"
        file.report(column: 0, "unknown metric '\(metric)'\(hint)")
      }
      let value = file.double(1)
      let low = file.double(2)
      let high = file.double(3)
      if let low, let high, low > high {
        file.report(column: 2, "low \(Bound.format(low)) is above high \(Bound.format(high))")
      } else if let value, let low, value < low {
        file.report(column: 1, "value \(Bound.format(value)) is below the band's low \(Bound.format(low))")
      } else if let value, let high, value > high {
        file.report(column: 1, "value \(Bound.format(value)) is above the band's high \(Bound.format(high))")
      }
      let source = file.text(4)
      let note = file.isBlank(5) ? "" : file.text(5)
      if file.rowIsValid, let metric, let value, let low, let high, let source, let note {
        references.append(
          Reference(metric: metric, value: value, low: low, high: high, source: source, note: note))
      }
    }
    problems += file.problems.problems
  }
}
