/**
 * The task pane: theme and language providers around the wizard shell (header, step tabs,
 * the current step, Back/Next). Everything outside React (workbook, analysis, Office host)
 * arrives as props, so tests render it with stubs.
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  Select,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core";
import type { WorkbookApi } from "../excel";
import type { AnalysisRunner } from "./analysis-runner";
import { ErrorBar } from "./components/ErrorBar";
import { I18nProvider, langFromDisplayLanguage, translator, useI18n } from "./i18n";
import type { HostInfo } from "./office-host";
import { DataStep } from "./steps/DataStep";
import { MappingStep } from "./steps/MappingStep";
import { OptionsStep } from "./steps/OptionsStep";
import { ResultsStep } from "./steps/ResultsStep";
import { RunStep } from "./steps/RunStep";
import { STEPS, useWizard, type StepId, type Wizard } from "./use-wizard";

export interface AppProps {
  api: WorkbookApi;
  runner: AnalysisRunner;
  host: HostInfo;
}

const useShellStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  language: { width: "7.5rem" },
  tabs: { overflowX: "auto", flexShrink: 0 },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  footer: {
    display: "flex",
    justifyContent: "space-between",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

function stepEnabled(wizard: Wizard, step: StepId): boolean {
  switch (step) {
    case "data":
      return true;
    case "mapping":
    case "options":
      return wizard.source.loaded !== null;
    case "run":
      return (
        wizard.source.loaded !== null || wizard.saved !== null || wizard.run.state.status !== "idle"
      );
    case "results":
      return wizard.run.results !== null;
  }
}

function WizardShell({
  api,
  runner,
  chartsSupported,
  onLanguage,
}: Omit<AppProps, "host"> & { chartsSupported: boolean; onLanguage: (lang: Lang) => void }) {
  const { t, lang } = useI18n();
  const styles = useShellStyles();
  const wizard = useWizard({
    api,
    runner,
    lang,
    sampleSheetName: t("data.sampleSheetName"),
    chartsSupported,
  });
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // Land keyboard and screen-reader users at the top of the new step (not on first load).
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [wizard.step]);

  const index = STEPS.indexOf(wizard.step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const running = wizard.run.state.status === "running";

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("app.title")}</h1>
        <Select
          className={styles.language}
          size="small"
          aria-label={t("app.language")}
          value={lang}
          onChange={(_, data) => onLanguage(data.value === "zh" ? "zh" : "en")}
        >
          <option value="en">English</option>
          <option value="zh">中文</option>
        </Select>
      </header>
      <nav className={styles.tabs} aria-label={t("step.navigation")}>
        <TabList
          selectedValue={wizard.step}
          onTabSelect={(_, data) => wizard.setStep(data.value as StepId)}
          size="small"
        >
          {STEPS.map((step) => (
            <Tab key={step} value={step} disabled={!stepEnabled(wizard, step)}>
              {t(`step.${step}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {wizard.error ? (
          <ErrorBar error={wizard.error} onDismiss={() => wizard.setError(null)} />
        ) : null}
        {wizard.step === "data" ? (
          <DataStep
            headingRef={headingRef}
            source={wizard.source}
            instrumentSpec={wizard.mapping.instrumentSpec}
            saved={wizard.saved}
            running={running}
            onRefresh={wizard.run.refresh}
            gapSources={wizard.gapSources}
            setGapSource={wizard.setGapSource}
          />
        ) : null}
        {wizard.step === "mapping" ? (
          <MappingStep
            headingRef={headingRef}
            mapping={wizard.mapping}
            source={wizard.source.loaded}
            answerLabels={wizard.answerLabels}
            onError={wizard.setError}
          />
        ) : null}
        {wizard.step === "options" ? (
          <OptionsStep
            headingRef={headingRef}
            options={wizard.options}
            instrument={wizard.mapping.instrument}
            draft={wizard.mapping.draft}
          />
        ) : null}
        {wizard.step === "run" ? (
          <RunStep
            headingRef={headingRef}
            run={wizard.run}
            instrument={wizard.mapping.instrument}
            source={wizard.source.loaded}
            settings={wizard.options.settings}
            missing={wizard.mapping.missing}
            saved={wizard.saved}
            answersBlocked={wizard.answerLabels.blocked}
          />
        ) : null}
        {wizard.step === "results" ? (
          <ResultsStep
            headingRef={headingRef}
            results={wizard.run.results}
            running={running}
            onGoToCell={wizard.goToCell}
            onOpenSheet={wizard.openSheet}
            onRefresh={wizard.run.refresh}
          />
        ) : null}
      </main>
      <footer className={styles.footer}>
        <Button disabled={!previous} onClick={() => previous && wizard.setStep(previous)}>
          {t("nav.back")}
        </Button>
        <Button
          appearance="primary"
          disabled={!next || !stepEnabled(wizard, next)}
          onClick={() => next && wizard.setStep(next)}
        >
          {t("nav.next")}
        </Button>
      </footer>
    </div>
  );
}

export function App({ api, runner, host }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => langFromDisplayLanguage(host.displayLanguage));
  // Read once at start: Excel raises no theme-change event (office-host.ts).
  const dark = host.dark;
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
    document.title = translator(lang)("app.title");
  }, [lang]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <I18nProvider lang={lang}>
        <WizardShell
          api={api}
          runner={runner}
          chartsSupported={host.chartsSupported}
          onLanguage={setLang}
        />
      </I18nProvider>
    </FluentProvider>
  );
}
