import AnvisKit
import Testing

/// `references.csv`: optional, read with the CSV conventions of the other tables, and every
/// problem reported at its `file:line:column`.
@Suite("references.csv")
struct ReferencesReaderTests {
  static let header = "metric,value,low,high,source,note\n"

  func problems(_ text: String) throws -> [String] {
    let s = try ScratchDataset()
    try s.write("references.csv", text)
    return BrokenDatasetTests.problems(s)
  }

  @Test func aDataSetWithoutReferencesLoadsWithNone() throws {
    let s = try ScratchDataset()
    #expect(try DatasetReader.load(from: s.directory).references.isEmpty)
  }

  @Test func readsEachRowInFileOrder() throws {
    let s = try ScratchDataset()
    try s.write(
      "references.csv",
      Self.header
        + "list_size_end,291,250,335,\"VIVE, 2022\",a count\nturnover_family,0.104,0.095,0.13,LBF 2020:7,\n")
    let references = try DatasetReader.load(from: s.directory).references
    #expect(
      references == [
        Reference(
          metric: "list_size_end", value: 291, low: 250, high: 335, source: "VIVE, 2022", note: "a count"),
        Reference(
          metric: "turnover_family", value: 0.104, low: 0.095, high: 0.13, source: "LBF 2020:7", note: ""),
      ])
  }

  @Test func readsADanishSpreadsheetExport() throws {
    let s = try ScratchDataset()
    try s.write(
      "references.csv",
      "\u{FEFF}Metric;Value;Low;High;Source;Note\r\nturnover_youth;0,399;0,35;0,48;Landsbyggefonden 2020:7;fraflytning\r\n"
    )
    let references = try DatasetReader.load(from: s.directory).references
    #expect(references.map(\.value) == [0.399])
    #expect(references.first?.low == 0.35)
    #expect(references.first?.source == "Landsbyggefonden 2020:7")
  }

  @Test func anUnknownMetricIsReportedWithANearMiss() throws {
    #expect(
      try problems(Self.header + "list_size_end,291,250,335,VIVE,\nlist_sise_end,291,250,335,VIVE,\n")
        == ["references.csv:3:1: unknown metric 'list_sise_end'; did you mean 'list_size_end'?"])
    #expect(
      try problems(Self.header + "homeless_rate,1,0,2,x,\n")
        == ["references.csv:2:1: unknown metric 'homeless_rate'; see docs/model.md (Calibration) for the metrics"])
  }

  @Test func theValueMustLieInsideItsBand() throws {
    #expect(
      try problems(Self.header + "list_size_end,200,250,335,VIVE,\n")
        == ["references.csv:2:15: value 200 is below the band's low 250"])
    #expect(
      try problems(Self.header + "list_size_end,400,250,335,VIVE,\n")
        == ["references.csv:2:15: value 400 is above the band's high 335"])
    #expect(
      try problems(Self.header + "turnover_family,0.1,0.2,0.05,LBF,\n")
        == ["references.csv:2:21: low 0.2 is above high 0.05"])
  }

  @Test func missingAndBrokenFieldsAreLocated() throws {
    #expect(
      try problems(Self.header + "list_size_end,291,250\n")
        == ["references.csv:2:1: expected 6 fields, found 3"])
    #expect(
      try problems(Self.header + "list_size_end,many,250,335,,\n")
        == [
          "references.csv:2:15: expected a number, found 'many'",
          "references.csv:2:28: source is empty",
        ])
    #expect(try problems("metric,value,low,high,source\n") == ["references.csv:1:1: missing column: note"])
  }

  @Test func referencesAreWrittenAndReadBack() throws {
    let s = try ScratchDataset()
    var dataset = try DatasetReader.load(from: s.directory)
    dataset.references = [
      Reference(
        metric: "list_share_60p", value: 0.083, low: 0.06, high: 0.11, source: "VIVE, 2024", note: "8,3 %")
    ]
    let out = try ScratchFolder()
    try DatasetWriter.write(dataset, to: out.path)
    #expect(try DatasetReader.load(from: out.path).references == dataset.references)
  }

  @Test func theFingerprintCoversReferences() throws {
    let s = try ScratchDataset()
    let before = DatasetFingerprint.hash(folder: s.directory)
    try s.write("references.csv", Self.header + "list_size_end,291,250,335,VIVE,\n")
    #expect(DatasetFingerprint.hash(folder: s.directory) != before)
  }
}
