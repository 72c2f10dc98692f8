/**
 * Builds the sandbox insurer's country nomenclature (/nomenclature/country).
 *
 *   node --import tsx scripts/data/build-countries.ts
 *
 * Codes: the 249 ISO 3166-1 alpha-2 → alpha-3 pairs below (checked against the iso-codes database).
 * Names: Unicode CLDR, through Node's Intl.DisplayNames in English and Romanian (needs Node's full ICU,
 * the default build). Writes src/sandbox/data/countries.json sorted by ISO2, one country per line.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = resolve(repoRoot, 'src', 'sandbox', 'data', 'countries.json');

// ISO 3166-1: alpha-2 alpha-3, one pair per entry.
const ISO = `
AD AND AE ARE AF AFG AG ATG AI AIA AL ALB AM ARM AO AGO AQ ATA AR ARG AS ASM AT AUT AU AUS AW ABW AX ALA AZ AZE
BA BIH BB BRB BD BGD BE BEL BF BFA BG BGR BH BHR BI BDI BJ BEN BL BLM BM BMU BN BRN BO BOL BQ BES BR BRA BS BHS
BT BTN BV BVT BW BWA BY BLR BZ BLZ
CA CAN CC CCK CD COD CF CAF CG COG CH CHE CI CIV CK COK CL CHL CM CMR CN CHN CO COL CR CRI CU CUB CV CPV CW CUW
CX CXR CY CYP CZ CZE
DE DEU DJ DJI DK DNK DM DMA DO DOM DZ DZA
EC ECU EE EST EG EGY EH ESH ER ERI ES ESP ET ETH
FI FIN FJ FJI FK FLK FM FSM FO FRO FR FRA
GA GAB GB GBR GD GRD GE GEO GF GUF GG GGY GH GHA GI GIB GL GRL GM GMB GN GIN GP GLP GQ GNQ GR GRC GS SGS GT GTM
GU GUM GW GNB GY GUY
HK HKG HM HMD HN HND HR HRV HT HTI HU HUN
ID IDN IE IRL IL ISR IM IMN IN IND IO IOT IQ IRQ IR IRN IS ISL IT ITA
JE JEY JM JAM JO JOR JP JPN
KE KEN KG KGZ KH KHM KI KIR KM COM KN KNA KP PRK KR KOR KW KWT KY CYM KZ KAZ
LA LAO LB LBN LC LCA LI LIE LK LKA LR LBR LS LSO LT LTU LU LUX LV LVA LY LBY
MA MAR MC MCO MD MDA ME MNE MF MAF MG MDG MH MHL MK MKD ML MLI MM MMR MN MNG MO MAC MP MNP MQ MTQ MR MRT MS MSR
MT MLT MU MUS MV MDV MW MWI MX MEX MY MYS MZ MOZ
NA NAM NC NCL NE NER NF NFK NG NGA NI NIC NL NLD NO NOR NP NPL NR NRU NU NIU NZ NZL
OM OMN
PA PAN PE PER PF PYF PG PNG PH PHL PK PAK PL POL PM SPM PN PCN PR PRI PS PSE PT PRT PW PLW PY PRY
QA QAT
RE REU RO ROU RS SRB RU RUS RW RWA
SA SAU SB SLB SC SYC SD SDN SE SWE SG SGP SH SHN SI SVN SJ SJM SK SVK SL SLE SM SMR SN SEN SO SOM SR SUR SS SSD
ST STP SV SLV SX SXM SY SYR SZ SWZ
TC TCA TD TCD TF ATF TG TGO TH THA TJ TJK TK TKL TL TLS TM TKM TN TUN TO TON TR TUR TT TTO TV TUV TW TWN TZ TZA
UA UKR UG UGA UM UMI US USA UY URY UZ UZB
VA VAT VC VCT VE VEN VG VGB VI VIR VN VNM VU VUT
WF WLF WS WSM
YE YEM YT MYT
ZA ZAF ZM ZMB ZW ZWE
`;

const tokens = ISO.trim().split(/\s+/);
const pairs: [string, string][] = [];
for (let i = 0; i < tokens.length; i += 2) {
  const iso2 = tokens[i];
  const iso3 = tokens[i + 1];
  if (!iso2 || !iso3 || !/^[A-Z]{2}$/.test(iso2) || !/^[A-Z]{3}$/.test(iso3)) throw new Error(`bad pair at ${i}`);
  pairs.push([iso2, iso3]);
}
if (pairs.length !== 249) throw new Error(`expected 249 ISO 3166-1 entries, got ${pairs.length}`);
if (new Set(pairs.map((p) => p[0])).size !== 249 || new Set(pairs.map((p) => p[1])).size !== 249) {
  throw new Error('duplicate code');
}

const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const ro = new Intl.DisplayNames(['ro'], { type: 'region', fallback: 'none' });
const countries = pairs
  .map(([iso2, iso3]) => {
    const nameEn = en.of(iso2);
    const nameRo = ro.of(iso2);
    if (!nameEn || !nameRo || nameEn === iso2 || nameRo === iso2) throw new Error(`no CLDR name for ${iso2}`);
    return { iso2, iso3, name: { en: nameEn, ro: nameRo } };
  })
  .sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));

const text = '[\n' + countries.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
if (/[ŞşŢţ]/.test(text)) throw new Error('cedilla letters in CLDR names');
writeFileSync(outFile, text);
console.log(`countries.json: ${countries.length} countries (ICU ${process.versions.icu ?? '?'})`);
