import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";

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
  {
    // Node scripts in modern JavaScript (the office-addins preset parses .js/.mjs as ES2015).
    files: ["scripts/**/*.{js,mjs}", "*.{js,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: { "no-undef": "off" },
  },
];
