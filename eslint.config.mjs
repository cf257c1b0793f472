import nx from "@nx/eslint-plugin";

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
      "ignores": [
        "**/dist",
        "**/out-tsc",
        "**/vite.config.*.timestamp*",
        "**/vitest.config.*.timestamp*"
      ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    // web and api build on the shared packages only, never on each other; shared packages
                    // only on shared ones; the browser journeys drive both apps over HTTP and import shared code only.
                    depConstraints: [
                        { sourceTag: "scope:web", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "scope:api", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "scope:shared", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "scope:e2e", onlyDependOnLibsWithTags: ["scope:shared"] }
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        // Override or add rules here
        rules: {}
    },
    {
        // The benchmarks drive the API's own bootstrap and SQL from source: a tool of the repo, not a project that ships.
        files: ["bench/**/*.ts"],
        rules: { "@nx/enforce-module-boundaries": "off" }
    },
    {
        // Journeys and benchmarks are harnesses: a `!` on what they just read fails the run at once (decision 0061).
        files: ["apps/web-e2e/**/*.ts", "bench/**/*.ts"],
        rules: { "@typescript-eslint/no-non-null-assertion": "off" }
    }
];
