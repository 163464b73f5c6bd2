// Package siasn speaks the codes and payloads of BKN's SIASN web service
// (Sistem Informasi ASN) for employee performance, on top of package
// [github.com/go-asn/berakhlak/kinerja], so that the mappings SIASN
// integrators hand-write in PHP and JS are right once. One convention
// holds throughout: SIASN types speak SIASN's codes, and kinerja types
// speak the library's order. SIASN numbers ratings and predikat from the
// best (hasilKinerjaNilai 1 is Di Atas Ekspektasi, kuadranKinerjaNilai 1
// is Sangat Baik); [kinerja.Rating] and [kinerja.Predikat] count from the
// lowest. Every code field has its own type ([Rating], [Kuadran],
// [Koefisien], [Periodik]); the three with a kinerja counterpart are
// strings, not integers, so that kinerja.Rating(record.HasilKinerjaNilai)
// does not compile, and the named functions and methods below are the only
// way across.
//
// The codes and field names come from BKN's SIASN reference tables and
// API as bundled by public SIASN client libraries (several independent
// PHP, JS and Go clients agree; no public BKN document was found, so they
// are marked derived in the rule register of package berakhlak).
//
// # Codes
//
// [RatingCode] and [ParseRatingCode] convert between [kinerja.Rating] and
// [Rating], a code of the perilakuDanKinerja table ("1" is the best);
// [KuadranCode] and [ParseKuadranCode] between [kinerja.Predikat] and
// [Kuadran], a code of kuadranNilai; [KoefisienID] and [ParseKoefisienID]
// between [kinerja.Jenjang] and [Koefisien], an id of koefisien.
// [Periodik] is the periodik table itself, its values SIASN's ids, as
// the library has no periodik of its own. A Rating, Kuadran or Koefisien
// holds its text as received, and its zero value, "", is no code, as the
// zero Periodik is. A code outside its table is a [*CodeError] wrapping
// [ErrUnknownCode].
//
// # Payloads
//
// [SKP] is the request of /skp22/save (the yearly result) and
// [KinerjaPeriodik] the request of /kinerjaperiodik/save (a month or a
// quarter). Their constructors fill the kuadran from
// [kinerja.PredikatPegawai], so a request cannot disagree with its
// ratings. [RiwayatSKP] and [RiwayatKinerjaPeriodik] are the records of
// the rw-skp22 and rw-kinerjaperiodik responses, kept as stored so that
// their Check methods can audit them: every inconsistency is a [Finding],
// and the two wrong mappings seen in public client code (a lookup keyed
// perilaku-first, and max of the two codes) are recognised by name. Their
// methods give the stored codes as kinerja values, each with an error
// ([RiwayatSKP.HasilKinerjaRating], [RiwayatSKP.PerilakuKerjaRating], the
// stored predikat [RiwayatSKP.KuadranKinerjaPredikat], the predikat the
// matrix gives [RiwayatSKP.Predikat]), and [RiwayatSKP.SKP] turns a
// record into the request that saves it again, every field renamed.
//
// # Angka kredit records
//
// [AngkaKredit] is the request of /angkakredit/save: the angka kredit of a
// PAK for a span of months, every value a string as SIASN takes it, in
// BKN's own spelling (bulanMulaiPenailan). [NewAngkaKreditPenilaian]
// builds it from the periods it converts ([kinerja.Penilaian], added up by
// [kinerja.Accumulate]) and [NewAngkaKreditKonversi] from a konversi
// result already computed; both apply the konversi convention, so that
// no caller fills it by hand: kreditUtamaBaru and kreditPenunjangBaru 0,
// kreditBaruTotal the angka kredit. [RiwayatAngkaKredit] is a record of
// the rw-angkakredit response, kept as stored:
// [RiwayatAngkaKredit.Check] audits it on its own, and
// [RiwayatAngkaKredit.CheckPenilaian] against the periods it converts,
// the stored total against the library's ([FindingAngkaKreditMismatch]).
// [RiwayatAngkaKredit.Penilaian], [RiwayatKinerjaPeriodik.Penilaian] and
// [KinerjaPeriodik.Penilaian] turn SIASN's records into periods for
// [kinerja.Accumulate].
//
// JSON output uses SIASN's exact field names. Decoding is lenient about
// what real clients and SIASN itself send: keys in any case, SIASN's
// misspelling koefisenId, the response's namaPenilai for the request's
// penilaiNama, and numbers or numeric strings ("2", 2, 2.0) for the whole
// numbers. A key given more than once, exactly or in another case, or a
// field given under two of its names, must carry one value: two different
// values are a [*FieldError] that names the key, never a silent choice of
// one. Anything else is a [*FieldError] that names the field.
//
// # Concurrency
//
// Every function and method is safe for concurrent use; the package has no
// mutable state.
package siasn
