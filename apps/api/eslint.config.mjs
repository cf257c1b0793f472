import baseConfig from "../../eslint.config.mjs";

export default [
    ...baseConfig,
    {
        // A test asserts what it reads: a `!` on a fixture or a response fails the test at once, which is its
        // job. The application's code proves presence instead (common/arrays `at`, `TenantTx.one`) — decision 0061.
        files: ["test/**/*.ts", "src/**/*.spec.ts"],
        rules: { "@typescript-eslint/no-non-null-assertion": "off" }
    }
];
