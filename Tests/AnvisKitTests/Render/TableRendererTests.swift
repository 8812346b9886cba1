import Testing

@testable import AnvisKit

@Suite struct TableRendererTests {
  let table = Table(
    name: "t",
    columns: [
      Column(name: "id", storage: .string(["u-1", "u-2", "u,\"3\""])),
      Column(name: "rent", storage: .double([3456.789, 12, -0.5])),
      Column(name: "rooms", storage: .int([2, 10, 0]), missing: [false, false, true]),
      Column(name: "ok", storage: .bool([true, false, true])),
      Column(name: "since", storage: .date([20000, 0, 1]), missing: [false, true, false]),
      Column(name: "type", storage: .enumeration(codes: [0, 1, 0], values: ["family", "youth"])),
    ])

  @Test func tableModeAlignsAndRightAlignsNumbers() {
    let out = TableRenderer(mode: .table).render(table)
    #expect(
      out == """
        id        rent  rooms  ok     since       type
        -----  -------  -----  -----  ----------  ------
        u-1    3456.79      2  true   2024-10-04  family
        u-2         12     10  false              youth
        u,"3"     -0.5         true   1970-01-02  family

        """)
  }

  @Test func tableModeCutsLongResults() {
    let long = Table(name: "n", columns: [Column(name: "n", storage: .int(Array(1...45)))])
    let out = TableRenderer(mode: .table, maxRows: 40).render(long)
    let lines = out.split(separator: "\n")
    #expect(lines.count == 43)
    #expect(lines[41] == "40")
    #expect(lines[42] == "… 5 more rows")
    let one = Table(name: "n", columns: [Column(name: "n", storage: .int(Array(1...41)))])
    #expect(TableRenderer(mode: .table, maxRows: 40).render(one).hasSuffix("… 1 more row\n"))
    #expect(!TableRenderer(mode: .csv, maxRows: 40).render(long).contains("more"))
  }

  @Test func emptyTables() {
    let empty = Table(name: "e", columns: [Column(name: "n", storage: .int([]))])
    #expect(TableRenderer(mode: .table).render(empty) == "n\n-\n(no rows)\n")
    #expect(TableRenderer(mode: .json).render(empty) == "[]\n")
    #expect(TableRenderer(mode: .csv).render(empty) == "n\n")
    #expect(TableRenderer(mode: .markdown).render(empty) == "| n |\n| ---: |\n")
  }

  @Test func csvQuotesPerRFC4180() {
    #expect(
      TableRenderer(mode: .csv).render(table) == #"""
        id,rent,rooms,ok,since,type
        u-1,3456.789,2,true,2024-10-04,family
        u-2,12,10,false,,youth
        "u,""3""",-0.5,,true,1970-01-02,family

        """#)
    let multi = Table(name: "m", columns: [Column(name: "note", storage: .string(["two\nlines"]))])
    #expect(TableRenderer(mode: .csv).render(multi) == "note\n\"two\nlines\"\n")
  }

  @Test func jsonWritesNumbersAsNumbersAndMissingAsNull() {
    #expect(
      TableRenderer(mode: .json).render(table) == #"""
        [
          {"id": "u-1", "rent": 3456.789, "rooms": 2, "ok": true, "since": "2024-10-04", "type": "family"},
          {"id": "u-2", "rent": 12, "rooms": 10, "ok": false, "since": null, "type": "youth"},
          {"id": "u,\"3\"", "rent": -0.5, "rooms": null, "ok": true, "since": "1970-01-02", "type": "family"}
        ]

        """#)
    #expect(TableRenderer.jsonString("a\tb\u{1}ø") == "\"a\\tb\\u0001ø\"")
    #expect(TableRenderer.jsonString("\u{7F}") == "\"\u{7F}\"")  // JSON allows a raw DEL
    #expect(TableRenderer.jsonValue(.double(.nan)) == "null")
  }

  @Test func markdownIsAPipeTable() {
    let t = Table(
      name: "m",
      columns: [
        Column(name: "name", storage: .string(["a|b", "c"])), Column(name: "n", storage: .int([1, 22])),
      ])
    #expect(
      TableRenderer(mode: .markdown).render(t) == """
        | name | n |
        | --- | ---: |
        | a\\|b | 1 |
        | c | 22 |

        """)
  }
}

@Suite struct TableRendererControlCharacterTests {
  let table = Table(
    name: "t",
    columns: [
      Column(name: "name", storage: .string(["two\nlines", "tab\there", "bell\u{7}\u{1B}[31m", "æøå"])),
      Column(name: "n", storage: .int([1, 2, 3, 4])),
    ])

  @Test func tableModeKeepsOneLinePerRowAndShowsControlCharacters() {
    let out = TableRenderer(mode: .table).render(table)
    #expect(
      out == """
        name                 n
        -------------------  -
        two\\nlines           1
        tab\\there            2
        bell\\u{7}\\u{1B}[31m  3
        æøå                  4

        """)
    #expect(!out.contains("\u{1B}"))
  }
}
