/**
 * The support programme every regency/city office has, with its standard
 * kegiatan and sub kegiatan (national nomenclature: Permendagri 90/2019 as
 * updated by Kepmendagri 050-5889/2021). Data only.
 *
 * Codes are relative to the office's urusan/bidang ("X.XX"): the programme is
 * X.XX.01, a kegiatan X.XX.01.2.01 (2 = regency/city), a sub kegiatan
 * X.XX.01.2.01.0001.
 */

export interface NomenclatureSubKegiatan {
  /** Four-digit sub kegiatan code, e.g. "0001". */
  kode: string;
  nama: string;
  /** The official indikator and satuan, when the list names them (the official lists by year do). */
  indikator?: string;
  satuan?: string;
}

export interface NomenclatureKegiatan {
  /** Kegiatan code below the programme, e.g. "2.01". */
  kode: string;
  nama: string;
  subKegiatan: readonly NomenclatureSubKegiatan[];
}

export interface NomenclatureProgram {
  /** Programme code below urusan/bidang, e.g. "01". */
  kode: string;
  nama: string;
  kegiatan: readonly NomenclatureKegiatan[];
}

/** Sub kegiatan numbered 0001, 0002, ... in list order. */
function subs(names: readonly string[]): NomenclatureSubKegiatan[] {
  return names.map((nama, i) => ({ kode: String(i + 1).padStart(4, "0"), nama }));
}

export const PROGRAM_PENUNJANG: NomenclatureProgram = {
  kode: "01",
  nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
  kegiatan: [
    {
      kode: "2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      subKegiatan: subs([
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
        "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
        "Koordinasi dan Penyusunan DPA-SKPD",
        "Koordinasi dan Penyusunan Perubahan DPA-SKPD",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "Evaluasi Kinerja Perangkat Daerah",
      ]),
    },
    {
      kode: "2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      subKegiatan: subs([
        "Penyediaan Gaji dan Tunjangan ASN",
        "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "Koordinasi dan Pelaksanaan Akuntansi SKPD",
        "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        "Pengelolaan dan Penyiapan Bahan Tanggapan Pemeriksaan",
        "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
        "Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran",
      ]),
    },
    {
      kode: "2.03",
      nama: "Administrasi Barang Milik Daerah pada Perangkat Daerah",
      subKegiatan: subs([
        "Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD",
        "Pengamanan Barang Milik Daerah SKPD",
        "Koordinasi dan Penilaian Barang Milik Daerah SKPD",
        "Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD",
        "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
        "Penatausahaan Barang Milik Daerah pada SKPD",
        "Pemanfaatan Barang Milik Daerah SKPD",
      ]),
    },
    {
      kode: "2.04",
      nama: "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah",
      subKegiatan: subs([
        "Perencanaan Pengelolaan Retribusi Daerah",
        "Analisa dan Pengembangan Retribusi Daerah, serta Penyusunan Kebijakan Retribusi Daerah",
        "Penyuluhan dan Penyebarluasan Kebijakan Retribusi Daerah",
        "Pendataan dan Pendaftaran Objek Retribusi Daerah",
        "Pengolahan Data Retribusi Daerah",
        "Penetapan Wajib Retribusi Daerah",
        "Pelaporan Pengelolaan Retribusi Daerah",
      ]),
    },
    {
      kode: "2.05",
      nama: "Administrasi Kepegawaian Perangkat Daerah",
      subKegiatan: subs([
        "Peningkatan Sarana dan Prasarana Disiplin Pegawai",
        "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya",
        "Pendataan dan Pengolahan Administrasi Kepegawaian",
        "Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian",
        "Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai",
        "Pemulangan Pegawai yang Pensiun",
        "Pemulangan Pegawai yang Meninggal dalam Melaksanakan Tugas",
        "Pemindahan Tugas ASN",
        "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
        "Sosialisasi Peraturan Perundang-Undangan",
        "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
      ]),
    },
    {
      kode: "2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      subKegiatan: subs([
        "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
        "Penyediaan Peralatan dan Perlengkapan Kantor",
        "Penyediaan Peralatan Rumah Tangga",
        "Penyediaan Bahan Logistik Kantor",
        "Penyediaan Barang Cetakan dan Penggandaan",
        "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
        "Penyediaan Bahan/Material",
        "Fasilitasi Kunjungan Tamu",
        "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "Penatausahaan Arsip Dinamis pada SKPD",
        "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD",
      ]),
    },
    {
      kode: "2.07",
      nama: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
      subKegiatan: subs([
        "Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
        "Pengadaan Alat Besar",
        "Pengadaan Alat Angkutan Darat Tak Bermotor",
        "Pengadaan Mebel",
        "Pengadaan Peralatan dan Mesin Lainnya",
        "Pengadaan Aset Tetap Lainnya",
        "Pengadaan Aset Tak Berwujud",
        "Pengadaan Gedung Kantor atau Bangunan Lainnya",
        "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
        "Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya",
      ]),
    },
    {
      kode: "2.08",
      nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      subKegiatan: subs([
        "Penyediaan Jasa Surat Menyurat",
        "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "Penyediaan Jasa Pelayanan Umum Kantor",
      ]),
    },
    {
      kode: "2.09",
      nama: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
      subKegiatan: subs([
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Besar",
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Angkutan Darat Tak Bermotor",
        "Pemeliharaan Mebel",
        "Pemeliharaan Peralatan dan Mesin Lainnya",
        "Pemeliharaan Aset Tetap Lainnya",
        "Pemeliharaan Aset Tak Berwujud",
        "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya",
        "Pemeliharaan/Rehabilitasi Tanah",
      ]),
    },
  ],
};

/** Full code of a programme, kegiatan or sub kegiatan for an office's urusan/bidang ("2.17"; default "X.XX"). */
export function nomenclatureCode(
  parts: { program: NomenclatureProgram; kegiatan?: NomenclatureKegiatan; sub?: NomenclatureSubKegiatan },
  urusanBidang = "X.XX",
): string {
  const segs = [urusanBidang, parts.program.kode];
  if (parts.kegiatan) segs.push(parts.kegiatan.kode);
  if (parts.kegiatan && parts.sub) segs.push(parts.sub.kode);
  return segs.join(".");
}
