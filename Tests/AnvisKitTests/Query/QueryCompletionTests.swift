import Testing

@testable import AnvisKit

@Suite struct QueryCompletionTests {
  func complete(_ line: String) -> [String] {
    QueryCompletion.candidates(line: line, cursor: line.count, catalog: QueryFixture.catalog)
  }

  @Test func sourcesAtTheStart() {
    #expect(
      complete("") == ["areas", "cases", "departments", "gaps", "let", "organisations", "teams", "units"])
    #expect(complete("un") == ["units"])
    #expect(complete("let y = ca") == ["cases"])
  }

  @Test func stagesAfterPipe() {
    #expect(complete("units | ") == Parser.stageNames.sorted())
    #expect(complete("units | where rent < 3 | su") == ["summarize"])
  }

  @Test func fieldsAfterWhere() throws {
    let units = try #require(QueryFixture.catalog.table(named: "units"))
    #expect(complete("units | where ") == units.fieldNames.sorted())
    #expect(complete("units | where ro") == ["rooms", "round("])
    #expect(complete("units | where rent < 3500 and ar") == ["area", "area_status"])
  }

  @Test func newFieldsAfterShapingStages() {
    #expect(complete("units | count by organisation, type | sort ") == ["count", "organisation", "type"])
    #expect(complete("units | summarize n = count(), m = avg(rent) by area | where ") == ["area", "m", "n"])
    #expect(complete("units | select id, r = rent * 12 | where ") == ["id", "r"])
    #expect(complete("units | extend yearly = rent * 12 | where ye") == ["year(", "yearly"])
    #expect(complete("units |\n  count by type |\n  where co") == ["coalesce(", "concat(", "contains(", "count"])
  }

  @Test func enumValuesAfterEquals() {
    #expect(
      complete(#"units | where type == "#) == [
        #""family""#, #""senior""#, #""shared_room""#, #""skaev""#, #""transition""#, #""youth""#,
      ])
    #expect(complete(#"units | where type == "yo"#) == ["youth"])
    #expect(complete(#"cases | where need in ["CTI", "#) == [#""ACT""#, #""CTI""#, #""ICM""#, #""none""#])
    #expect(complete(#"units | where rent == "#).isEmpty == false)
  }

  @Test func joinAndSortAndCountBy() {
    #expect(complete("units | join dep") == ["departments"])
    #expect(complete("units | join departments ") == ["on"])
    #expect(complete("units | join departments on depa") == ["department"])
    #expect(complete("units | sort rent ") == ["asc", "desc"])
    #expect(complete("units | count ") == ["by"])
    #expect(complete("units | count by st") == ["status"])
  }

  @Test func insideLetAndAfterJoin() {
    #expect(complete("let y = units | where ro") == ["rooms", "round("])
    #expect(
      complete("units | join departments on department | where department_") == [
        "department_area", "department_area_status", "department_organisation",
      ])
    #expect(complete("units | join departments on department = ") == ["area", "area_status", "exempt", "id", "name", "organisation"])
  }

  @Test func brokenEarlierStageFallsBack() {
    #expect(complete("units | where rnet < 3 | select ro") == ["rooms", "round(", "row_number("])
  }

  @Test func newStagesAndFunctions() {
    #expect(complete("units | summarize v = cou") == ["count()", "countif("])
    #expect(complete("units | where matc") == ["matches("])
    #expect(complete("units | extend r = row_number() ") == ["over"])
    #expect(complete("units | top 3 ") == ["by"])
    #expect(complete("units | top 3 by rent ") == ["asc", "desc", "per"])
    #expect(complete("units | top 3 by rent desc per org") == ["organisation"])
    #expect(complete("units | chart ") == ["bar", "hist", "line"])
    #expect(complete("units | chart hist rent ") == ["bins"])
    #expect(complete("units | join kind=") == ["anti", "inner", "left", "semi"])
    #expect(complete("units | join kind=left dep") == ["departments"])
    #expect(complete("units | count by area, type | pivot ty") == ["type"])
    #expect(complete("units | where rent ") == ["and", "between", "in", "is", "not", "or"])
  }
}
