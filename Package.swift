// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "anvis",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "anvis", targets: ["anvis"]),
    .library(name: "AnvisKit", targets: ["AnvisKit"]),
    .executable(name: "anvis-bench", targets: ["anvis-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .target(
      name: "AnvisKit",
      dependencies: [
        .product(name: "TOMLKit", package: "TOMLKit"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .executableTarget(
      name: "anvis",
      dependencies: [
        "AnvisKit", "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Times queries in process for bench/run (the clock is allowed here, not in AnvisKit).
    .executableTarget(name: "anvis-bench", dependencies: ["AnvisKit"]),
    // What both test targets share (skip-or-fail rules for the tools tests need).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "AnvisKitTests",
      dependencies: ["AnvisKit", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["AnvisKit", "TestSupport"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
