/**
 * The Casco doc's example bodies, made valid: today's dates, the county as
 * its code with a real SIRUTA locality, and real identifiers in place of the
 * doc's invalid ones (an individual's tax id RO123456789). `cascoDocProduct`
 * keeps the doc's own spelling ("false", "100000.00"); `cascoWireProduct` is
 * the same body as the API takes it on the wire (JSON numbers and booleans).
 */
import { addYears, today } from '../../src/contract/clock.js';
import { VALID } from './fixtures.js';

const docAddress = () => ({
  country: 'RO',
  county: 'CJ',
  city: 'Cluj-Napoca',
  cityCode: 54984,
  street: 'Eroilor',
  houseNumber: '10',
  building: 'A',
  staircase: '1',
  apartment: '12',
  floor: '3',
  postcode: '400001',
});

/** The doc's person: an individual (isLegalEntity "false") who also carries a company's fields. */
export const cascoDocPerson = () => ({
  isLegalEntity: 'false',
  businessName: 'TechCorp',
  companyRegistryNumber: '12345678',
  caenCode: 6201,
  lastName: 'Doe',
  firstName: 'John',
  isForeignPerson: false,
  taxId: VALID.cnp,
  nationality: 'RO',
  citizenship: 'RO',
  gender: 'm',
  birthdate: '1990-01-01',
  email: 'john.doe@example.com',
  mobileNumber: '0712345678',
  drivingLicense: { issueDate: '2010-05-15' },
  identification: { idType: 'CI', idNumber: 'AB123456', issueAuthority: 'Police Department', issueDate: '2023-01-01' },
  address: docAddress(),
  hasDisability: false,
  isRetired: false,
  residency: 'resident in Romania',
  politicalExposure: 'no',
});

export const cascoDocIdentification = () => ({
  vin: '1HGCM82633A123456',
  motorSeries: 'e2007',
  vehicleType: 'M1',
  brand: 'Toyota',
  model: 'Corolla',
  yearOfConstruction: 2020,
  engineDisplacement: 1800,
  enginePower: 140,
  totalWeight: 1500,
  seats: 5,
  fuelType: 'petrol',
  currentMileage: 120000,
  color: 'white',
  marketValue: '100000.00',
});

export const cascoDocProduct = (identifier = 'F9bcVXsC3Zu7PDagZcLfCw==') => ({
  name: 'casco',
  motor: {
    startDate: today(),
    termTime: 12,
    installmentCount: 1,
    currency: 'RON',
    renewPolicy: { series: 'AB', number: 123456 },
    mentions: 'Additional mentions or notes',
    withoutTax: 'false',
    deductibles: { partialDamage: 500, totalDamage: 20 },
  },
  coverages: [{ isIncluded: true, code: 'vehicle', insuredSum: 10000.5 }],
  policyholder: cascoDocPerson(),
  vehicle: {
    ...cascoDocIdentification(),
    user: cascoDocPerson(),
    identifier,
    licensePlate: 'B123XYZ',
    registrationType: 'registered',
    firstRegistration: '2015-06-01',
    usageType: 'personal',
    identification: { idNumber: 'AB123456' },
    keyNumber: 3,
    ptiExpiryDate: '2025-05-12',
    vignetteExpiryDate: '2025-06-11',
    hasMobilityModifications: false,
    isLeased: false,
    isNew: false,
    isOwnerTransfer: false,
  },
  additionalData: {
    rafCode: 'RAF012345',
    filterPackages: 'false',
    motor: { contractType: 'financial', leasingContractNumber: 'RX123456' },
    vehicle: {
      user: { bonusMalusClass: 'B0', bonusMalusClaims: '2', noYoungDrivers: 'false' },
      isAtv: 'false',
      equipmentDescription: 'External lighting, Tow bar',
      equipmentValue: '7000',
      acquisitionDate: '2023-01-01',
      isFirstOwner: 'false',
      stolenVehicle: 'false',
      hasConstructionChanges: 'false',
      wheelOnTheRightSide: 'false',
    },
    specialAccordCashOnHand: 'false',
    partnerNetworkRepairAgreement: 'false',
    coversMinorChildren: 'false',
    personAccidentsPlan: 'SAFE',
  },
});

/** A legal-entity policyholder as the Casco API takes it. */
export const cascoCompany = () => ({
  isLegalEntity: true,
  businessName: 'Life is Hard SA',
  companyRegistryNumber: VALID.registryOld,
  caenCode: 6201,
  taxId: VALID.cui,
  email: 'office@example.ro',
  mobileNumber: VALID.phone,
  address: docAddress(),
  residency: 'resident in Romania',
  politicalExposure: 'no',
});

/** The wire form of the doc's person: JSON booleans, no company fields for an individual. */
const wirePerson = () => {
  const { businessName: _b, companyRegistryNumber: _r, caenCode: _c, ...p } = cascoDocPerson();
  return { ...p, isLegalEntity: false, identification: { ...p.identification, issueDate: addYears(today(), -3) } };
};

/** The doc's mechanical data as the wire takes it (marketValue a number). */
export const cascoWireIdentification = () => ({ ...cascoDocIdentification(), marketValue: 100000 });

export const cascoWireProduct = (identifier = 'F9bcVXsC3Zu7PDagZcLfCw==') => {
  const doc = cascoDocProduct(identifier);
  return {
    ...doc,
    motor: { ...doc.motor, withoutTax: false },
    policyholder: wirePerson(),
    vehicle: { ...doc.vehicle, marketValue: 100000, user: wirePerson() },
    additionalData: {
      ...doc.additionalData,
      filterPackages: false,
      vehicle: {
        ...doc.additionalData.vehicle,
        user: { bonusMalusClass: 'B0', bonusMalusClaims: 2, noYoungDrivers: false },
        isAtv: false,
        equipmentValue: 7000,
        isFirstOwner: false,
        stolenVehicle: false,
        hasConstructionChanges: false,
        wheelOnTheRightSide: false,
      },
      specialAccordCashOnHand: false,
      partnerNetworkRepairAgreement: false,
      coversMinorChildren: false,
    },
  };
};
