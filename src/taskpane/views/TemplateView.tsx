import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { parsePaper } from "../../app/choices";
import { Busy } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { ViewHeader } from "../components/ViewHeader";
import { usePane } from "../context";
import type { AnalysisState } from "../hooks/useAnalysis";
import { useTemplate } from "../hooks/useTemplate";
import { DocumentAddRegular } from "../icons";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: `${tokens.spacingVerticalM} 0` },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** "Templat": a blank Rencana Aksi sheet, inserted and activated. */
export function TemplateView({ analysis }: { analysis: AnalysisState }) {
  const { t, text } = usePane();
  const s = useStyles();
  const tpl = useTemplate(analysis.analysis, () => analysis.invalidate("sheets"));
  const { form, task } = tpl;
  return (
    <>
      <ViewHeader title={t("ui.template.heading")} />
      <Body1 as="p">{t("ui.template.intro")}</Body1>
      <form
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          void tpl.insert();
        }}
      >
        <Field
          label={t("ui.template.year")}
          required
          validationState={tpl.yearProblem ? "error" : "none"}
          validationMessage={tpl.yearProblem ? text(tpl.yearProblem) : undefined}
        >
          <Input inputMode="numeric" value={form.year} onChange={(_e, d) => tpl.change({ year: d.value })} />
        </Field>
        <Field label={t("ui.template.office")} hint={t("ui.template.officeHint")}>
          <Input value={form.office} onChange={(_e, d) => tpl.change({ office: d.value })} />
        </Field>
        <Field label={t("ui.template.paper")}>
          <RadioGroup layout="horizontal" value={form.paper} onChange={(_e, d) => {
              const paper = parsePaper(d.value);
              if (paper.ok) tpl.change({ paper: paper.value });
            }}>
            <Radio value="a4" label={t("ui.paper.a4")} />
            <Radio value="f4" label={t("ui.paper.f4")} />
          </RadioGroup>
        </Field>
        <Switch
          checked={form.prefill}
          label={t("ui.template.prefill")}
          onChange={(_e, d) => tpl.change({ prefill: d.checked })}
        />
        {tpl.programs !== undefined && tpl.year !== null && (
          <Field
            label={t("ui.template.program")}
            hint={tpl.programs ? t("ui.template.programHint") : t("ui.template.noList", { year: String(tpl.year) })}
          >
            <Select value={form.program} disabled={!tpl.programs} onChange={(_e, d) => tpl.change({ program: d.value })}>
              <option value="">{t("ui.template.programNone")}</option>
              {(tpl.programs ?? []).map((p) => (
                <option key={p.code} value={p.code}>{`${p.code} ${p.name}`}</option>
              ))}
            </Select>
          </Field>
        )}
        <div className={s.actions}>
          <Button type="submit" appearance="primary" icon={<DocumentAddRegular />} disabled={task.busy || tpl.year === null}>
            {t("ui.template.insert")}
          </Button>
          {task.busy && <Busy />}
        </div>
      </form>
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      {tpl.inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{t("ui.template.inserted", { sheet: tpl.inserted })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
