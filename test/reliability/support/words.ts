/**
 * Word pools for generated plans, in the style of real Rencana Aksi tables
 * (our own wording; standard kegiatan and sub kegiatan names come from the
 * project's nomenclature module). Data only.
 */
import { PROGRAM_PENUNJANG } from "../../../src/core/template/nomenclature";

export const SASARAN_NAMES = [
  "Meningkatnya kepuasan masyarakat terhadap pelayanan perangkat daerah",
  "Meningkatnya volume usaha koperasi",
  "Meningkatnya kapasitas usaha mikro",
  "Meningkatnya akuntabilitas kinerja perangkat daerah",
  "Meningkatnya derajat kesehatan masyarakat (AHH ≥ 72,5 tahun)",
  "Terwujudnya tata kelola pemerintahan yang baik dan bersih",
  "Meningkatnya kualitas layanan administrasi kependudukan di 20 kecamatan",
  "Meningkatnya PAD",
];

export const PROGRAM_NAMES = [
  PROGRAM_PENUNJANG.nama,
  "Program Pengawasan dan Pemeriksaan Koperasi",
  "Program Penilaian Kesehatan Koperasi",
  "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
  "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
  "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
  "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
];

export const KEGIATAN_NAMES = [
  ...PROGRAM_PENUNJANG.kegiatan.map((k) => k.nama),
  "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi",
  "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
  "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
  "Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan dan Kemudahan Perizinan",
  "Pengelolaan Keuangan",
];

export const SUB_NAMES = [
  ...PROGRAM_PENUNJANG.kegiatan.flatMap((k) => k.subKegiatan.map((s) => s.nama)),
  "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi",
  "Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota",
  "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
  "Fasilitasi Pelaksanaan Musrenbang Kecamatan",
  "Pendataan Potensi dan Pengembangan Usaha Mikro",
];

export const INDICATOR_TEXTS = [
  "Jumlah dokumen perencanaan yang tersusun",
  "Terlaksananya penyusunan dokumen RKA SKPD",
  "Tersedianya laporan capaian kinerja LKPJ, Renstra, Renja, LPPD",
  "Jumlah pegawai yang dibayarkan gaji, tunjangan, dan tambahan penghasilan ASN",
  "Persentase koperasi yang diawasi",
  "Indeks Kepuasan Masyarakat (IKM)",
  "Nilai SAKIP",
  "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
  "Pelatihan batik",
  "jumlah tenaga jasa pengemudi yang dibayarkan",
  "Cakupan layanan – kecamatan (%)",
  "Rasio kendaraan dinas yang terpelihara",
];

export const UNITS = ["Bulan", "Dokumen", "Orang", "Unit", "Laporan", "Paket", "Kegiatan", "Unit Usaha", "Koperasi", "Nilai", "Indeks"];

export const OFFICES = [
  "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH",
  "BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA CONTOH",
  "KECAMATAN CONTOH",
  "DINAS KESEHATAN KABUPATEN CONTOH",
];
