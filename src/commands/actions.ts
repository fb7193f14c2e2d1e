// placeholder: replaced by the ribbon command work
// Handlers for the ribbon's ExecuteFunction buttons (see manifest.xml). Each
// must call event.completed() when done, whatever happens.

/** Ribbon "Validasi Rencana" / "Validate plan". */
export function validatePlan(event: Office.AddinCommands.Event): void {
  event.completed();
}

/** Ribbon "Sisipkan Templat" / "Insert template". */
export function insertTemplate(event: Office.AddinCommands.Event): void {
  event.completed();
}
