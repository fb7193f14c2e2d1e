import type { AnalysisState } from "../hooks/useAnalysis";
export function DecreeView(_props: { analysis: AnalysisState }) {
  return null;
}
