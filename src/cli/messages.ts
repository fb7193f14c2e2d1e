import { translator, type Catalog } from "../core/i18n";

/** The command line's messages. Keys are "cli.<name>". */
export const cliMessages = {
  "cli.usage": {
    id: "Penggunaan: renaksi <perintah> [opsi]\n\nPerintah:\n  validate BERKAS.xlsx|FOLDER ...  periksa Rencana Aksi (--json, --lang id|en)\n  fill MASUK.xlsx -o KELUAR.xlsx   isi kolom triwulan\n  template -o KELUAR.xlsx          buat templat Rencana Aksi kosong\n  decree RENCANA.xlsx -o KELUAR.xlsx  buat lembar Keputusan\n  capaian RENCANA.xlsx [-o KELUAR.xlsx]  realisasi dan capaian triwulan\n\n-o selalu menyebut berkas .xlsx (\"-o -\" ditolak: buku kerja tidak ditulis ke keluaran standar).\n\"renaksi <perintah> --help\" menjelaskan opsi setiap perintah.",
    en: "Usage: renaksi <command> [options]\n\nCommands:\n  validate FILE.xlsx|FOLDER ...    check Rencana Aksi plans (--json, --lang id|en)\n  fill IN.xlsx -o OUT.xlsx         fill the quarterly columns\n  template -o OUT.xlsx             create a blank Rencana Aksi template\n  decree PLAN.xlsx -o OUT.xlsx     create the Keputusan sheet\n  capaian PLAN.xlsx [-o OUT.xlsx]  quarterly realisation and achievement\n\n-o always names an .xlsx file (\"-o -\" is refused: a workbook is not written to standard output).\n\"renaksi <command> --help\" explains each command's options.",
  },
  "cli.validate.usage": {
    id: "Penggunaan: renaksi validate BERKAS.xlsx|FOLDER ... [--json] [--lang id|en] [--jobs N] [--no-color]\nMemeriksa setiap tabel Rencana Aksi. Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan, 2 berkas tidak dapat dipakai, 3 kosong: belum ada yang diperiksa (tabel tanpa indikator).",
    en: "Usage: renaksi validate FILE.xlsx|FOLDER ... [--json] [--lang id|en] [--jobs N] [--no-color]\nChecks every Rencana Aksi table. Exit code: 0 no error, 1 errors found, 2 a file cannot be used, 3 empty: nothing to check yet (tables without indicators).",
  },
  "cli.unknownCommand": { id: "Perintah tidak dikenal: {name}. Lihat \"renaksi --help\".", en: "Unknown command: {name}. See \"renaksi --help\"." },
  "cli.unknownOption": { id: "Opsi tidak dikenal: {name}. Lihat \"renaksi {command} --help\".", en: "Unknown option: {name}. See \"renaksi {command} --help\"." },
  "cli.missingValue": { id: "Opsi --{name} memerlukan nilai.", en: "Option --{name} needs a value." },
  "cli.noFiles": { id: "Sebutkan satu atau lebih berkas .xlsx atau folder.", en: "Name one or more .xlsx files or folders." },
  "cli.emptyFolder": { id: "Folder tidak berisi berkas .xlsx: {path}", en: "The folder holds no .xlsx file: {path}" },
  "cli.unexpected": {
    id: "Terjadi kesalahan tak terduga: {detail}. Berkas Anda tidak diubah.",
    en: "An unexpected error occurred: {detail}. Your files were not changed.",
  },
  // A file refused before or while it is checked (validate): "cannot be used" in the summary.
  "cli.fileTooLarge": {
    id: "Berkas terlalu besar untuk diperiksa ({mb} MB; paling besar {max} MB).",
    en: "The file is too large to check ({mb} MB; at most {max} MB).",
  },
  "cli.outOfMemory": {
    id: "Pemeriksaan berkas ini memerlukan lebih dari {mb} MB memori dan dihentikan; berkas lain tetap diperiksa.",
    en: "Checking this file needs more than {mb} MB of memory and was stopped; the other files are still checked.",
  },
  "cli.jobsLowered": {
    id: "--jobs {asked} diturunkan menjadi {cores}: jumlah inti prosesor komputer ini.",
    en: "--jobs {asked} lowered to {cores}: the number of processor cores of this computer.",
  },
  "cli.table": {
    id: "Tabel {range} ({genre}): tahun {year}, {office}; {counts}",
    en: "Table {range} ({genre}): year {year}, {office}; {counts}",
  },
  "cli.unknownValue": { id: "?", en: "?" },
  "cli.sheet": { id: "Lembar \"{sheet}\"", en: "Sheet \"{sheet}\"" },
  "cli.severity.error": { id: "kesalahan", en: "error" },
  "cli.severity.warning": { id: "peringatan", en: "warning" },
  "cli.severity.info": { id: "info", en: "info" },
  // Where a finding outside every table is, as a person reads it (report.ts): one cell, or a range of cells.
  "cli.place": { id: "{sheet}, sel {cell}", en: "{sheet}, cell {cell}" },
  "cli.placeRange": { id: "{sheet}, sel {cell}", en: "{sheet}, cells {cell}" },
  // One line per problem: a rule firing on many cells of a sheet is said once, with its cells (src/cli/findingLines.ts).
  "cli.group": { id: "{rule} ×{n}: {cells}", en: "{rule} ×{n}: {cells}" },
  // Counts the group's findings not listed, many of them ranges (G20:J20): not "cells".
  "cli.groupMore": { id: "… dan {n} lagi", en: "… and {n} more" },
  "cli.groupExample": { id: "mis. {message}", en: "e.g. {message}" },
  "cli.hint": { id: "Saran: {hint}", en: "Suggestion: {hint}" },
  "cli.fileSummary": {
    id: "{errors} kesalahan, {warnings} peringatan, {infos} info",
    en: "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info",
  },
  "cli.readyToAdopt": { id: "Tidak ada kesalahan: siap ditetapkan.", en: "No errors: ready to adopt." },
  // A plan without any indicator (a blank template): nothing was checked, so it is never "ready".
  "cli.empty": { id: "Kosong: belum ada yang diperiksa.", en: "Empty: nothing to check yet." },
  "cli.summaryHeader": { id: "Berkas\tTabel\tKesalahan\tPeringatan", en: "File\tTables\tErrors\tWarnings" },
  "cli.summaryUnusable": { id: "tidak dapat dipakai", en: "cannot be used" },
  "cli.summaryEmpty": { id: "kosong", en: "empty" },
  "cli.progress": { id: "Memeriksa {done}/{total} berkas", en: "Checking {done}/{total} {total|file|files}" },
  "cli.totals": {
    id: "{files} berkas: {clean} tanpa kesalahan, {withErrors} dengan kesalahan, {empty} kosong, {unusable} tidak dapat dipakai",
    en: "{files} {files|file|files}: {clean} without errors, {withErrors} with errors, {empty} empty, {unusable} cannot be used",
  },
  "cli.template.usage": {
    id: "Penggunaan: renaksi template -o KELUAR.xlsx [--year TAHUN] [--office \"NAMA PERANGKAT DAERAH\"] [--paper a4|f4] [--prefill] [--force]\nMembuat buku kerja baru berisi lembar Rencana Aksi kosong. --prefill mengisi Program Penunjang beserta kegiatan dan sub kegiatannya.",
    en: "Usage: renaksi template -o OUT.xlsx [--year YEAR] [--office \"OFFICE NAME\"] [--paper a4|f4] [--prefill] [--force]\nCreates a new workbook holding a blank Rencana Aksi sheet. --prefill adds the support programme with its kegiatan and sub kegiatan.",
  },
  "cli.template.written": { id: "Templat \"{sheet}\" ditulis ke {path}", en: "Template \"{sheet}\" written to {path}" },
  "cli.outputDash": {
    id: "-o - tidak didukung: buku kerja adalah berkas biner dan tidak ditulis ke keluaran standar. Sebutkan berkas, mis. -o KELUAR.xlsx.",
    en: "-o - is not supported: a workbook is a binary file and is not written to standard output. Name a file, e.g. -o OUT.xlsx.",
  },
  // renaksi capaian (src/cli/commands/capaian.ts).
  "cli.capaian.usage": {
    id: "Penggunaan: renaksi capaian RENCANA.xlsx [--quarter N] [--json] [-o KELUAR.xlsx] [--force] [--lang id|en]\nMelaporkan realisasi dan capaian triwulan N (bawaan: triwulan terakhir yang sudah berakhir) dari lembar pemantauan rencana, per indikator, per Sasaran dan untuk perangkat daerah.\nBila buku kerja belum punya lembar pemantauan, lembar itu dibuat (target ditautkan ke rencana) dan disimpan di KELUAR.xlsx untuk diisi.\n-o menulis RENCANA + lembar pemantauan + lembar \"Capaian TW N\" siap cetak; RENCANA.xlsx tidak diubah.\nKode keluar: 0 selesai, 1 ada realisasi yang tidak terbaca, 2 masukan tidak dapat dipakai.",
    en: "Usage: renaksi capaian PLAN.xlsx [--quarter N] [--json] [-o OUT.xlsx] [--force] [--lang id|en]\nReports the realisations and achievement of quarter N (default: the last quarter ended) from the plan's monitoring sheet, per indicator, per Sasaran and for the office.\nA workbook without a monitoring sheet gets one (targets linked to the plan), saved in OUT.xlsx to be filled in.\n-o writes PLAN + the monitoring sheet + the printable sheet \"Capaian TW N\"; PLAN.xlsx is not changed.\nExit code: 0 done, 1 a realisation cannot be read, 2 unusable input.",
  },
  "cli.capaian.noInput": { id: "Sebutkan buku kerja rencana: renaksi capaian RENCANA.xlsx", en: "Name the plan workbook: renaksi capaian PLAN.xlsx" },
  "cli.capaian.badQuarter": { id: "--quarter harus 1, 2, 3 atau 4 (bukan \"{value}\").", en: "--quarter must be 1, 2, 3 or 4 (not \"{value}\")." },
  "cli.capaian.heading": { id: "Capaian Triwulan {quarter}: {count} indikator", en: "Achievement, quarter {quarter}: {count} {count|indicator|indicators}" },
  "cli.capaian.tally": {
    id: "  {name}: {count} indikator, {achieved} tercapai, {partly} sebagian, {not} belum tercapai, {none} belum ada data",
    en: "  {name}: {count} {count|indicator|indicators}, {achieved} achieved, {partly} partly, {not} not achieved, {none} no data yet",
  },
  "cli.capaian.evaluation": {
    id: "Tabel evaluasi \"{sheet}\": {rows} capaian dihitung ulang dari target dan realisasinya, {wrong} tidak cocok",
    en: "Evaluation table \"{sheet}\": {rows} achievements recomputed from their targets and realisations, {wrong} do not match",
  },
  "cli.capaian.findings": { id: "Temuan pada realisasi ({count}):", en: "Findings on the realisations ({count}):" },
  "cli.capaian.noSheet": {
    id: "Buku kerja ini belum punya lembar pemantauan, jadi belum ada realisasi yang dibaca; -o KELUAR.xlsx menambahkannya untuk diisi.",
    en: "This workbook has no monitoring sheet yet, so no realisation was read; -o OUT.xlsx adds one to type them in.",
  },
  "cli.capaian.written": {
    id: "Ditulis ke {path}: lembar pemantauan \"{monitoring}\" dan laporan \"{sheet}\"",
    en: "Written to {path}: monitoring sheet \"{monitoring}\" and report \"{sheet}\"",
  },
  // -o names a file Excel opens only under the extension of its content (output.ts).
  "cli.outputMacros": {
    id: "{path}: buku kerja ini berisi makro, jadi keluarannya harus berakhiran .xlsm, bukan {ext} (Excel menolak membuka buku kerja bermakro yang bernama {ext}). Gunakan -o {suggested}: .xlsm menjaga makronya. Tidak ada yang ditulis.",
    en: "{path}: this workbook holds macros, so its output must end in .xlsm, not {ext} (Excel refuses to open a macro-enabled workbook named {ext}). Use -o {suggested}: .xlsm keeps the macros. Nothing was written.",
  },
  "cli.outputExtension": {
    id: "{path}: buku kerja ini berformat {wanted}, jadi keluarannya harus berakhiran {wanted}, bukan {ext} (Excel menolak membuka berkas yang akhirannya tidak sesuai isinya). Gunakan -o {suggested}. Tidak ada yang ditulis.",
    en: "{path}: this workbook is a {wanted} file, so its output must end in {wanted}, not {ext} (Excel refuses to open a file whose extension does not match its content). Use -o {suggested}. Nothing was written.",
  },
  "cli.missingOutput": { id: "Sebutkan berkas keluaran dengan -o KELUAR.xlsx.", en: "Name the output file with -o OUT.xlsx." },
  // renaksi decree (src/cli/commands/decree.ts).
  "cli.decree.usage": {
    id: "Penggunaan: renaksi decree RENCANA.xlsx [--meta META.json] -o KELUAR.xlsx [--paper a4|f4] [--nip-grouped] [--lampiran] [--force] [--lang id|en]\nMenambahkan lembar Keputusan di depan lembar rencana pada salinan buku kerja (KELUAR.xlsx), dan \"Info Keputusan\" tersembunyi; bila dijalankan lagi, lembar Keputusan buatan Renaksi diperbarui. RENCANA.xlsx tidak diubah dan lembar lain tetap sama.\nMetadata: lembar \"Info Keputusan\" (dibuat bila belum ada) di atas yang tertulis di rencana (judul lampiran: nomor, tanggal; kop; blok tanda tangan) dan isian bawaan tahun serta perangkat daerahnya; --meta menimpa isiannya (kunci JSON = kunci lembar Info Keputusan; contoh: examples/keputusan-dinkop-nganjuk-2022.json). Nomor, tanggal atau nama yang belum ada dicetak titik-titik untuk diisi, dengan peringatan.\nBuku kerja tanpa tabel Rencana Aksi tetap bisa dibuatkan Keputusan bila --meta memuat metadata lengkap.\n--nip-grouped mencetak NIP berkelompok 8 6 1 3; --lampiran menulis judul lampiran di atas tabel, hanya pada sel kosong.\nKode keluar: 0 berhasil (peringatan dicetak), 2 masukan tidak dapat dipakai atau metadata tidak valid (tidak ada yang ditulis).",
    en: "Usage: renaksi decree PLAN.xlsx [--meta META.json] -o OUT.xlsx [--paper a4|f4] [--nip-grouped] [--lampiran] [--force] [--lang id|en]\nAdds the Keputusan (decree) sheet before the plan's sheet in a copy of the workbook (OUT.xlsx), and \"Info Keputusan\" hidden; run again, it updates the Keputusan sheet Renaksi made. PLAN.xlsx is not changed and every other sheet stays the same.\nMetadata: the \"Info Keputusan\" sheet (created when missing) over what the plan says (annex heading: number, date; letterhead; signature block) and the defaults of its year and office; --meta overrides its fields (JSON keys = the Info Keputusan sheet's keys; example: examples/keputusan-dinkop-nganjuk-2022.json). A number, date or name not given prints as a dotted blank to fill in, with a warning.\nA workbook without a Rencana Aksi table still gets a decree when --meta holds the complete metadata.\n--nip-grouped prints the NIP grouped 8 6 1 3; --lampiran writes the annex heading above the table, into empty cells only.\nExit code: 0 done (warnings are printed), 2 unusable input or invalid metadata (nothing written).",
  },
  "cli.decree.noInput": {
    id: "Sebutkan berkas rencana: renaksi decree RENCANA.xlsx -o KELUAR.xlsx.",
    en: "Name the plan file: renaksi decree PLAN.xlsx -o OUT.xlsx.",
  },
  "cli.decree.metaFile": { id: "Berkas metadata (--meta) tidak dapat dipakai: {reason}", en: "The metadata file (--meta) cannot be used: {reason}" },
  "cli.decree.metaTooLarge": {
    id: "berkas terlalu besar ({kb} KB; paling besar {max} KB)",
    en: "the file is too large ({kb} KB; at most {max} KB)",
  },
  "cli.decree.notUtf8": {
    id: "bukan teks UTF-8 atau UTF-16; simpan sebagai UTF-8 (di Notepad: Simpan Sebagai, Pengodean UTF-8)",
    en: "not UTF-8 or UTF-16 text; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)",
  },
  "cli.decree.utf16WithoutBom": {
    id: "teks UTF-16 tanpa penanda urutan bita (BOM); simpan sebagai UTF-8",
    en: "UTF-16 text without a byte order mark (BOM); save it as UTF-8",
  },
  "cli.decree.metaJson": {
    id: "Berkas metadata {path} bukan JSON yang sah: {detail}",
    en: "The metadata file {path} is not valid JSON: {detail}",
  },
  "cli.decree.noTable": {
    id: "{path}: tidak ada tabel Rencana Aksi dan tidak ada lembar Info Keputusan; berikan metadata lengkap dengan --meta META.json.",
    en: "{path}: no Rencana Aksi table and no Info Keputusan sheet; give the complete metadata with --meta META.json.",
  },
  "cli.decree.invalid": {
    id: "Metadata Keputusan tidak valid ({count} kesalahan); tidak ada yang ditulis:",
    en: "The decree metadata is invalid ({count} {count|error|errors}); nothing was written:",
  },
  "cli.decree.written": {
    id: "Lembar \"{sheet}\" ditambahkan; disimpan ke {path}",
    en: "Sheet \"{sheet}\" added; saved to {path}",
  },
  "cli.decree.replaced": {
    id: "Lembar \"{sheet}\" (buatan Renaksi) diperbarui dengan isi baru; disimpan ke {path}",
    en: "Sheet \"{sheet}\" (made by Renaksi) updated with the new content; saved to {path}",
  },
  "cli.decree.infoCreated": {
    id: "Lembar \"{sheet}\" dibuat berisi metadata keputusan.",
    en: "Sheet \"{sheet}\" created with the decree metadata.",
  },
  "cli.decree.lampiranWritten": {
    id: "Judul lampiran ditulis di atas tabel ({rows} baris).",
    en: "Annex heading written above the table ({rows} {rows|row|rows}).",
  },
  // renaksi fill (src/cli/commands/fill.ts).
  "cli.fill.usage": {
    id: "Penggunaan: renaksi fill MASUK.xlsx -o KELUAR.xlsx [opsi]\n\nMengisi sel triwulan yang kosong (kosong atau \"-\") pada baris indikator. MASUK.xlsx tidak diubah.\n\nOpsi:\n  --strategy auto          mengikuti konvensi tabel (bawaan; tabel kosong: persen kumulatif)\n  --strategy even          merata: 25/50/75/100% kumulatif atau 25% per triwulan\n  --strategy months[:N]    target dalam Bulan dibagi per bulan, mulai triwulan N (bawaan 1)\n  --strategy weights:10,20,30,40  bobot per triwulan\n  --strategy copy          salin Target Kinerja <-> Target Pelaksanaan\n  --columns kinerja|pelaksanaan|both  kolom yang diisi (bawaan both)\n  --overwrite              timpa juga sel yang sudah berisi\n  --force                  ganti KELUAR.xlsx bila sudah ada\n  --lang id|en             bahasa pesan",
    en: "Usage: renaksi fill IN.xlsx -o OUT.xlsx [options]\n\nFills the empty (empty or \"-\") quarter cells of the indicator rows. IN.xlsx is not changed.\n\nOptions:\n  --strategy auto          follow the table's convention (default; empty table: percent cumulative)\n  --strategy even          even: 25/50/75/100% cumulative or 25% per quarter\n  --strategy months[:N]    targets in Bulan spread by months, starting in quarter N (default 1)\n  --strategy weights:10,20,30,40  weights per quarter\n  --strategy copy          copy Target Kinerja <-> Target Pelaksanaan\n  --columns kinerja|pelaksanaan|both  columns to fill (default both)\n  --overwrite              also replace non-empty cells\n  --force                  replace OUT.xlsx if it exists\n  --lang id|en             language of the messages",
  },
  "cli.fill.noInput": { id: "Sebutkan berkas masukan (.xlsx).", en: "Name the input file (.xlsx)." },
  "cli.fill.column": {
    id: "  kolom {column} ({group} triwulan {quarter}): {count} sel",
    en: "  column {column} ({group} quarter {quarter}): {count} {count|cell|cells}",
  },
  "cli.fill.sheet": { id: "Lembar \"{sheet}\":", en: "Sheet \"{sheet}\":" },
  "cli.fill.convention": { id: "  {group}: {convention}", en: "  {group}: {convention}" },
  "cli.fill.total": {
    id: "{count} sel diisi pada {rows} baris; disimpan ke {path}",
    en: "{count} {count|cell|cells} filled in {rows} {rows|row|rows}; saved to {path}",
  },
  "cli.fill.overwriteHint": {
    id: "{count} sel yang sudah berisi tidak diubah (gunakan --overwrite untuk menimpanya).",
    en: "{count} non-empty cells were left unchanged (use --overwrite to replace them).",
  },
  "cli.fill.skipped": { id: "{count} baris dibiarkan:", en: "{count} {count|row was left as it is|rows were left as they are}:" },
  "cli.fill.more": { id: "  ... dan {count} lagi", en: "  ... and {count} more" },
} satisfies Catalog;

/** The command line's messages and the engine's (a file's own refusals come as Text from src/xlsx). */
export const { msg, t } = translator(cliMessages);
export type CliMessageKey = Parameters<typeof t>[0];
