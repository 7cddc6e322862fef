/** The two-sheet join is core's (core/join-sheets), shared with the CLI. */
export { EXPECTATION_PREFIX, joinSheets, PERCEPTION_PREFIX } from "../core";
