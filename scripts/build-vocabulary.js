#!/usr/bin/env node
"use strict";
/**
 * Build src/core/rules/vocabulary.ts: the words of Rencana Aksi plans, for the typo finder.
 *
 *   node scripts/build-vocabulary.js [path/to/nomenclature.tsv] [path/to/indonesian-words.txt]
 *
 * The optional word list (one word a line, e.g. the Indonesian Hunspell dictionary expanded:
 * `apt-get install hunspell-id hunspell-tools; unmunch /usr/share/hunspell/id_ID.dic
 * /usr/share/hunspell/id_ID.aff > words.txt`) adds the real words that are one slip from a frequent
 * plan word ("pencairan" beside "pencarian", "barat" beside "berat"): known, so never called a typo.
 *
 * Source: the official nomenclature (program, kegiatan and sub kegiatan names, their kinerja,
 * indikator and satuan; default /work/shared/nomenclature/kepmendagri-*.tsv) plus the common plan
 * words below. The project never reads the source at run time: the output is committed.
 *
 * The nomenclature has its own slips ("pelaksanaaan", "umumdan", "jumla"): a rare word one edit
 * from a much more frequent word, or two frequent words run together, is left out.
 */
const fs = require("fs");
const path = require("path");

const DEFAULT_SOURCE = "/work/shared/nomenclature/kepmendagri-900.1.15.5-1317-2023-kabkota.tsv";
const OUT = path.join(__dirname, "..", "src", "core", "rules", "vocabulary.ts");

/** Words of plans that the nomenclature lacks or has rarely (PK genre: Sasaran, Indikator Kinerja, Rencana Aksi). */
const COMMON = `
persentase kepuasan kepesertaan pelayanan evaluasi berkala capaian indeks nilai predikat akuntabilitas
meningkatnya menurunnya terwujudnya tersedianya terlaksananya tercapainya terpenuhinya terkendalinya
meningkatkan menurunkan mewujudkan mempercepat menekan mencegah menangani memantau mengawasi membina
mendampingi melatih menyosialisasikan mensosialisasikan mengevaluasi memonitor merencanakan menganggarkan
mengusulkan melaporkan mengumpulkan mengolah menyajikan menerbitkan mengelola memelihara memperbaiki
membangun merehabilitasi mengadakan membayar memenuhi memberikan menerima menanggapi menyelesaikan
mengidentifikasi memetakan mendata memverifikasi memvalidasi mengintegrasikan menyelaraskan menginput
mengunggah melaksanakan menyusun melakukan mengkoordinasikan mengoordinasikan memfasilitasi menindaklanjuti
memaksimalkan mengoptimalkan memastikan menjamin memutakhirkan menganalisis membuat memproses mendorong
mengembangkan menyelenggarakan menyediakan menetapkan mengajukan menghitung mengukur menilai mengendalikan
memperkuat menguatkan memperluas mengaktifkan menggerakkan melibatkan membentuk mengikuti menghadiri
dilaporkan dilaksanakan disusun ditetapkan diselesaikan ditindaklanjuti dimanfaatkan difasilitasi disediakan
diberikan diterima dibina dilatih dievaluasi dimonitor diawasi diverifikasi dibayarkan diusulkan diperbaiki
monitoring supervisi sosialisasi advokasi edukasi penyuluhan pendampingan pelatihan bimbingan teknis
workshop rapat pertemuan survei survey kuesioner responden pengaduan rekomendasi temuan audit reviu review
inspeksi verifikasi validasi integrasi digitalisasi modernisasi optimalisasi standardisasi sertifikasi
akreditasi kompetensi kapasitas kualitas kuantitas efektivitas efisiensi transparansi akuntabel transparan
partisipasi kolaborasi sinergi konsolidasi rekonsiliasi inventarisasi penatausahaan pembukuan pencatatan
pelaporan pertanggungjawaban realisasi anggaran belanja pendapatan retribusi triwulan semester tahunan
bulanan mingguan harian rutin tepat waktu sesuai ketentuan standar prosedur operasional regulasi kebijakan
peraturan keputusan sasaran indikator target kinerja strategis tujuan program kegiatan rencana aksi
penanggung jawab sekretaris sekretariat kepala bidang bagian seksi subbagian kasubag kabid kasi pelaksana
tingkat rasio cakupan proporsi prevalensi angka kematian kesakitan ibu balita bayi baduta stunting gizi
imunisasi puskesmas posyandu fasyankes rujukan persalinan kehamilan hamil nifas neonatal skrining deteksi
penyakit menular pengobatan pasien kasus penemuan pencegahan penanganan pengendalian kepatuhan kunjungan
rumah sakit obat vaksin reagen tenaga medis dokter bidan perawat kader masyarakat desa kelurahan kecamatan
kabupaten kota provinsi nasional daerah pusat wilayah kawasan lingkungan sanitasi bersih sehat aktif
lengkap terintegrasi terdiagnosis pemantauan pertumbuhan perkembangan kesehatan keselamatan keamanan
ketertiban kenyamanan kemudahan kepastian ketepatan ketersediaan keterlibatan keberlanjutan kesejahteraan
transportasi angkutan kendaraan bermotor lalu lintas jalan parkir perparkiran terminal halte armada
penumpang pengujian kelaikan laik kemacetan konektivitas aksesibilitas logistik persimpangan
pemerintahan pemerintah penyelenggaraan tata kelola reformasi birokrasi digital elektronik aplikasi
informasi komunikasi data statistik dokumen laporan administrasi kepegawaian keuangan umum perlengkapan
aset barang milik persuratan kearsipan arsip perkantoran rumah tangga protokol legislasi persidangan
perundang undangan peraturan rancangan pembahasan penetapan pengesahan fasilitasi dukungan pelayanan
peningkatan pengembangan pembinaan pengawasan pelaksanaan penyusunan pengelolaan penyediaan pemenuhan
penguatan pemberdayaan pemanfaatan pemutakhiran pendataan penilaian pengukuran pengumpulan penyaluran
pembayaran pemeliharaan pengadaan pembangunan rehabilitasi perbaikan peralatan sarana prasarana
terhadap melalui dengan antara secara serta maupun kepada setiap seluruh berbagai lainnya tersebut
penyerapan konsultansi pengajuan syarat persyaratan mellitus berdasarkan terkait mengenai tentang dalam untuk bagi oleh pada dari yang dan atau ke di
`;

/** Bound forms and small joining words: as src/core/rules/typos.ts (joinedWords). */
const BOUND = new Set("antar multi pasca semi supra ultra inter intra ekstra tuna maha panca kontra anti infra tata sumber".split(" "));
const SMALL = new Set("dan yang dari pada untuk dengan atau serta bagi oleh dalam melalui terhadap sesuai".split(" "));

const words = (s) => (s.match(/[A-Za-z]+/g) || []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2);

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const NEAR = new Map();
ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    let near = (row[i - 1] || "") + (row[i + 1] || "");
    for (const other of [ROWS[r - 1], ROWS[r + 1]]) if (other) near += (other[i - 1] || "") + (other[i] || "") + (other[i + 1] || "");
    NEAR.set(row[i], near);
  }
});
const kanPair = (longer, shorter) => longer.endsWith("kan") && shorter.endsWith("an") && longer.length === shorter.length + 1;

/** The words one slip from w, as src/core/rules/typos.ts (slipOf) counts slips. */
function slips(w) {
  const n = w.length;
  const out = [];
  if (n < 6) return out;
  for (let i = 1; i < n - 1; i++) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 1; i < n; i++) {
    if (i === n - 1 && w[i] !== w[i - 1]) continue;
    const v = w.slice(0, i) + w.slice(i + 1);
    if (!kanPair(w, v)) out.push(v);
  }
  for (let i = 1; i <= n; i++) for (const c of "abcdefghijklmnopqrstuvwxyz") {
    const v = w.slice(0, i) + c + w.slice(i);
    if (!kanPair(v, w)) out.push(v);
  }
  if (n >= 7) for (let i = 1; i < n - 1; i++) for (const c of NEAR.get(w[i]) || "") out.push(w.slice(0, i) + c + w.slice(i + 1));
  return out;
}

/** The words of a (large) list that are one slip from a frequent word: read line by line. */
function confusables(file, frequent) {
  const near = new Set();
  for (const v of frequent) {
    const n = v.length;
    // w such that slips(w) holds v: v with a letter added, left out, swapped, or a neighbouring key
    for (let i = 1; i <= n; i++) for (const c of "abcdefghijklmnopqrstuvwxyz") near.add(v.slice(0, i) + c + v.slice(i));
    for (let i = 1; i < n; i++) near.add(v.slice(0, i) + v.slice(i + 1));
    for (let i = 1; i < n - 1; i++) near.add(v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2));
    for (let i = 1; i < n - 1; i++) for (const c of NEAR.get(v[i]) || "") near.add(v.slice(0, i) + c + v.slice(i + 1));
  }
  const found = new Set();
  const text = fs.readFileSync(file, "utf8");
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const w = text.slice(from, to).trim().toLowerCase();
    if (near.has(w)) found.add(w);
    from = to + 1;
  }
  return found;
}

/** Sorted words front-coded: the count of letters shared with the word before (0-9, then a-z), then the rest. */
function frontCode(sorted) {
  let previous = "";
  return sorted.map((w) => {
    let k = 0;
    while (k < 35 && k < w.length && k < previous.length && w[k] === previous[k]) k++;
    previous = w;
    return k.toString(36) + w.slice(k);
  });
}

/** A list as string literals of about 96 characters, joined by +. */
function wrap(list) {
  const out = [];
  let line = "";
  for (const w of list) {
    if (line.length + w.length > 96) {
      out.push(`  "${line.trim()} " +`);
      line = "";
    }
    line += `${w} `;
  }
  out.push(`  "${line.trim()}"`);
  return out.join("\n");
}

function main() {
  const source = process.argv[2] || DEFAULT_SOURCE;
  const wordList = process.argv[3];
  const lines = fs.readFileSync(source, "utf8").split(/\r?\n/);
  const head = lines[0].split("\t");
  const cols = ["name", "kinerja", "indikator", "satuan"].map((c) => head.indexOf(c)).filter((i) => i >= 0);
  const count = new Map();
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    for (const i of cols) for (const w of words(cells[i] || "")) count.set(w, (count.get(w) || 0) + 1);
  }
  // Common words count as frequent whatever the nomenclature says.
  for (const w of words(COMMON)) count.set(w, Math.max(count.get(w) || 0, 50));
  const freq = (w) => count.get(w) || 0;
  const dropped = [];
  for (const [w, n] of [...count]) {
    if (n > 2) continue;
    const typo = slips(w).some((e) => e.length >= 6 && freq(e) >= 20 && freq(e) >= 10 * n);
    const part = (p) => (p.length >= 5 || SMALL.has(p)) && freq(p) >= 20;
    let joined = false;
    for (let i = 3; i <= w.length - 3 && !joined && w.length >= 7; i++) joined = !BOUND.has(w.slice(0, i)) && part(w.slice(0, i)) && part(w.slice(i));
    if (typo || joined) {
      count.delete(w);
      dropped.push(w);
    }
  }
  if (wordList) {
    const frequentNow = [...count].filter(([w, n]) => n >= 3 && w.length >= 6).map(([w]) => w);
    const added = [...confusables(wordList, frequentNow)].filter((w) => !count.has(w) && w.length >= 6);
    for (const w of added) count.set(w, 1);
    console.log(`added ${added.length} words of ${path.basename(wordList)} one slip from a frequent word`);
  }
  const all = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Frequent: the words a slip is measured against (long enough that one edit is a slip, not
  // another word), in three tiers of frequency (a slip near two words is the more frequent one's).
  const frequent = all.filter(([w, n]) => n >= 3 && w.length >= 6);
  const isFrequent = new Set(frequent.map(([w]) => w));
  const tiers = [frequent.filter(([, n]) => n >= 50), frequent.filter(([, n]) => n >= 10 && n < 50), frequent.filter(([, n]) => n < 10)]
    .map((tier) => tier.map(([w]) => w).sort());
  // Other words matter only where the typo finder would otherwise speak: one slip from a frequent
  // word, or two plan words run together (typos.ts: slipOf, joinedWords); the rest are never asked about.
  const part = (p) => (p.length >= 5 || SMALL.has(p)) && count.has(p);
  const joinable = (w) => {
    for (let i = 3; i <= w.length - 3 && w.length >= 7; i++) if (!BOUND.has(w.slice(0, i)) && part(w.slice(0, i)) && part(w.slice(i))) return true;
    return false;
  };
  const rest = all.map(([w]) => w)
    .filter((w) => !isFrequent.has(w) && w.length >= 6 && (slips(w).some((e) => isFrequent.has(e)) || joinable(w)))
    .sort();
  const text = `// Generated by scripts/build-vocabulary.js from ${path.basename(source)}
// (official program / kegiatan / sub kegiatan names, kinerja, indikator, satuan) and common plan words.
// Do not edit by hand: change the script and run it again. Lists are sorted and front-coded
// (frontDecode in typos.ts): each word starts with the count of letters it shares with the one before.

/** Frequent plan words of 6 letters or more, in tiers of frequency (most frequent first): a slip is measured against them. */
export const FREQUENT_TIERS: readonly string[] = [
${tiers.map((t) => wrap(frontCode(t))).join(",\n")},
];

/** The other plan words the typo finder must know (one slip from a frequent word, or made of two): never suggested. */
export const OTHER_WORDS =
${wrap(frontCode(rest))};
`;
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${frequent.length} frequent + ${rest.length} other words, ${text.length} bytes`);
  console.log(`left out ${dropped.length}: ${dropped.sort().join(" ")}`);
}

main();
