// Package siasn speaks the codes and payloads of BKN's SIASN web service
// (Sistem Informasi ASN) for employee performance, on top of package
// [github.com/go-asn/berakhlak/kinerja], so that the mappings SIASN
// integrators hand-write in PHP and JS are right once.
//
// The codes and field names come from BKN's SIASN reference tables and
// API as bundled by public SIASN client libraries (several independent
// PHP, JS and Go clients agree; no public BKN document was found, so they
// are marked derived in the rule register of package berakhlak).
//
// # Codes
//
// [RatingCode] and [ParseRatingCode] map [kinerja.Rating] to the
// perilakuDanKinerja table (1 is the best); [KuadranCode] and
// [ParseKuadranCode] map [kinerja.Predikat] to kuadranNilai;
// [KoefisienID] and [ParseKoefisienID] map [kinerja.Jenjang] to koefisien;
// [Periodik] is the periodik table. A code outside its table is a
// [*CodeError] wrapping [ErrUnknownCode].
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
// perilaku-first, and max of the two codes) are recognised by name.
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
