import Testing

@testable import AnvisKit

@Suite struct CSVWriterTests {
  @Test func quotesOnlyWhatMustBeQuoted() {
    #expect(CSVWriter.quoted("Vejgaard") == "Vejgaard")
    #expect(CSVWriter.quoted("Kærgården, afd. 3") == "\"Kærgården, afd. 3\"")
    #expect(CSVWriter.quoted("the \"best\" one") == "\"the \"\"best\"\" one\"")
    #expect(CSVWriter.quoted("two\nlines") == "\"two\nlines\"")
    #expect(CSVWriter.quoted("cr\rhere") == "\"cr\rhere\"")
    #expect(CSVWriter.quoted("semi;colon") == "semi;colon")
    #expect(CSVWriter.quoted("") == "")
    #expect(CSVWriter.quoted("\"") == "\"\"\"\"")
  }

  @Test func formatsNumbersTheSameEverywhere() {
    #expect(CSVWriter.format(3450) == "3450")
    #expect(CSVWriter.format(3450.5) == "3450.5")
    #expect(CSVWriter.format(3450.25) == "3450.25")
    #expect(CSVWriter.format(3450.004) == "3450")
    #expect(CSVWriter.format(3450.996) == "3451")
    #expect(CSVWriter.format(0.27) == "0.27")
    #expect(CSVWriter.format(0.05) == "0.05")
    #expect(CSVWriter.format(-12.05) == "-12.05")
    #expect(CSVWriter.format(-0.001) == "0")
    #expect(CSVWriter.format(-0.0) == "0")
    #expect(CSVWriter.format(1e12) == "1000000000000")
    #expect(CSVWriter.format(1e-9) == "0")
    #expect(CSVWriter.format(0.275, maxFractionDigits: 4) == "0.275")
    #expect(CSVWriter.format(0.1 + 0.2, maxFractionDigits: 4) == "0.3")
    #expect(CSVWriter.format(2.5, maxFractionDigits: 0) == "3")
    #expect(CSVWriter.format(.nan) == "")
    #expect(CSVWriter.format(.infinity) == "")
  }

  @Test func writesRowsWithLFAndCommas() throws {
    var csv = CSVWriter(header: ["id", "name", "rent", "rooms", "ok", "since"])
    csv.field("u-000001")
    csv.field("Bøgeparken, \"nord\"")
    csv.field(3450.5)
    csv.field(2)
    csv.field(true)
    csv.field(Day(iso: "2026-10-15"))
    csv.endRow()
    csv.field("u-000002")
    csv.field("line\nbreak")
    csv.field(3450.0)
    csv.field(-1)
    csv.field(false)
    csv.field(nil as Day?)
    csv.endRow()
    #expect(
      csv.text == """
        id,name,rent,rooms,ok,since
        u-000001,"Bøgeparken, ""nord\"\"",3450.5,2,true,2026-10-15
        u-000002,"line
        break",3450,-1,false,

        """)
    #expect(csv.bytes.contains(UInt8(ascii: "\r")) == false)
  }
}
