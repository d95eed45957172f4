// swift-tools-version:6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Yusuan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "yusuan", targets: ["yusuan"]),
        .library(name: "YusuanCore", targets: ["YusuanCore"]),
        .library(name: "YusuanImport", targets: ["YusuanImport"]),
        .library(name: "YusuanValidation", targets: ["YusuanValidation"]),
        .library(name: "YusuanRender", targets: ["YusuanRender"]),
        .library(name: "YusuanGenerator", targets: ["YusuanGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(name: "YusuanCore", swiftSettings: upcoming),
        .target(
            name: "YusuanXLSX",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanImport",
            dependencies: ["YusuanCore", "YusuanXLSX"],
            resources: [.copy("Catalogue")],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanValidation",
            dependencies: ["YusuanCore"],
            resources: [.copy("Catalogue")],
            swiftSettings: upcoming
        ),
        .target(name: "YusuanRender", dependencies: ["YusuanCore", "YusuanXLSX"], swiftSettings: upcoming),
        .target(
            name: "YusuanStorage",
            dependencies: ["YusuanCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanStorageSQLite",
            dependencies: [
                "YusuanStorage", "YusuanCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanPostgresSupport",
            dependencies: [
                "YusuanStorage", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanStoragePostgres",
            dependencies: [
                "YusuanStorage", "YusuanPostgresSupport", "YusuanCore",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanAccounts",
            dependencies: [
                "YusuanCore", "YusuanStorage", "YusuanPostgresSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanServer",
            dependencies: [
                "YusuanCore", "YusuanImport", "YusuanValidation", "YusuanRender", "YusuanStorage",
                "YusuanStorageSQLite", "YusuanStoragePostgres", "YusuanAccounts", "YusuanSamples", "YusuanGenerator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/openapi.json")],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanGenerator",
            dependencies: ["YusuanCore"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "yusuan",
            dependencies: [
                "YusuanCore", "YusuanImport", "YusuanValidation", "YusuanRender", "YusuanGenerator",
                "YusuanStorage", "YusuanStorageSQLite", "YusuanStoragePostgres", "YusuanAccounts", "YusuanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanSamples",
            resources: [.copy("Samples")],
            swiftSettings: upcoming
        ),
        .target(
            name: "YusuanTestSupport",
            dependencies: ["YusuanCore"],
            path: "Tests/YusuanTestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(name: "YusuanCoreTests", dependencies: ["YusuanCore"], swiftSettings: upcoming),
        .testTarget(
            name: "YusuanImportTests",
            dependencies: ["YusuanSamples", "YusuanImport", "YusuanCore", "YusuanRender", "YusuanTestSupport"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanValidationTests",
            dependencies: [
                "YusuanSamples",
                "YusuanValidation", "YusuanImport", "YusuanCore", "YusuanGenerator", "YusuanRender",
                "YusuanTestSupport",
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanGeneratorTests",
            dependencies: ["YusuanGenerator", "YusuanImport", "YusuanCore", "YusuanRender"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanRenderTests",
            dependencies: [
                "YusuanSamples", "YusuanRender", "YusuanImport", "YusuanCore", "YusuanGenerator", "YusuanXLSX",
                "YusuanTestSupport",
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanStorageTests",
            dependencies: [
                "YusuanSamples",
                "YusuanStorage", "YusuanStorageSQLite", "YusuanStoragePostgres", "YusuanPostgresSupport",
                "YusuanImport", "YusuanCore", "YusuanValidation", "YusuanGenerator", "YusuanServer",
                "YusuanTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanPDFTests",
            dependencies: [
                "YusuanSamples", "YusuanImport", "YusuanCore", "YusuanValidation", "YusuanRender", "YusuanGenerator",
                "YusuanStorage",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanAccountsTests",
            dependencies: ["YusuanAccounts", "YusuanStorage", "YusuanCore", "YusuanTestSupport"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanServerTests",
            dependencies: [
                "YusuanSamples",
                "YusuanServer", "YusuanAccounts", "YusuanStorage", "YusuanStorageSQLite", "YusuanImport",
                "YusuanCore", "YusuanRender", "YusuanGenerator", "YusuanTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "YusuanCLITests",
            dependencies: [
                "YusuanSamples", "yusuan", "YusuanCore", "YusuanImport", "YusuanValidation", "YusuanStorage",
                "YusuanTestSupport",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
    ]
)
