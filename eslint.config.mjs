import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";

/** What each layer of src/ may import (docs/architecture.md, "Layers and their doors"). */
const LAYERS = {
  core: [],
  i18n: ["core"],
  report: ["core", "i18n"],
  excel: ["core", "report"],
  app: ["core", "report", "excel", "i18n"],
  cli: ["core", "report", "i18n", "app"],
  taskpane: ["core", "report", "excel", "i18n", "app"],
};

function layerRules() {
  const names = Object.keys(LAYERS);
  return names.map((layer) => {
    const others = names.filter((other) => other !== layer);
    const forbidden = others.filter((other) => !LAYERS[layer].includes(other));
    return {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              ...LAYERS[layer].map((door) => ({
                group: [`**/${door}/*`, `!**/${door}/index`],
                message: `Import the ${door} layer through its door: "…/${door}" (src/${door}/index.ts).`,
              })),
              ...forbidden.map((other) => ({
                group: [`**/${other}`, `**/${other}/*`],
                message: `src/${layer} must not import src/${other} (docs/architecture.md, "Layers and their doors").`,
              })),
            ],
          },
        ],
      },
    };
  });
}

export default [
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "examples/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: {
      "office-addins": officeAddins,
      "@typescript-eslint": tsPlugin,
      prettier: prettierPlugin,
    },
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // The base rule misreads TypeScript (parameter names in function types); the TS rule replaces it.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
  // Layers and their doors (docs/architecture.md): code in one layer of src/ imports another
  // layer only through that layer's index.ts, and only the layers before it.
  ...layerRules(),
  {
    // Node scripts in modern JavaScript (the office-addins preset parses .js/.mjs as ES2015).
    files: ["scripts/**/*.{js,mjs}", "*.{js,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: { "no-undef": "off" },
  },
];
