import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nx from "@nx/eslint-plugin";
import baseConfig from "../../eslint.config.mjs";

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), "src");

/**
 * The layers every feature may use; `app/` is the composition root (routes) and may import any
 * feature. Every other folder of src/ is a feature: it imports only the layers and itself.
 * Files at the root of src/ (main.tsx, test-utils.tsx, test-fixtures.ts) are not restricted.
 */
const layers = ["ui", "api", "i18n", "auth"];
const folders = fs
    .readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "assets")
    .map((entry) => entry.name);
const features = folders.filter((name) => !layers.includes(name) && name !== "app");

const zones = [
    // A feature imports no other feature, nor the app.
    ...features.map((feature) => ({
        target: `./src/${feature}`,
        from: folders.filter((other) => other !== feature && !layers.includes(other)).map((other) => `./src/${other}`),
        message: `A feature imports only ui/, api/, i18n/, auth/ and itself: move what two features share to ui/ (${feature}).`,
    })),
    // The layers know no feature (and not the app).
    ...layers.map((layer) => ({
        target: `./src/${layer}`,
        from: [...features, "app"].map((other) => `./src/${other}`),
        message: `${layer}/ is shared by the features and imports none of them.`,
    })),
];

export default [
    ...nx.configs["flat/react"],
    ...baseConfig,
    {
        files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.jsx"],
        settings: {
            // Resolve .ts/.tsx so import/no-restricted-paths sees every relative import.
            "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".jsx"] } },
        },
        rules: {
            "import/no-restricted-paths": ["error", { basePath: path.dirname(src), zones }],
        },
    },
];
