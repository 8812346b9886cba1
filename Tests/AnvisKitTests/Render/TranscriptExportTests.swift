import Foundation
import Testing

@testable import AnvisKit

/// The Markdown and HTML exports draw reply values: tables from their columns, charts as SVG
/// from `ChartSpec`, simulate's summary as a table. Nothing is read back from text.
@Suite struct TranscriptExportTests {
  static let rents = Table(
    name: "rents",
    columns: [
      Column(name: "organisation", storage: .string(["org-1", "org-12"])),
      Column(name: "units", storage: .int([120, 7])),
      Column(name: "avg_rent", storage: .double([4123.5, 980])),
    ])

  static let housed = ChartSpec(
    title: "housed",
    shape: .meanBars([
      .init(label: "baseline", mean: 120, low: 110, high: 131),
      .init(label: "youth-first", mean: 145, low: 133, high: 158),
    ]), format: .rounded)

  static let summary = MetricList(
    title: "scenario baseline: 12 months × 20 runs, seed 7",
    rows: [.init(label: "new cases", value: "593.0", band: "555–630"), .init(label: "housed", value: "84.8", band: "71–98")],
    notes: ["§ 59 stk. 6–7: no placement broke the area rules"])

  static let session = ExportedSession(
    header: TranscriptHeader(name: "demo", dataFolder: "examples/aalborg", seed: 7, date: "2026-11-01"),
    steps: [
      .init(
        narration: ["Rents <by> organisation & more."], command: "units |\n  count by organisation",
        items: [.table(rents), .text("note after")]),
      .init(command: "compare baseline youth-first", items: [.chart(housed)]),
      .init(command: "simulate months 12 runs 20", items: [.metrics(summary)]),
      .init(command: "units | where rnt > 1", items: [], error: "error: unknown field 'rnt'"),
    ], epilogue: ["The end."])

  @Test func htmlIsSelfContainedWithTablesFromValues() {
    let html = TranscriptHTML.page(Self.session)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<th>organisation</th><th class=\"num\">units</th><th class=\"num\">avg_rent</th>"))
    #expect(html.contains("<td>org-1</td><td class=\"num\">120</td><td class=\"num\">4123.5</td>"))
    #expect(html.contains("<pre>note after</pre>"))
    #expect(html.contains("<p class=\"note\">Rents &lt;by&gt; organisation &amp; more.</p>"))
    #expect(html.contains("<pre class=\"error\">error: unknown field &#39;rnt&#39;</pre>"))
    #expect(html.contains("<span class=\"prompt\">  ...&gt; </span>  count by organisation"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("href="))
  }

  @Test func htmlCutsLongTablesWithANote() {
    let many = Table(name: "t", columns: [Column(name: "n", storage: .int(Array(0..<50)))])
    let html = TranscriptHTML.table(many, maxRows: 40)
    #expect(html.components(separatedBy: "<tr>").count - 1 == 41, "header and 40 rows")
    #expect(html.contains("<p class=\"table-note\">… 10 more rows</p>"))
  }

  /// compare's bars draw the p5–p95 band their title promises.
  @Test func htmlCompareBarsDrawTheirBand() {
    let html = TranscriptHTML.page(Self.session)
    #expect(html.contains("<figcaption>housed (mean, p5–p95)</figcaption>"))
    #expect(html.components(separatedBy: "<rect ").count - 1 == 2)
    #expect(html.components(separatedBy: "class=\"whisker\"").count - 1 == 6, "a line and two end ticks per bar")
    #expect(html.contains(">120  [110–131]</text>"))
  }

  @Test func htmlShowsTheSummaryAsATable() {
    let html = TranscriptHTML.page(Self.session)
    #expect(html.contains("<p class=\"caption\">scenario baseline: 12 months × 20 runs, seed 7</p>"))
    #expect(html.contains("<tr><td>housed</td><td class=\"num\">84.8</td><td class=\"num\">71–98</td></tr>"))
    #expect(html.contains("<p class=\"table-note\">§ 59 stk. 6–7: no placement broke the area rules</p>"))
  }

  @Test func markdownNotebookFromValues() {
    let md = TranscriptMarkdown.document(Self.session)
    #expect(md.hasPrefix("# demo\n\n*data `examples/aalborg`"))
    #expect(
      md.contains(
        "Rents <by> organisation & more.\n\n```anvis\nanvis> units |\n  ...>   count by organisation\n```\n\n| organisation | units | avg_rent |\n| --- | ---: | ---: |\n| org-1 | 120 | 4123.5 |\n"
      ))
    #expect(md.contains("```text\nnote after\n```"))
    #expect(md.contains("```text\nhoused (mean, p5–p95)\n  baseline "))
    #expect(md.contains("| metric | mean | p5–p95 |\n|---|--:|--:|\n| new cases | 593.0 | 555–630 |\n"))
    #expect(md.contains("```text\nerror: unknown field 'rnt'\n```\n"))
    #expect(md.hasSuffix("The end.\n"))
    #expect(TranscriptMarkdown.fenced(["a ``` b"], language: "text") == "````text\na ``` b\n````\n\n")
  }

  /// Standard error of a step that did not fail (a warning) is not drawn as an error.
  @Test func htmlShowsStderrOfAGoodStepAsNoError() {
    var s = Self.session
    s.steps[0].stderr = "note: results of youth-first"
    let html = TranscriptHTML.page(s)
    #expect(html.contains("<pre class=\"stderr\">note: results of youth-first</pre>"))
    #expect(html.contains("<pre class=\"error\">error: unknown field"))
  }

  /// Two `.note` lines are two paragraphs, not one run-on paragraph.
  @Test func markdownKeepsNarrationLinesApart() {
    var s = Self.session
    s.steps[0].narration = ["First thought.", "Second thought."]
    s.epilogue = ["Closing.", "Next time."]
    let md = TranscriptMarkdown.document(s)
    #expect(md.contains("First thought.\n\nSecond thought.\n\n```anvis"))
    #expect(md.hasSuffix("Closing.\n\nNext time.\n"))
  }
}
