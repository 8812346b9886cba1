/// The areas of a preset: the aalborg preset's invented neighbourhoods, or the country's towns split into parts.
enum AreaLayout {
  typealias Draft = StructureGenerator.AreaDraft

  /// DOMAIN.md: ~12 areas, 1–2 of them udsat/forebyggelse (here the invented Stærevænget and Østerdal).
  static func aalborg() -> [Draft] {
    let specs = GeneratorNames.aalborgAreas
    let width = GeneratorIDs.width(specs.count, minimum: 2)
    return specs.enumerated().map { i, spec in
      Draft(
        area: Area(id: GeneratorIDs.make("a-", i + 1, width: width), name: spec.name, status: spec.status),
        weight: spec.weight, urban: spec.urban, rentOffset: 0, town: 0)
    }
  }

  /// Restricted areas nationally [est]: the yearly lists name a few dozen udsatte,
  /// parallel and omdannelses-områder and some forebyggelsesområder.
  static let nationalRestricted: [(status: AreaStatus, count: Int)] = [
    (.vulnerable, 10), (.parallel, 8), (.transformation, 14), (.prevention, 24),
  ]

  /// `count` areas over the kommuner in `GeneratorNames.towns`, more areas for larger towns
  /// (at most one per name in `townParts`).
  static func national(_ count: Int, _ rng: inout SeededRandom) -> [Draft] {
    let towns = GeneratorNames.towns
    let parts = townsAreaCounts(count, weights: towns.map(\.weight), cap: GeneratorNames.townParts.count)
    let width = GeneratorIDs.width(count, minimum: 2)
    var drafts = [Draft]()
    drafts.reserveCapacity(count)
    for (t, town) in towns.enumerated() where parts[t] > 0 {
      let offset = GeneratorNames.capitalRegion.contains(town.name) ? 120.0 : 0
      for k in 0..<parts[t] {
        let name = parts[t] == 1 ? town.name : town.name + " " + GeneratorNames.townParts[k]
        let id = GeneratorIDs.make("a-", drafts.count + 1, width: width)
        drafts.append(
          Draft(
            area: Area(id: id, name: name, status: .ordinary), weight: town.weight / Double(parts[t]),
            urban: parts[t] >= 4, rentOffset: offset, town: t))
      }
    }
    // Restricted areas lie in the larger towns.
    var urban = drafts.indices.filter { drafts[$0].urban }
    rng.shuffle(&urban)
    var next = 0
    for (status, n) in nationalRestricted {
      for _ in 0..<n where next < urban.count {
        drafts[urban[next]].area.status = status
        next += 1
      }
    }
    return drafts
  }

  /// How many areas each town gets: one each, then one at a time to the town furthest
  /// below its proportional share, never more than `cap`.
  static func townsAreaCounts(_ total: Int, weights: [Double], cap: Int) -> [Int] {
    let sum = weights.reduce(0, +)
    var counts = weights.map { _ in total >= weights.count ? 1 : 0 }
    var assigned = counts.reduce(0, +)
    while assigned < total {
      var best = -1
      var bestGap = -Double.infinity
      for (i, w) in weights.enumerated() where counts[i] < cap {
        let gap = Double(total) * w / sum - Double(counts[i])
        if gap > bestGap {
          bestGap = gap
          best = i
        }
      }
      if best < 0 { break }
      counts[best] += 1
      assigned += 1
    }
    return counts
  }
}
