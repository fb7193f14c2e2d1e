/**
 * Word pools for the synthetic plan generator: names in the style of the
 * national nomenclature (Permendagri 90/2019) and of real Rencana Aksi tables,
 * in standard spelling. Data only.
 */

export const SASARAN = [
  "Meningkatnya kepuasan masyarakat terhadap pelayanan perangkat daerah",
  "Meningkatnya volume usaha koperasi",
  "Meningkatnya kapasitas usaha mikro",
  "Meningkatnya akuntabilitas kinerja perangkat daerah",
  "Meningkatnya kualitas perencanaan pembangunan daerah",
  "Meningkatnya daya saing produk unggulan daerah",
];

export const PROGRAMS: readonly (readonly [name: string, indicator: string])[] = [
  ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Nilai hasil survei kepuasan masyarakat"],
  ["Program Pengawasan dan Pemeriksaan Koperasi", "Persentase koperasi yang diawasi"],
  ["Program Penilaian Kesehatan Koperasi", "Persentase koperasi yang dinilai kesehatannya"],
  ["Program Pemberdayaan dan Perlindungan Koperasi", "Persentase koperasi yang difasilitasi"],
  ["Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro", "Jumlah usaha mikro yang naik kelas"],
  ["Program Pengembangan UMKM", "Persentase usaha mikro yang dibina"],
  ["Program Pendidikan dan Latihan Perkoperasian", "Jumlah koperasi yang mengikuti pelatihan"],
  ["Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Persentase dokumen perencanaan yang tepat waktu"],
];

/** Output indicators with the unit of their target. */
export const INDICATORS: readonly (readonly [text: string, unit: string])[] = [
  ["Jumlah dokumen perencanaan yang tersusun", "Dokumen"],
  ["Terlaksananya penyusunan dokumen RKA SKPD", "Bulan"],
  ["Tersedianya laporan capaian kinerja", "Laporan"],
  ["Jumlah pegawai yang dibayarkan gaji dan tunjangan", "Orang"],
  ["Jumlah kegiatan koordinasi dan konsultasi yang dilaksanakan", "Kegiatan"],
  ["Jumlah perlengkapan kantor yang diadakan", "Unit"],
  ["Terpenuhinya kebutuhan cetak dan penggandaan", "Bulan"],
  ["Jumlah koperasi yang diberikan pembinaan", "Unit Usaha"],
  ["Jumlah pelaku usaha mikro yang dilatih", "Orang"],
  ["Terlaksananya pengadaan sarana gedung kantor", "Paket"],
  ["Jumlah kendaraan dinas yang mendapatkan pemeliharaan", "Unit"],
  ["Terbayarnya jasa surat menyurat dan benda pos", "Bulan"],
];

/** Kegiatan-level indicators: percentages with a 100% target. */
export const KEGIATAN_INDICATORS = [
  "Persentase capaian kegiatan yang terlaksana tepat waktu",
  "Persentase dokumen yang tersusun sesuai ketentuan",
  "Persentase layanan administrasi yang terpenuhi",
  "Persentase sarana dan prasarana dalam kondisi baik",
];

/** Quarterly schedules (cumulative percent, fourth quarter 100). */
export const SCHEDULES: readonly (readonly number[])[] = [
  [25, 50, 75, 100],
  [10, 30, 60, 100],
  [20, 45, 70, 100],
  [0, 0, 100, 100],
];
