// Ribbon commands entry. Loaded in taskpane.html (the shared runtime) and in
// commands.html. Keep this folder free of React: the commands bundle must stay small.
import { officeReady } from "../office/ready";
import { insertTemplate, validatePlan } from "./actions";

/** Bind the manifest's FunctionName values to their handlers; false outside Office. */
export function registerCommands(): boolean {
  if (typeof Office === "undefined" || !Office.actions) return false;
  Office.actions.associate("validatePlan", validatePlan);
  Office.actions.associate("insertTemplate", insertTemplate);
  return true;
}

// Office.js is loaded before this bundle, so handlers are bound at load time
// (a cold-started ribbon click needs them at once); onReady completes start-up.
registerCommands();
void officeReady();
