/// The housing organisations of a preset and their anvisning shares.
enum OrganisationLayout {
  typealias Draft = StructureGenerator.OrganisationDraft

  /// DOMAIN.md: 20 organisations; Aalborg uses 27 %. Most organisations here agree 27 %
  /// (a few 25–26 %), and two have raised it to a third or more [est].
  static func aalborg(_ rng: inout SeededRandom) -> [Draft] {
    let specs = GeneratorNames.aalborgOrganisations
    var raised = Array(specs.indices)
    rng.shuffle(&raised)
    return specs.enumerated().map { i, spec in
      let share: Double
      if i == raised[0] {
        share = 0.33
      } else if i == raised[1] {
        share = 0.35
      } else {
        share = [0.27, 0.26, 0.25][rng.pick([0.75, 0.10, 0.15])]
      }
      return Draft(
        organisation: Organisation(id: "org-\(i + 1)", name: spec.name, anvisningShare: share),
        weight: spec.weight, homeAreas: spec.homeArea.map { [$0] } ?? [])
    }
  }

  /// `count` organisations, each at home in a town, named after it; sizes are skewed
  /// (a few large, many small) [est]. Shares: mostly the legal 25 % (§ 59 stk. 1), some
  /// 26–30 %, one in twenty a third or more by agreement [est].
  static func national(_ count: Int, areas: [StructureGenerator.AreaDraft], _ rng: inout SeededRandom)
    -> [Draft]
  {
    let towns = GeneratorNames.towns
    let forms = GeneratorNames.organisationForms
    var townAreas = towns.map { _ in [Int]() }
    for (i, a) in areas.enumerated() { townAreas[a.town].append(i) }
    let townTable = WeightedTable(towns.map(\.weight))
    var formsUsed = towns.map { _ in 0 }
    var drafts = [Draft]()
    drafts.reserveCapacity(count)
    while drafts.count < count {
      var town = townTable.draw(&rng)
      if formsUsed[town] >= forms.count {
        // Every name for this town is taken: use the next town that has one left.
        guard let free = formsUsed.indices.first(where: { formsUsed[$0] < forms.count }) else { break }
        town = free
      }
      let form = forms[formsUsed[town]]
      formsUsed[town] += 1
      let name = form.prefix + towns[town].name + form.suffix
      let share = nationalShare(&rng)
      let weight = 1 / (0.05 + rng.unit())
      drafts.append(
        Draft(
          organisation: Organisation(id: "org-\(drafts.count + 1)", name: name, anvisningShare: share),
          weight: weight, homeAreas: townAreas[town]))
    }
    return drafts
  }

  private static func nationalShare(_ rng: inout SeededRandom) -> Double {
    switch rng.pick([0.60, 0.10, 0.15, 0.10, 0.05]) {
    case 0: 0.25
    case 1: 0.26
    case 2: 0.27
    case 3: [0.28, 0.29, 0.30][rng.int(in: 0...2)]
    default: [0.33, 0.35, 0.40, 0.50][rng.int(in: 0...3)]
    }
  }
}
