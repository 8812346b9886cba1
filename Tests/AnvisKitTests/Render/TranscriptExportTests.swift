import Foundation
import Testing

@testable import AnvisKit

@Suite struct TranscriptExportTests {
  static let tableLines = [
    "organisation  units  avg_rent", "------------  -----  --------", "org-1           120   4123.50",
    "org-12            7    980.00",
    "… 18 more rows",
  ]
  static let chartLines = [
    "baseline     ████████████ 120", "youth-first  ██████████████▌ 145", "empty        ▏ 0",
  ]

  static let transcript = Transcript(
    header: TranscriptHeader(name: "demo", dataFolder: "examples/aalborg", seed: 7, date: "2026-11-01"),
    steps: [
      TranscriptStep(
        narration: ["Rents <by> organisation & more."], command: "units |\n  count by organisation",
        output: (tableLines + ["", "note after"]).map { TranscriptLine($0) }),
      TranscriptStep(
        command: "compare baseline youth-first", output: (["housed"] + chartLines).map { TranscriptLine($0) }),
      TranscriptStep(
        command: "units | where rnt > 1",
        output: [TranscriptLine("error: unknown field 'rnt'", stream: .err)],
        failed: true),
    ], epilogue: ["The end."])

  @Test func readsAlignedTables() {
    let blocks = OutputBlock.scan(Self.tableLines + ["", "after"])
    #expect(
      blocks == [
        .table(
          OutputTable(
            header: ["organisation", "units", "avg_rent"],
            rows: [["org-1", "120", "4123.50"], ["org-12", "7", "980.00"]],
            numeric: [false, true, true], note: "… 18 more rows")),
        .text(["", "after"]),
      ])
  }

  @Test func readsMarkdownTablesAndCharts() {
    let blocks = OutputBlock.scan(["| a | b |", "|---|--:|", "| x \\| y | 2 |", "text"] + Self.chartLines)
    #expect(
      blocks == [
        .table(OutputTable(header: ["a", "b"], rows: [["x | y", "2"]], numeric: [false, true], note: nil)),
        .chart(
          title: "text",
          bars: [
            ChartBar(label: "baseline", eighths: 96, value: "120"),
            ChartBar(label: "youth-first", eighths: 116, value: "145"),
            ChartBar(label: "empty", eighths: 1, value: "0"),
          ]),
      ])
  }

  /// The simulation's `Chart.bars` and `Chart.bands` layouts, zero-length bars included.
  @Test func readsSimulationBarsAndBands() {
    let lines = [
      "housed", "  baseline     ████████████                    64",
      "  youth-first  ██████████████████████████████  96",
      "  closed                                        0", "",
      "housed (mean, p5–p95)", "  baseline     ├──●──┤                 64  [58–71]",
      "  youth-first        ├───●───┤      1,096  [1,088–1,104]",
    ]
    #expect(
      OutputBlock.scan(lines) == [
        .chart(
          title: "housed",
          bars: [
            ChartBar(label: "baseline", eighths: 96, value: "64"),
            ChartBar(label: "youth-first", eighths: 240, value: "96"),
            ChartBar(label: "closed", eighths: 0, value: "0"),
          ]),
        .text([""]),
        .bands(
          title: "housed (mean, p5–p95)",
          bands: [
            ChartBand(label: "baseline", mean: 64, low: 58, high: 71),
            ChartBand(label: "youth-first", mean: 1096, low: 1088, high: 1104),
          ]),
      ])
    let svg = SVGBarChart.svg([ChartBand(label: "a", mean: 5, low: 2, high: 8)])
    #expect(svg.contains("<circle"))
    #expect(svg.contains("class=\"band\""))
  }

  @Test func singleColumnTableAndPlainText() {
    #expect(
      OutputBlock.scan(["count", "-----", "  412"])
        == [.table(OutputTable(header: ["count"], rows: [["412"]], numeric: [true], note: nil))])
    #expect(OutputBlock.scan(["no table here", "just text"]) == [.text(["no table here", "just text"])])
  }

  /// `why` prints a table, a line of text and another table with no blank line between them:
  /// the text and the second table are not rows of the first.
  @Test func aTableEndsAtALineThatDoesNotFitItsColumns() {
    let lines = [
      "rule     units_blocked  change", "-------  -------------  -------------------",
      "rent             28168  set rent.cap = 3600",
      "what else kept it from today's homes:",
      "obstacle                units_today", "----------------------  -----------",
      "not the kommune's turn           20",
    ]
    #expect(
      OutputBlock.scan(lines) == [
        .table(
          OutputTable(
            header: ["rule", "units_blocked", "change"], rows: [["rent", "28168", "set rent.cap = 3600"]],
            numeric: [false, true, false], note: nil)),
        .text(["what else kept it from today's homes:"]),
        .table(
          OutputTable(
            header: ["obstacle", "units_today"], rows: [["not the kommune's turn", "20"]],
            numeric: [false, true], note: nil)),
      ])
  }

  /// `compare` prints its charts right under its table: the line above a chart is its title.
  @Test func aChartTitleRightUnderATableIsNotARow() {
    let lines = [
      "metric          mean_baseline", "--------------  -------------", "housed                   84.8",
      "housed (mean)",
      "  baseline     ██████████████  84.8",
    ]
    #expect(
      OutputBlock.scan(lines) == [
        .table(
          OutputTable(
            header: ["metric", "mean_baseline"], rows: [["housed", "84.8"]], numeric: [false, true], note: nil
          )),
        .chart(title: "housed (mean)", bars: [ChartBar(label: "baseline", eighths: 112, value: "84.8")]),
      ])
  }

  /// The summary `simulate` prints (metric, mean, [p5–p95]) is read as a table; the bar
  /// chart after it stays a chart.
  @Test func readsASimulationSummaryAsATable() {
    let lines = [
      "scenario baseline: 12 months × 20 runs, seed 7",
      "  new cases                                   593.0  [555–630]",
      "  median days, need none                      –",
      "  tomgangsleje kr                             66,737 kr  [55,724 kr–78,733 kr]",
      "§ 59 stk. 6–7: no placement broke the area rules",
      "housed (mean, p5–p95)",
      "  baseline     ██████████████            84.8  [71–98]",
    ]
    let blocks = OutputBlock.scan(lines)
    #expect(blocks.count == 4)
    #expect(
      blocks.prefix(2) == [
        .text(["scenario baseline: 12 months × 20 runs, seed 7"]),
        .table(
          OutputTable(
            header: ["metric", "mean", "p5–p95"],
            rows: [
              ["new cases", "593.0", "555–630"], ["median days, need none", "–", ""],
              ["tomgangsleje kr", "66,737 kr", "55,724 kr–78,733 kr"],
            ],
            numeric: [false, true, false], note: nil)),
      ])
    #expect(
      blocks.last
        == .chart(
          title: "housed (mean, p5–p95)",
          bars: [ChartBar(label: "baseline", eighths: 112, value: "84.8  [71–98]")]))
    // Two indented lines are not enough to make a table.
    #expect(OutputBlock.scan(Array(lines[1...2])) == [.text(Array(lines[1...2]))])
  }

  @Test func htmlIsSelfContainedWithTablesAndSVG() {
    let html = TranscriptHTML.page(Self.transcript)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<th>organisation</th><th class=\"num\">units</th>"))
    #expect(html.contains("<td>org-1</td><td class=\"num\">120</td><td class=\"num\">4123.50</td>"))
    #expect(html.contains("<p class=\"table-note\">… 18 more rows</p>"))
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
    #expect(html.components(separatedBy: "<rect ").count - 1 == 3)
    #expect(html.contains("<p class=\"note\">Rents &lt;by&gt; organisation &amp; more.</p>"))
    #expect(html.contains("<pre class=\"error\">error: unknown field &#39;rnt&#39;</pre>"))
    #expect(html.contains("<span class=\"prompt\">  ...&gt; </span>  count by organisation"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("href="))
  }

  @Test func markdownNotebook() {
    let md = TranscriptMarkdown.document(Self.transcript)
    #expect(md.hasPrefix("# demo\n\n*data `examples/aalborg`"))
    #expect(
      md.contains(
        "Rents <by> organisation & more.\n\n```anvis\nanvis> units |\n  ...>   count by organisation\n```\n\n```text\norganisation  units  avg_rent\n"
      ))
    #expect(md.contains("```text\nerror: unknown field 'rnt'\n```\n"))
    #expect(md.hasSuffix("The end.\n"))
    #expect(TranscriptMarkdown.fenced(["a ``` b"], language: "text") == "````text\na ``` b\n````\n\n")
  }

  /// A timing on standard error of a step that did not fail is not drawn as an error.
  @Test func htmlShowsATimingOfAGoodStepAsNoError() {
    var t = Self.transcript
    t.steps[0].output.append(TranscriptLine("Run Time: *", stream: .err, kind: .glob))
    let html = TranscriptHTML.page(t)
    #expect(html.contains("<pre class=\"stderr\">Run Time: *</pre>"))
    #expect(html.contains("<pre class=\"error\">error: unknown field"))
  }

  /// Two `.note` lines are two paragraphs, not one run-on paragraph.
  @Test func markdownKeepsNarrationLinesApart() {
    var t = Self.transcript
    t.steps[0].narration = ["First thought.", "Second thought."]
    t.epilogue = ["Closing.", "Next time."]
    let md = TranscriptMarkdown.document(t)
    #expect(md.contains("First thought.\n\nSecond thought.\n\n```anvis"))
    #expect(md.hasSuffix("Closing.\n\nNext time.\n"))
  }
}
