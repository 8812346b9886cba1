// swift-tools-version:6.0
// Times DatasetReader.load on a data set folder, in a release build:
//   cd bench/load-time && swift build -c release
//   .build/release/load-time [--generate national] DIR [RUNS]
import PackageDescription

let package = Package(
  name: "load-time",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "anvis", path: "../..")],
  targets: [
    .executableTarget(name: "load-time", dependencies: [.product(name: "AnvisKit", package: "anvis")])
  ]
)
