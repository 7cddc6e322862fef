/** Shared layout styles: a narrow pane, a vertical rhythm, and horizontally scrolling grids. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    // A flex or grid item is otherwise at least as wide as its content, so it would never scroll.
    minWidth: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  /**
   * For a Select's root and its native <select>: both default to the longest option's width,
   * which pushes a narrow pane sideways; this lets them shrink (the browser clips the text).
   */
  shrinkable: { minWidth: 0, maxWidth: "100%" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
