import type { Catalog } from "../types";

/**
 * Messages of the decree area. Keys are "decree.<name>".
 * "decree.doc.*" and "decree.sheet.*" are the decree's own words: the sheet
 * always uses their Indonesian form (a decree is written in Indonesian); the
 * English form explains them in the interface.
 */
export const decree = {
  // Field labels (Info Keputusan sheet, form, messages).
  "decree.field.pemerintah": { id: "Pemerintah (baris pertama kop)", en: "Government (first letterhead line)" },
  "decree.field.instansi": { id: "Nama instansi (kop)", en: "Office name (letterhead)" },
  "decree.field.alamat": { id: "Alamat", en: "Address" },
  "decree.field.telepon": { id: "Telepon", en: "Telephone" },
  "decree.field.faksimile": { id: "Faksimile", en: "Fax" },
  "decree.field.email": { id: "Surel (e-mail)", en: "E-mail" },
  "decree.field.laman": { id: "Laman (situs web)", en: "Website" },
  "decree.field.penetap": {
    id: "Pejabat penetap (KEPUTUSAN KEPALA DINAS ...)",
    en: "Issuing official (KEPUTUSAN KEPALA DINAS ...)",
  },
  "decree.field.nomor": { id: "Nomor keputusan", en: "Decree number" },
  "decree.field.tentang": { id: "Tentang (judul keputusan)", en: "Subject (decree title)" },
  "decree.field.menimbang": { id: "Menimbang", en: "Considerations (Menimbang)" },
  "decree.field.mengingat": { id: "Mengingat", en: "Legal basis (Mengingat)" },
  "decree.field.diktum": { id: "Diktum", en: "Provisions (diktum)" },
  "decree.field.tempat": { id: "Tempat penetapan", en: "Place of issue" },
  "decree.field.tanggal": { id: "Tanggal penetapan", en: "Date of issue" },
  "decree.field.penandatangan": { id: "Penandatangan", en: "Signer" },
  "decree.field.penandatangan.status": {
    id: "Status penandatangan (kosong, Plt., Plh., Pj., a.n.)",
    en: "Signer status (empty, Plt., Plh., Pj., a.n.)",
  },
  "decree.field.penandatangan.jabatan": { id: "Jabatan penandatangan", en: "Signer's position" },
  "decree.field.penandatangan.jabatanAsal": {
    id: "Jabatan asal (bila Plt./Plh./Pj./a.n.)",
    en: "Signer's own position (when acting or delegated)",
  },
  "decree.field.penandatangan.nama": { id: "Nama penandatangan", en: "Signer's name" },
  "decree.field.penandatangan.pangkat": { id: "Pangkat/golongan", en: "Rank" },
  "decree.field.penandatangan.nip": { id: "NIP penandatangan", en: "Signer's NIP (civil-servant number)" },
  "decree.field.lampiran": { id: "Nomor lampiran (angka Romawi)", en: "Annex number (Roman numeral)" },
  "decree.field.tembusan": { id: "Tembusan", en: "Copies to (Tembusan)" },
  "decree.field.item": { id: "{label} butir {n}", en: "{label}, item {n}" },

  // Checks.
  "decree.check.required": { id: "{label} wajib diisi.", en: "{label} is required." },
  "decree.check.tooLong": {
    id: "{label} terlalu panjang ({length} karakter; paling banyak {max}).",
    en: "{label} is too long ({length} characters; at most {max}).",
  },
  "decree.check.tooMany": {
    id: "{label}: terlalu banyak butir ({count}; paling banyak {max}).",
    en: "{label}: too many items ({count}; at most {max}).",
  },
  "decree.check.listEmpty": { id: "{label}: isi sedikitnya satu butir.", en: "{label}: give at least one item." },
  "decree.check.blankItem": {
    id: "{label} butir {n} kosong; butir kosong tidak dicetak.",
    en: "{label} item {n} is empty; empty items are not printed.",
  },
  "decree.check.tanggal": {
    id: "Tanggal \"{value}\" bukan tanggal yang sah; tulis misalnya 12 Januari 2022 atau 2022-01-12.",
    en: "Date \"{value}\" is not a real date; write e.g. 12 Januari 2022 or 2022-01-12.",
  },
  "decree.check.fillIn": {
    id: "{label} belum diisi: keputusan dicetak dengan titik-titik untuk diisi sebelum ditandatangani. Isi di lembar Info Keputusan, formulir Keputusan, atau --meta.",
    en: "{label} is not filled in: the decree prints a dotted blank to fill in before it is signed. Fill it in the Info Keputusan sheet, the Keputusan form, or --meta.",
  },
  "decree.check.replaced": {
    id: "{cited} sudah dicabut dan diganti dengan {by}; keputusan tahun {year} tidak lagi mengutipnya.",
    en: "{cited} was revoked and replaced by {by}; a decree of {year} no longer cites it.",
  },
  "decree.check.parentReplaced": {
    id: "{cited} melaksanakan {parent}, yang sudah dicabut untuk tahun {year}; periksa apakah peraturan ini masih berlaku atau sudah ada penggantinya.",
    en: "{cited} carries out {parent}, revoked by {year}; check whether it is still in force or has been replaced.",
  },
  "decree.check.amendment": {
    id: "{cited} telah diubah, terakhir dengan {last} (berlaku untuk tahun {year}); sebutkan perubahan terakhir itu.",
    en: "{cited} has been amended, last by {last} (in force for {year}); cite that last amendment.",
  },
  "decree.check.regionalPlanPeriod": {
    id: "Dokumen perencanaan daerah yang dikutip berlaku {from}-{to}, tidak mencakup tahun {year}; kutip RPJMD atau RPD yang berlaku tahun {year}.",
    en: "The regional plan cited covers {from}-{to}, not {year}; cite the RPJMD or RPD in force in {year}.",
  },
  "decree.check.regionalPlanMissing": {
    id: "Mengingat belum memuat dokumen perencanaan daerah (Perda RPJMD atau Perkada RPD) yang berlaku tahun {year}; tambahkan bila rencana aksi ini mengacu kepadanya.",
    en: "Mengingat cites no regional plan (RPJMD by-law or RPD regulation) in force in {year}; add it if this plan refers to it.",
  },
  "decree.check.penetapOffice": {
    id: "Penetap \"{penetap}\" adalah nama kantor; keputusan ditetapkan oleh pejabatnya, misalnya \"{official}\" (KEPUTUSAN {official}).",
    en: "Issuer \"{penetap}\" names an office; a decree is issued by its official, e.g. \"{official}\" (KEPUTUSAN {official}).",
  },
  "decree.check.nomorYear": {
    id: "Segmen terakhir nomor keputusan (\"{segment}\") harus tahun penetapan, {year}.",
    en: "The decree number's last segment (\"{segment}\") must be the year of the date, {year}.",
  },
  "decree.check.nipMissing": {
    id: "NIP penandatangan kosong; keputusan biasanya mencantumkan NIP di bawah nama.",
    en: "The signer's NIP is empty; a decree usually prints the NIP below the name.",
  },
  "decree.check.nipNotDigits": {
    id: "NIP \"{value}\" hanya boleh berisi angka (boleh dikelompokkan 8 6 1 3 dengan spasi).",
    en: "NIP \"{value}\" may contain digits only (optionally grouped 8 6 1 3 with spaces).",
  },
  "decree.check.nipLength": {
    id: "NIP harus 18 angka; \"{value}\" berisi {count} angka.",
    en: "A NIP has 18 digits; \"{value}\" has {count}.",
  },
  "decree.check.nipGrouping": {
    id: "NIP \"{value}\": spasi hanya di antara kelompok 8 6 1 3, misalnya 19631015 198903 1 016.",
    en: "NIP \"{value}\": spaces only between the 8 6 1 3 groups, e.g. 19631015 198903 1 016.",
  },
  "decree.check.nipBirth": {
    id: "NIP: 8 angka pertama ({part}) bukan tanggal lahir yang sah (TTTTBBHH).",
    en: "NIP: the first 8 digits ({part}) are not a real birth date (YYYYMMDD).",
  },
  "decree.check.nipAppointment": {
    id: "NIP: angka 9-14 ({part}) bukan bulan pengangkatan yang sah (TTTTBB).",
    en: "NIP: digits 9-14 ({part}) are not a real appointment month (YYYYMM).",
  },
  "decree.check.nipSex": {
    id: "NIP: angka ke-15 ({digit}) harus 1 (laki-laki) atau 2 (perempuan).",
    en: "NIP: digit 15 ({digit}) must be 1 (male) or 2 (female).",
  },
  "decree.check.nipTooYoung": {
    id: "NIP: pengangkatan {appointment} kurang dari 18 tahun setelah lahir ({birth}).",
    en: "NIP: appointment {appointment} is less than 18 years after birth ({birth}).",
  },
  "decree.check.nipFuture": {
    id: "NIP: bulan pengangkatan {appointment} belum terjadi (hari ini {today}).",
    en: "NIP: the appointment month {appointment} is in the future (today is {today}).",
  },
  "decree.check.nipAsNumber": {
    id: "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang (Excel hanya menyimpan 15 digit); ketik ulang NIP sebagai teks.",
    en: "The NIP is stored as a number, which loses its last digits (Excel keeps 15 digits); retype the NIP as text.",
  },
  "decree.check.statusNonStandard": {
    id: "Awalan \"{status}\" bukan singkatan baku; maksudnya \"{suggestion}\"?",
    en: "Prefix \"{status}\" is not a standard abbreviation; did you mean \"{suggestion}\"?",
  },
  "decree.check.statusUnknown": {
    id: "Awalan \"{status}\" tidak dikenal; gunakan salah satu: Plt., Plh., Pj., a.n. atau kosongkan.",
    en: "Unknown prefix \"{status}\"; use one of Plt., Plh., Pj., a.n. or leave it empty.",
  },
  "decree.check.plh": {
    id: "Plh. (pelaksana harian) hanya melaksanakan tugas rutin dan tidak berwenang mengambil keputusan yang bersifat strategis atau mengikat (UU 30/2014 Pasal 14, SE BKN 2/SE/VII/2019); pastikan keputusan ini boleh ditandatangani Plh.",
    en: "A Plh. (daily acting official) performs routine tasks only and may not issue strategic or binding decisions (Law 30/2014 art. 14, BKN circular 2/SE/VII/2019); make sure a Plh. may sign this decree.",
  },
  "decree.check.jabatanAsalNotActing": {
    id: "Jabatan asal hanya ditulis bila penandatangan berstatus Plt., Plh., Pj. atau a.n.",
    en: "The own position is written only when the signer is Plt., Plh., Pj. or a.n.",
  },
  "decree.check.lampiran": {
    id: "Nomor lampiran \"{value}\" bukan angka Romawi (I, II, III, ...).",
    en: "Annex number \"{value}\" is not a Roman numeral (I, II, III, ...).",
  },
  "decree.check.email": { id: "Alamat surel \"{value}\" tidak lazim.", en: "E-mail address \"{value}\" looks wrong." },
  "decree.check.unknownKey": { id: "Kunci \"{key}\" tidak dikenal dan diabaikan.", en: "Unknown key \"{key}\" ignored." },
  "decree.check.wrongType": {
    id: "\"{key}\" harus berupa {expected}; nilainya diabaikan.",
    en: "\"{key}\" must be {expected}; its value is ignored.",
  },
  "decree.type.text": { id: "teks", en: "text" },
  "decree.type.list": { id: "daftar teks", en: "a list of texts" },
  "decree.type.object": { id: "objek", en: "an object" },

  // Info Keputusan sheet.
  "decree.info.title": { id: "INFO KEPUTUSAN", en: "DECREE INFO" },
  "decree.info.instruction": {
    id: "Isi kolom Nilai; jangan ubah kolom Kunci. Daftar (menimbang, mengingat, diktum, tembusan): satu butir per baris, tambah baris dengan kunci berikutnya (mis. menimbang.4). Tanggal: 12 Januari 2022 atau 2022-01-12; kosongkan nomor, tanggal atau nama untuk diisi tangan (dicetak titik-titik). NIP ditulis sebagai teks.",
    en: "Fill in the Value column; do not change the Key column. Lists (menimbang, mengingat, diktum, tembusan): one item per row, add rows with the next key (e.g. menimbang.4). Dates: 12 Januari 2022 or 2022-01-12; leave the number, date or name empty to fill in by hand (printed as dots). Type the NIP as text.",
  },
  "decree.info.key": { id: "Kunci", en: "Key" },
  "decree.info.label": { id: "Keterangan", en: "Field" },
  "decree.info.value": { id: "Nilai", en: "Value" },
  "decree.info.duplicateKey": {
    id: "Kunci \"{key}\" muncul lagi di baris {row}; yang dipakai baris pertama.",
    en: "Key \"{key}\" appears again in row {row}; the first row is used.",
  },
  "decree.info.unknownKey": {
    id: "Baris {row}: kunci \"{key}\" tidak dikenal dan diabaikan.",
    en: "Row {row}: unknown key \"{key}\" ignored.",
  },
  "decree.info.valueWithoutKey": {
    id: "Baris {row}: ada nilai tanpa kunci; baris ini diabaikan.",
    en: "Row {row}: a value without a key; the row is ignored.",
  },
  "decree.info.cellError": {
    id: "Baris {row}: nilai \"{key}\" berisi kesalahan {error}.",
    en: "Row {row}: the value of \"{key}\" is the error {error}.",
  },
  "decree.info.noKeys": {
    id: "Lembar \"{sheet}\" tidak berisi kunci Info Keputusan (pemerintah, nomor, tanggal, ...).",
    en: "Sheet \"{sheet}\" holds no decree info keys (pemerintah, nomor, tanggal, ...).",
  },

  // Metadata read from the plan sheet (planRead.ts).
  "decree.plan.read": { id: "Dibaca dari rencana: {fields}.", en: "Read from the plan: {fields}." },
  "decree.plan.badDate": {
    id: "Tanggal di judul lampiran ({cell}) \"{value}\" tidak terbaca sebagai tanggal; isi tanggal penetapan sendiri.",
    en: "The date in the annex heading ({cell}) \"{value}\" cannot be read as a date; fill in the date of issue.",
  },
  "decree.plan.conflict": {
    id: "{label}: rencana ({cell}) menulis \"{plan}\", keputusan memakai \"{decree}\"; samakan keduanya (rencana tidak diubah).",
    en: "{label}: the plan ({cell}) says \"{plan}\", the decree uses \"{decree}\"; make them agree (the plan is not changed).",
  },

  // Lampiran heading above the plan table.
  "decree.lampiran.noRoom": {
    id: "Judul lampiran tidak ditulis: di atas tabel (lembar \"{sheet}\") tidak ada {rows} baris kosong berturut-turut. Sisipkan baris kosong di atas tabel, lalu coba lagi.",
    en: "Annex heading not written: above the table (sheet \"{sheet}\") there are no {rows} consecutive empty rows. Insert empty rows above the table, then try again.",
  },
  "decree.lampiran.exists": {
    id: "Judul lampiran tidak ditulis: lembar \"{sheet}\" sudah memuat judul lampiran di baris {row}.",
    en: "Annex heading not written: sheet \"{sheet}\" already has an annex heading in row {row}.",
  },

  // The decree's own words (sheet names and printed text; always Indonesian in the sheet).
  "decree.sheet.decree": { id: "Keputusan", en: "Decree" },
  "decree.sheet.info": { id: "Info Keputusan", en: "Decree Info" },
  "decree.doc.keputusan": { id: "KEPUTUSAN {penetap}", en: "DECREE OF THE {penetap}" },
  "decree.doc.nomor": { id: "NOMOR {nomor}", en: "NUMBER {nomor}" },
  "decree.doc.tentang": { id: "TENTANG", en: "ON" },
  "decree.doc.menimbang": { id: "Menimbang", en: "Considering" },
  "decree.doc.mengingat": { id: "Mengingat", en: "Recalling" },
  "decree.doc.memutuskan": { id: "MEMUTUSKAN :", en: "DECIDES:" },
  "decree.doc.menetapkan": { id: "Menetapkan", en: "Establishes" },
  "decree.doc.fullTitle": { id: "KEPUTUSAN {penetap} TENTANG {tentang}", en: "DECREE OF THE {penetap} ON {tentang}" },
  "decree.doc.ditetapkanDi": { id: "Ditetapkan di {tempat}", en: "Issued at {tempat}" },
  "decree.doc.padaTanggal": { id: "Pada tanggal {tanggal}", en: "On {tanggal}" },
  "decree.doc.nip": { id: "NIP. {nip}", en: "NIP {nip}" },
  "decree.doc.telepon": { id: "Telp. {telepon}", en: "Tel. {telepon}" },
  "decree.doc.faksimile": { id: "Fax {faksimile}", en: "Fax {faksimile}" },
  "decree.doc.email": { id: "e-mail: {email}", en: "e-mail: {email}" },
  "decree.doc.laman": { id: "laman: {laman}", en: "website: {laman}" },
  "decree.doc.tembusan": { id: "Tembusan :", en: "Copies to:" },
  "decree.doc.lampiran": { id: "Lampiran {n} : KEPUTUSAN {penetap}", en: "Annex {n}: DECREE OF THE {penetap}" },
  "decree.doc.lampiranNomor": { id: "NOMOR : {nomor}", en: "NUMBER: {nomor}" },
  "decree.doc.lampiranTanggal": { id: "TANGGAL : {tanggal}", en: "DATE: {tanggal}" },
  "decree.doc.lampiranTentang": { id: "TENTANG : {tentang}", en: "ON: {tentang}" },
} satisfies Catalog;
