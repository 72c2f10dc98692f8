/**
 * Valid request bodies for every product, built from the API docs' examples
 * with dates moved relative to today (Europe/Bucharest) and the docs' invalid
 * identifiers replaced by real valid ones (see shared/RO-IDENTIFIERS.md).
 * Each call returns a fresh object that a test may break.
 */
import { addDays, addYears, today } from '../../src/contract/clock.js';

export const VALID = {
  cnp: '1630615123457',
  cnp2: '5110102441483',
  cui: '18547290',
  cuiWithPrefix: 'RO18547290',
  registryOld: 'J12/1403/2004',
  registryNew: 'J2012000750528',
  idCard: 'CJ123456',
  phone: '0722123456',
} as const;

export const address = () => ({
  country: 'RO',
  county: 'CJ',
  city: 'Cluj-Napoca',
  cityCode: 54984,
  street: 'Principala',
  houseNumber: '19-21',
  building: 'A1',
  staircase: '1',
  apartment: '12',
  floor: '3',
  postcode: '400001',
});

export const individual = () => ({
  lastName: 'Pop',
  firstName: 'Vasile',
  taxId: VALID.cnp,
  email: 'vasile.pop@example.ro',
  mobileNumber: VALID.phone,
  identification: { idType: 'CI', idNumber: VALID.idCard, issueAuthority: 'SPCLEP Cluj', issueDate: addYears(today(), -3) },
  address: address(),
});

export const company = () => ({
  businessName: 'Life is Hard SA',
  companyRegistryNumber: VALID.registryOld,
  caenCode: 6201,
  taxId: VALID.cui,
  email: 'office@example.ro',
  mobileNumber: VALID.phone,
  address: address(),
});

export const foreigner = () => ({
  lastName: 'Müller',
  firstName: 'Anna',
  taxId: 'X1234567',
  isForeignPerson: true,
  nationality: 'DE',
  citizenship: 'DE',
  gender: 'f',
  birthdate: '1985-04-12',
  email: 'anna.mueller@example.de',
  mobileNumber: VALID.phone,
  identification: { idType: 'CI', idNumber: 'KX654321' },
  address: address(),
});

const michelinAgreements = () => ({ purchased4Tires: true, customerAgreement: true, michelinDataAgreement: true, marketingConsent: false });
const colonnadeAgreements = () => ({ gdpr: true, consultation: true, dnt: true });

export const tireBody = () => ({
  tire: {
    startDate: today(),
    termTime: 12,
    purchaseDate: addDays(today(), -3),
    purchasePrice: 2400,
    vehicleBrand: 'Dacia',
    vehicleModel: 'Duster',
    tireMake: 'michelin',
    tireModel: 'Primacy 4+',
    tireWidth: 17,
    dot: '3719',
  },
  policyholder: individual(),
  additionalData: { agreements: michelinAgreements() },
});

export const tireFleetBody = (vehicles = 2) => ({
  tireFleet: {
    startDate: today(),
    vehicles: Array.from({ length: vehicles }, (_, i) => ({
      vehicleBrand: i % 2 ? 'Dacia' : 'Suzuki',
      vehicleModel: i % 2 ? 'Logan' : 'Vitara',
      purchaseDate: addDays(today(), -5),
      purchasePrice: 2000 + i * 100,
      tireMake: 'michelin',
      tireModel: i % 2 ? 'Primacy 4+' : 'Alpin 6',
      tireWidth: 16,
      dot: '3719',
    })),
  },
  policyholder: company(),
  additionalData: { agreements: michelinAgreements(), notes: 'Fleet renewal' },
});

export const electronicsBody = (category = 'televizor', price = 5000) => ({
  electronics: {
    purchaseDate: addDays(today(), -2),
    purchasePrice: price,
    productCategory: category,
    productBrand: 'lg',
    productModel: 'OLED65C3',
    invoiceNumber: 'FCT-2026-00123',
  },
  policyholder: individual(),
  additionalData: { agreements: { termsAndConditions: true, dataPrivacy: true, marketingConsent: false } },
});

const thisYear = () => Number(today().slice(0, 4));

export const extendedWarrantyBody = () => ({
  extendedWarranty: {
    startDate: addDays(today(), 1),
    termTime: 12,
    vehicle: {
      licensePlate: 'CJ59LIH',
      registrationType: 'registered',
      vin: 'WVWZZZAUZPW123456',
      vehicleType: 'M1',
      brand: 'Volkswagen',
      model: 'Golf',
      enginePower: 110,
      currentMileage: 45000,
      usageType: 'personal',
      isFirstOwner: true,
      yearOfConstruction: String(thisYear() - 2),
      firstRegistration: addYears(today(), -2),
    },
  },
  policyholder: individual(),
});

export const solarPanelBody = () => ({
  solarPanel: {
    startDate: addDays(today(), 1),
    termTime: 48,
    solarPanelItems: [
      {
        category: 'Photovoltaic',
        brand: 'Tier-1 Canadian Solar 405W',
        power: '3',
        type: 'Single-phase',
        count: 10,
        inverter: { brand: 'Huawei SUN2000-3/5/6/8/10KTL' },
        smartMeter: { brand: 'Smart meter Huawei' },
        installationDate: addDays(addYears(today(), -1), -10),
        address: address(),
      },
    ],
  },
  policyholder: individual(),
  additionalData: { purchasePrice: 40000, agreements: colonnadeAgreements() },
});

export const gapBody = () => ({
  gap: {
    startDate: addDays(today(), 1),
    termTime: 12,
    vehicle: {
      licensePlate: 'B123XYZ',
      registrationType: 'registered',
      vin: 'TSMLYD21S00123456',
      vehicleType: 'M1',
      brand: 'Suzuki',
      model: 'Vitara',
      yearOfConstruction: thisYear() - 1,
      totalWeight: 1730,
      seats: 5,
      usageType: 'personal',
      address: address(),
    },
  },
  policyholder: { ...company(), hasRelationsWithRussiaOrBelarus: false },
  additionalData: { agreements: colonnadeAgreements() },
});

export const houseAssistanceBody = () => ({
  houseAssistance: { startDate: addDays(today(), 1), termTime: 12, builtArea: 120, usableArea: 95, address: address() },
  policyholder: individual(),
  additionalData: { packageCodes: [] as string[] },
});

export const digitalProtectionBody = () => ({
  digitalProtection: { startDate: addDays(today(), 1), termTime: 12 },
  policyholder: individual(),
});

export const businessCyberProtectionBody = () => ({
  businessCyberProtection: {
    startDate: addDays(today(), 1),
    termTime: 12,
    installmentCount: 2,
    website: 'https://www.example.ro',
    turnover: 'less_than_500k',
    numberOfEmployees: 25,
    numberOfComputers: 20,
    numberOfInsuredComputers: 18,
    numberOfServers: 2,
    numberOfInsuredServers: 2,
    hasFirewall: true,
    hasAntivirus: true,
    wantsEndpointSoftware: false,
    wantsEdrForComputers: true,
    wantsEdrForServers: false,
    insuredAmount: 50000,
  },
  policyholder: company(),
});

/** One valid body per product key. */
export const BODIES = {
  tire: tireBody,
  tireFleet: () => tireFleetBody(),
  electronics: () => electronicsBody(),
  extendedWarranty: extendedWarrantyBody,
  solarPanel: solarPanelBody,
  gap: gapBody,
  houseAssistance: houseAssistanceBody,
  digitalProtection: digitalProtectionBody,
  businessCyberProtection: businessCyberProtectionBody,
} as const;
