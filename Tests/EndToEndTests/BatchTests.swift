import Foundation
import TestSupport
import Testing

/// The shell through pipes: no banner, no prompt, no history; the first error stops it.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct BatchTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  @Test func pipedInputRunsWithoutBannerPromptOrHistory() throws {
    let home = try TemporaryFolder()
    let r = try AnvisBinary.run(
      ["--data", data], stdin: "tables\n\n# a comment\nshow unit u-000002\n",
      environment: ["HOME": home.path, "ANVIS_HISTORY": home.path + "/history"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    #expect(r.stdout.hasPrefix("name           rows  fields  origin\n"))
    #expect(r.stdout.contains("units             3      13  data\n"))
    #expect(r.stdout.contains("rent               2900\n"))
    #expect(!r.stdout.contains("anvis>"))
    #expect(!r.stdout.contains("Type .help"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/history"))
  }

  @Test func theFirstErrorStopsWithStatusOne() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: "tables\ndescrbe units\ntables\n")
    #expect(r.status == 1)
    #expect(r.stdout.components(separatedBy: "origin").count == 2, "only the first 'tables' ran")
    #expect(
      r.stderr == """
        error: unknown command or table 'descrbe'
         --> input:2:1
        2 | descrbe units
          | ^^^^^^^
          = help: did you mean 'describe'?

        """)
  }

  @Test func dashCIsRepeatableAndStopsAtAnError() throws {
    let ok = try AnvisBinary.run(["--data", data, "-c", ".mode csv", "-c", "tables"])
    #expect(ok.status == 0)
    #expect(ok.stdout.hasPrefix("name,rows,fields,origin\nareas,2,3,data\n"))
    let bad = try AnvisBinary.run(["--data", data, "-c", "show unit u-9", "-c", "tables"])
    #expect(bad.status == 1)
    #expect(bad.stdout == "")
    #expect(bad.stderr.contains("no unit with id 'u-9'"))
  }

  @Test func formatFlagAndModesRenderEveryRow() throws {
    let json = try AnvisBinary.run(["--data", data, "--format", "json", "-c", "show team t-01"])
    #expect(json.stdout.hasPrefix("[\n  {\"field\": \"id\", \"value\": \"t-01\"},\n"))
    let md = try AnvisBinary.run(["--data", data], stdin: ".mode markdown\ntables\n")
    #expect(md.stdout.hasPrefix("| name | rows | fields | origin |\n| --- | ---: | ---: | --- |\n"))
  }

  @Test func runFileBehavesLikeBatch() throws {
    let script = folder.path + "/script.anvis"
    try "# tour\n.mode csv\n\ntables\nshow area a-02\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    let r = try AnvisBinary.run(["--data", data, "run", script])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("name,Østparken\n"))
    let failing = folder.path + "/failing.anvis"
    try "tables\n.mode yaml\ntables\n".write(toFile: failing, atomically: true, encoding: .utf8)
    let f = try AnvisBinary.run(["run", "--data", data, failing])
    #expect(f.status == 1)
    #expect(
      f.stderr == """
        error: expected one of table, csv, json, markdown, line, found 'yaml'
         --> \(failing):2:7
        2 | .mode yaml
          |       ^^^^
          = help: usage: .mode [table|csv|json|markdown|line]

        """)
    let missing = try AnvisBinary.run(["--data", data, "run", folder.path + "/nope.anvis"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("anvis: cannot read '"))
  }

  @Test func runOnASavedSessionPointsToReplay() throws {
    let transcript = folder.path + "/walk.anvis"
    try "# anvis session: walk\n# data: tiny   seed: 1\n\nNarration.\n  > tables\n".write(
      toFile: transcript, atomically: true, encoding: .utf8)
    let r = try AnvisBinary.run(["--data", data, "run", transcript])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr.hasPrefix("anvis: '\(transcript)' is a saved session, not a script; replay it with"))
  }

  /// Issue 8: `anvis run /dev/zero` read forever; a device is refused, a pipe still runs.
  @Test func runRefusesADeviceButReadsAPipe() throws {
    let r = try AnvisBinary.run(["--data", data, "run", "/dev/zero"])
    #expect(r.status == 1)
    #expect(r.stderr == "anvis: cannot read '/dev/zero': not a regular file or a pipe\n")
    let fifo = folder.path + "/script.fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      if let handle = FileHandle(forWritingAtPath: fifo) {
        handle.write(Data("units | count\n".utf8))
        try? handle.close()
      }
    }
    writer.start()
    let piped = try AnvisBinary.run(["--data", data, "run", fifo])
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout.contains("count"))
  }

  @Test func quitStopsWithStatusZero() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: ".quit\ntabels\n")
    #expect(r.status == 0)
    #expect(r.stderr == "")
  }

  @Test func timerLinesGoToStderrAndSayRunTime() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: ".timer on\ntables\n")
    #expect(r.status == 0)
    #expect(r.stderr.hasPrefix("Run Time: "))
    #expect(!r.stdout.contains("Run Time"))
  }

  @Test func dataSetComesFromEnvironmentOrTheDefaultFolder() throws {
    let env = try AnvisBinary.run(["-c", "tables"], environment: ["ANVIS_DATA": data])
    #expect(env.status == 0, "\(env.stderr)")
    let project = try TemporaryFolder()
    try TinyDataSet.write(to: project.path + "/examples/aalborg")
    let fallback = try AnvisBinary.run(["-c", "show case c-0001"], in: project.path)
    #expect(fallback.status == 0, "\(fallback.stderr)")
    #expect(fallback.stdout.contains("need                ICM"))
  }

  @Test func aMissingDataSetIsExplainedNotTraced() throws {
    let r = try AnvisBinary.run(["--data", folder.path + "/nowhere", "-c", "tables"])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr.contains("no data set at '\(folder.path)/nowhere'"))
    #expect(!r.stderr.contains("Fatal error"))
  }

  @Test func aBrokenDataSetListsItsProblems() throws {
    let broken = try TinyDataSet.write(to: folder.path + "/broken")
    try
      "id,department,type,rooms,size_m2,rent,floor,accessible,status,vacant_since\nu-000001,d-001,family,3,72.5,-5,1,false,occupied,\n"
      .write(toFile: broken + "/units.csv", atomically: true, encoding: .utf8)
    let r = try AnvisBinary.run(["--data", broken, "-c", "tables"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot load the data set in '\(broken)'"))
    #expect(r.stderr.contains("units.csv:2:"))
  }

  @Test func validateSummarisesOrListsProblems() throws {
    let ok = try AnvisBinary.run(["validate", data])
    #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
    #expect(ok.stdout.hasPrefix("ok: Tiny, as of 2026-11-01: "))
    #expect(ok.stdout.components(separatedBy: "\n").count == 2)
    let broken = try TinyDataSet.write(to: folder.path + "/broken2")
    try "id,name,status\na-01,Midtby,slum\n".write(
      toFile: broken + "/areas.csv", atomically: true, encoding: .utf8)
    let bad = try AnvisBinary.run(["validate", broken])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("areas.csv:2:"))
    #expect(bad.stdout.contains("nothing loaded"))
  }
}
